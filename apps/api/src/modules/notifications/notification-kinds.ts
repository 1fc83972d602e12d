/**
 * Every kind of notification, and who may switch it off. A later domain adds its kinds here and a
 * template file in `templates/` (see templates/template.ts).
 *
 * - transactional: her place and money-free obligations ("your place is confirmed", "moved up", "the
 *   session is cancelled", the lottery result). She may turn off email/LINE, but the in-app record is
 *   always kept.
 * - optional: reminders, digests. Every channel may be turned off.
 * - account: password reset and address verification. Email only, never switchable (not on the
 *   preferences page).
 */
export const NOTIFICATION_KINDS = {
  enrolment_confirmed: { class: 'transactional', audience: 'learner' },
  enrolment_waitlisted: { class: 'transactional', audience: 'learner' },
  enrolment_promoted: { class: 'transactional', audience: 'learner' },
  lottery_result: { class: 'transactional', audience: 'learner' },
  enrolment_cancelled: { class: 'transactional', audience: 'learner' },
  session_cancelled: { class: 'transactional', audience: 'learner' },
  session_changed: { class: 'transactional', audience: 'learner' },
  session_reminder: { class: 'optional', audience: 'learner' },
  staff_digest: { class: 'optional', audience: 'staff' },
  company_application_decided: { class: 'transactional', audience: 'staff' },
  company_employee_invited: { class: 'transactional', audience: 'learner' },
  seat_nomination_received: { class: 'transactional', audience: 'learner' },
  seat_nomination_answered: { class: 'transactional', audience: 'staff' },
  password_reset: { class: 'account', audience: 'anyone' },
  email_verification: { class: 'account', audience: 'anyone' },
} as const satisfies Record<string, { class: KindClass; audience: 'learner' | 'staff' | 'anyone' }>;

export type KindClass = 'transactional' | 'optional' | 'account';
export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

/** The channels a notification can go out on. In-app is the notification row itself. */
export type ChannelName = 'email' | 'in_app' | 'line';
/** Channels that send something out (a delivery row and a job each). */
export type OutboundChannel = Exclude<ChannelName, 'in_app'>;

/** Defaults when she has chosen nothing: in-app and email on, LINE on once linked. */
export const DEFAULT_CHANNELS: Readonly<Record<ChannelName, boolean>> = {
  email: true,
  in_app: true,
  line: true,
};
