import type { EntityManager } from 'typeorm';
import { recordEnrolmentEvent } from './enrolment-events';
import { EnrolmentEntity } from './enrolment.entity';
import type { CheckedHeldSeat } from './seat-holds';

/**
 * For the seat-pool benchmark's negative control only (company-groups' `UnsafeNominations`, chosen by
 * BENCH_UNSAFE_SEAT_POOL=1, which env validation refuses in production): a nominee's enrolment with the
 * seat guard taken out — no seat lock, no counters, no held seat consumed — so that the control shows what
 * the guard prevents. The real path is `SeatHolds.enrolInHeldSeat`.
 */
export async function enrolWithoutSeatGuard(
  manager: EntityManager,
  userId: string,
  checked: CheckedHeldSeat,
): Promise<string> {
  const saved = await manager.save(
    manager.create(EnrolmentEntity, {
      sessionId: checked.sessionId,
      userId,
      status: 'confirmed',
      waitlistPosition: null,
      childcareRequested: false,
      childcareConfirmed: false,
      childAgesMonths: [],
      answers: checked.answers,
      priorityTier: 0,
    }),
  );
  await recordEnrolmentEvent(manager, 'enrolment.confirmed', saved);
  return saved.id;
}
