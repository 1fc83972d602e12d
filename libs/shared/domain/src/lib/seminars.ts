/** Seminar catalogue and enrolment vocabulary, shared by the API and the web app. */

export const COURSE_CATEGORIES = [
  'leadership',
  'startup',
  'marketing',
  'digital_selling',
  'career',
  'work_life_balance',
  'other',
] as const;
export type CourseCategory = (typeof COURSE_CATEGORIES)[number];

/** public: anyone; company_group: members of the provider's company groups; organisation: its members. */
export const COURSE_VISIBILITIES = ['public', 'company_group', 'organisation'] as const;
export type CourseVisibility = (typeof COURSE_VISIBILITIES)[number];

export const COURSE_STATUSES = ['draft', 'published'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export const LESSON_KINDS = ['text', 'link', 'file'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

export const REGISTRATION_MODES = ['first_come', 'lottery'] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];

export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** all: every meeting attended; at_least: at least `completionMinMeetings` attended. */
export const COMPLETION_RULES = ['all', 'at_least'] as const;
export type CompletionRule = (typeof COMPLETION_RULES)[number];

export const QUESTION_KINDS = ['text', 'choice', 'yes_no'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * applied: lottery pending; confirmed: has a seat; waitlisted: キャンセル待ち with a position;
 * cancelled; completed: met the completion rule. Attendance is recorded per meeting.
 */
export const ENROLMENT_STATUSES = ['applied', 'confirmed', 'waitlisted', 'cancelled', 'completed'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const ACTIVE_ENROLMENT_STATUSES: readonly EnrolmentStatus[] = [
  'applied',
  'confirmed',
  'waitlisted',
  'completed',
];

export const ATTENDANCE_STATUSES = ['attended', 'no_show'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** A fee of null or 0 yen is shown as free. */
export function isFree(feeYen: number | null | undefined): boolean {
  return !feeYen;
}

/** Whether attendance satisfies the completion rule. */
export function meetsCompletionRule(
  rule: CompletionRule,
  minMeetings: number | null,
  meetingCount: number,
  attendedCount: number,
): boolean {
  if (meetingCount === 0) return false;
  if (rule === 'all') return attendedCount >= meetingCount;
  return attendedCount >= Math.min(minMeetings ?? meetingCount, meetingCount);
}
