/** The enrolment module's public file: other modules import enrolment only from here. */
export { EnrolmentModule } from './enrolment.module';
export type { EnrolmentEventPayloads } from './enrolment-events';
