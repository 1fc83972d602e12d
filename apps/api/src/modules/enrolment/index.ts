/** The enrolment module's public file: other modules import enrolment only from here. */
/** The check-in QR code's text (the notifications module puts it in the confirmation email). */
export { CheckInCodes } from './check-in-code';
export type { EnrolmentEventPayloads } from './enrolment-events';
export { ENROLMENT_ATTENDANCE_COUNTS, ENROLMENT_PARTICIPANTS } from './enrolment-read-models';
export { EnrolmentModule } from './enrolment.module';
