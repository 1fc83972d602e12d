import type { MyEnrolmentFragment } from '@tsunagu/web/shared/data-access';

export type SeminarGroup = 'upcoming' | 'waitlist' | 'lottery' | 'past' | 'cancelled';

export const SEMINAR_GROUPS: readonly SeminarGroup[] = [
  'upcoming',
  'waitlist',
  'lottery',
  'past',
  'cancelled',
];

type Groupable = Pick<MyEnrolmentFragment, 'status'> & {
  session: { meetings: readonly { startsAt: string; endsAt: string }[] };
};

/** When the last meeting ends (null without meetings). */
export function lastMeetingEnd(enrolment: Groupable): Date | null {
  const ends = enrolment.session.meetings.map((m) => new Date(m.endsAt).getTime());
  return ends.length ? new Date(Math.max(...ends)) : null;
}

function firstStart(enrolment: Groupable): number {
  const starts = enrolment.session.meetings.map((m) => new Date(m.startsAt).getTime());
  return starts.length ? Math.min(...starts) : Number.MAX_SAFE_INTEGER;
}

/** Which section of "my seminars" an enrolment belongs in. */
export function seminarGroup(enrolment: Groupable, now: Date): SeminarGroup {
  switch (enrolment.status) {
    case 'cancelled':
      return 'cancelled';
    case 'completed':
      return 'past';
    case 'waitlisted':
      return 'waitlist';
    case 'applied':
      return 'lottery';
    case 'confirmed': {
      const end = lastMeetingEnd(enrolment);
      return end && end.getTime() < now.getTime() ? 'past' : 'upcoming';
    }
  }
}

/** Her enrolments by section; upcoming ones soonest first, past ones latest first. */
export function groupEnrolments<T extends Groupable>(
  enrolments: readonly T[],
  now: Date,
): Record<SeminarGroup, T[]> {
  const groups: Record<SeminarGroup, T[]> = {
    upcoming: [],
    waitlist: [],
    lottery: [],
    past: [],
    cancelled: [],
  };
  for (const enrolment of enrolments) groups[seminarGroup(enrolment, now)].push(enrolment);
  for (const group of SEMINAR_GROUPS) {
    groups[group].sort((a, b) => firstStart(a) - firstStart(b));
  }
  groups.past.reverse();
  groups.cancelled.reverse();
  return groups;
}
