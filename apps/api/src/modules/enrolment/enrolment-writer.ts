import type { Principal } from '../../core/auth/principal';
import type { EnrolInput } from './dto/enrol.input';
import type { EnrolmentAnswer, EnrolmentEntity } from './enrolment.entity';

/** What the locked part of an enrolment is given, once everything that needs no lock has been checked. */
export interface EnrolRequest {
  readonly principal: Principal;
  readonly input: EnrolInput;
  readonly answers: EnrolmentAnswer[];
  readonly priorityTier: number;
}

/**
 * The locked part of an enrolment: takes the seat, the waitlist ticket or the lottery application.
 * The app uses `GuardedEnrolment`; the benchmark's negative control swaps in `UnsafeEnrolment`
 * (chosen in enrolment.module.ts), so the real path carries no branch for it.
 */
export abstract class EnrolmentWriter {
  abstract write(request: EnrolRequest): Promise<EnrolmentEntity>;
}
