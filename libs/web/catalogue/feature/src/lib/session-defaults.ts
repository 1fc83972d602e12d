import type { EditorSession } from '@tsunagu/web/catalogue/data-access';
import { isoToTokyoLocal } from '@tsunagu/web/shared/util';

const DAY = 24 * 60 * 60 * 1000;

/** A Tokyo calendar date (YYYY-MM-DD) moved by `days`. */
export function addDays(date: string, days: number): string {
  // A missing part is NaN, as a malformed one is: both make an invalid date.
  const [y = NaN, m = NaN, d = NaN] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY).toISOString().slice(0, 10);
}

/**
 * The dates a new session starts with, so the six date and time fields are never blank: the first
 * meeting four weeks ahead from 10:00 to 12:00, registration open from the next full hour, and the
 * dates that follow from the first meeting (see `datesBeforeFirstMeeting`).
 */
export function newSessionDates(now: Date): {
  meeting: { date: string; startsAt: string; endsAt: string };
  registrationOpensAt: string;
} & ReturnType<typeof datesBeforeFirstMeeting> {
  const date = isoToTokyoLocal(new Date(now.getTime() + 28 * DAY)).slice(0, 10);
  const nextHour = new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000);
  return {
    meeting: { date, startsAt: '10:00', endsAt: '12:00' },
    registrationOpensAt: isoToTokyoLocal(nextHour),
    ...datesBeforeFirstMeeting(date),
  };
}

/**
 * What Japanese seminar pages usually use, from the first meeting's date: registration closes a week
 * before at 17:00, cancellations close two days before at 17:00, a lottery is drawn the day after the
 * registration closes at 12:00.
 */
export function datesBeforeFirstMeeting(date: string): {
  registrationClosesAt: string;
  cancellationDeadline: string;
  drawAt: string;
} {
  return {
    registrationClosesAt: `${addDays(date, -7)}T17:00`,
    cancellationDeadline: `${addDays(date, -2)}T17:00`,
    drawAt: `${addDays(date, -6)}T12:00`,
  };
}

/**
 * A session to copy into the new-session form: the same details, no ids, and every date moved by whole
 * weeks (so weekdays stay): at least one, and until the first meeting is at least four weeks away.
 */
export function sessionCopy(source: EditorSession, now: Date): EditorSession {
  const first = Math.min(...source.meetings.map((m) => new Date(m.startsAt).getTime()));
  const target = now.getTime() + 28 * DAY;
  // At least a week later (a copy on the same dates is never what she wants), and far enough ahead.
  const weeks = Number.isFinite(first) ? Math.max(1, Math.ceil((target - first) / (7 * DAY))) : 1;
  const shift = (iso: string) => new Date(new Date(iso).getTime() + weeks * 7 * DAY).toISOString();
  const shiftOrNull = (iso: string | null | undefined) => (iso ? shift(iso) : null);
  return {
    ...source,
    id: '',
    // Registration cannot have opened in the past for a session that does not exist yet.
    registrationOpensAt: new Date(
      Math.max(now.getTime(), new Date(shift(source.registrationOpensAt)).getTime()),
    ).toISOString(),
    registrationClosesAt: shift(source.registrationClosesAt),
    cancellationDeadline: shift(source.cancellationDeadline),
    drawAt: shiftOrNull(source.drawAt),
    meetings: source.meetings.map((m) => ({
      ...m,
      id: '',
      startsAt: shift(m.startsAt),
      endsAt: shift(m.endsAt),
    })),
    questions: source.questions.map((q) => ({ ...q, id: '' })),
  };
}
