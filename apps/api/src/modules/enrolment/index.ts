/** The enrolment module's public file: other modules import enrolment only from here. */
/** The check-in QR code's text (the notifications module puts it in the confirmation email). */
export { CheckInCodes } from './check-in-code';
export type { EnrolmentEventPayloads } from './enrolment-events';
export { ENROLMENT_ATTENDANCE_COUNTS, ENROLMENT_PARTICIPANTS } from './enrolment-read-models';
export { EnrolmentModule } from './enrolment.module';
/** Seats held for seat pools (company-groups): hold, release, and a nominee's enrolment in a held seat. */
export { AnswerInput, ChildcareFallback } from './dto/enrol.input';
export {
  SeatHolds,
  holdDemoSeats,
  type CheckedHeldSeat,
  type HeldSeatInput,
  type HeldSeatsView,
} from './seat-holds';
/** The seat-pool benchmark's negative control only (BENCH_UNSAFE_SEAT_POOL=1, refused in production). */
export { enrolWithoutSeatGuard } from './unsafe-held-seat';
