import type { FieldProblem } from '../../core/graphql/errors';
import type { MeetingInput, QuestionInput, UpdateSessionInput } from './dto/session.input';
import type { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';

/** Rules for changing a stored session: what a change may not do to what already happened. */

export function cleanQuestion(q: QuestionInput | QuestionEntity) {
  return {
    kind: q.kind,
    label: q.label,
    choices: q.kind === 'choice' ? (q.choices ?? []) : [],
    required: q.required ?? false,
  };
}

export function unknownIdProblems(
  field: string,
  stored: { id: string }[],
  wanted: { id?: string | null }[],
): FieldProblem[] {
  const ids = new Set(stored.map((s) => s.id));
  const seen = new Set<string>();
  return wanted.flatMap((item, i) => {
    if (!item.id) return [];
    const problem = !ids.has(item.id) || seen.has(item.id);
    seen.add(item.id);
    return problem ? [{ field: `${field}.${i}.id`, key: 'catalogue.unknownItem' as const }] : [];
  });
}

/**
 * Once a lottery's registration has opened (in a course that has been published: nobody can apply to a
 * draft, such as a fresh copy) its rules are fixed: applicants' priority tiers were computed under them,
 * and the draw's seed was committed to. Its mode, priorities and opening time cannot change (a session
 * that opened first-come cannot become a lottery either), and its deadline can only move later: closing
 * early would let someone who has seen the applications shut out those who were told they had until the
 * published date.
 */
export function lotteryRuleProblems(
  session: SessionEntity,
  input: UpdateSessionInput,
  coursePublishedAt: Date | null,
): FieldProblem[] {
  const lottery = session.registrationMode === 'lottery' || input.registrationMode === 'lottery';
  if (!lottery || !coursePublishedAt || Date.now() < session.registrationOpensAt.getTime()) return [];
  const problems: FieldProblem[] = [];
  const locked = (field: string) => problems.push({ field, key: 'catalogue.lotteryRulesLocked' });
  if (input.registrationMode != null && input.registrationMode !== session.registrationMode)
    locked('registrationMode');
  if (
    input.lotteryPriorities != null &&
    input.lotteryPriorities.join('\n') !== session.lotteryPriorities.join('\n')
  ) {
    locked('lotteryPriorities');
  }
  if (
    input.registrationOpensAt != null &&
    input.registrationOpensAt.getTime() !== session.registrationOpensAt.getTime()
  ) {
    locked('registrationOpensAt');
  }
  if (
    session.registrationMode === 'lottery' &&
    input.registrationClosesAt != null &&
    input.registrationClosesAt.getTime() < session.registrationClosesAt.getTime()
  ) {
    problems.push({ field: 'registrationClosesAt', key: 'catalogue.lotteryDeadlineOnlyLater' });
  }
  return problems;
}

/**
 * Attendance only when it happened. A meeting whose check-in has opened (its start, less the session's
 * window) may carry attendance: it may be neither moved nor removed. A meeting that is added or moved
 * may not start in the past: moving a seminar's dates into the past would let it be marked attended,
 * completed and certified before it took place.
 */
export function meetingChangeProblems(
  stored: MeetingEntity[],
  wanted: MeetingInput[],
  checkInOpensMinutesBefore: number,
): FieldProblem[] {
  const problems = unknownIdProblems('meetings', stored, wanted);
  const now = Date.now();
  const byId = new Map(wanted.filter((m) => m.id).map((m) => [m.id as string, m]));
  const unchanged = (meeting: MeetingEntity, next: MeetingInput | undefined) =>
    next !== undefined &&
    next.startsAt.getTime() === meeting.startsAt.getTime() &&
    next.endsAt.getTime() === meeting.endsAt.getTime();
  for (const meeting of stored) {
    if (meeting.startsAt.getTime() - checkInOpensMinutesBefore * 60_000 > now) continue;
    if (!unchanged(meeting, byId.get(meeting.id))) {
      problems.push({ field: 'meetings', key: 'catalogue.pastMeetingLocked' });
    }
  }
  const storedById = new Map(stored.map((m) => [m.id, m]));
  for (const next of wanted) {
    const was = next.id ? storedById.get(next.id) : undefined;
    if (was && unchanged(was, next)) continue;
    if (next.startsAt.getTime() < now) {
      problems.push({ field: 'meetings', key: 'catalogue.meetingInPast' });
      break;
    }
  }
  return problems;
}
