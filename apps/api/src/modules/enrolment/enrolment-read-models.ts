/**
 * The view the enrolment module publishes for other modules' SQL (migration
 * `EnrolmentParticipants1796200310000`): `enrolment_participants(enrolment_id, session_id, user_id,
 * status, created_at, cancelled_at)`, one row per enrolment (a cancelled one stays, with its time).
 * Children's ages, answers and lottery facts are not in it.
 */
export const ENROLMENT_PARTICIPANTS = 'enrolment_participants';

/**
 * `enrolment_attendance_counts(enrolment_id, attended_meetings, certificate_issued_at)` (migration
 * `EnrolmentAttendanceCounts1796300110000`): per enrolment, the meetings she attended and when her
 * certificate was issued (null: none). Join it by `enrolment_id`.
 */
export const ENROLMENT_ATTENDANCE_COUNTS = 'enrolment_attendance_counts';
