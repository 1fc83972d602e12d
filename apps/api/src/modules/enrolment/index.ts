/** The enrolment module's public file: other modules import enrolment only from here. */
export type { EnrolmentEventPayloads } from './enrolment-events';
export { ENROLMENT_PARTICIPANTS } from './enrolment-read-models';
export { EnrolmentModule } from './enrolment.module';
