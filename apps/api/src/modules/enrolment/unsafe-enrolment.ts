import { DataSource } from 'typeorm';
import { firstRow } from '../../core/database/first-row';
import { ConflictError, NotFoundError } from '../../core/graphql/errors';
import type { CatalogueService } from '../catalogue';
import { recordEnrolmentEvent } from './enrolment-events';
import { EnrolmentWriter, type EnrolRequest } from './enrolment-writer';
import { EnrolmentEntity } from './enrolment.entity';

/** The event of each outcome, as enrol_learner writes it. */
const ENROLLED_EVENT = {
  confirmed: 'enrolment.confirmed',
  waitlisted: 'enrolment.waitlisted',
  applied: 'enrolment.applied',
} as const;

/**
 * The benchmark's negative control, switched on by BENCH_UNSAFE_ENROLMENT=1 (env validation refuses it in
 * production): enrolment with the seat guard taken out, to prove that the guard is what prevents
 * overselling. It decides from a plain count with no lock and no counters, and a short sleep between
 * reading the count and acting on it stands in for a slower server, widening the check-then-act race.
 * It is another implementation of EnrolmentWriter, chosen when the module is built, so that the real
 * path has no branch for it.
 */
export class UnsafeEnrolment extends EnrolmentWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
  ) {
    super();
  }

  write({ principal, input, answers, priorityTier }: EnrolRequest): Promise<EnrolmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.catalogue.findSession(manager, input.sessionId);
      if (!session) throw new NotFoundError('enrolment.sessionNotFound');
      if (session.status === 'cancelled') throw new ConflictError('enrolment.sessionCancelled');
      const now = Date.now();
      if (now < session.registrationOpensAt.getTime())
        throw new ConflictError('enrolment.registrationNotOpen');
      if (now >= session.registrationClosesAt.getTime())
        throw new ConflictError('enrolment.registrationClosed');
      if (session.registrationMode === 'lottery' && session.drawnAt)
        throw new ConflictError('enrolment.lotteryDrawn');
      const enrolment = manager.create(EnrolmentEntity, {
        sessionId: session.id,
        userId: principal.userId,
        childcareRequested: input.childcare,
        childcareConfirmed: false,
        childAgesMonths: input.childcare ? input.childAgesMonths : [],
        answers,
        waitlistPosition: null,
        priorityTier,
      });
      if (session.registrationMode === 'lottery') {
        enrolment.status = 'applied';
      } else {
        const { n } = firstRow(
          (await manager.query(
            `SELECT count(*)::int AS n FROM enrolments WHERE session_id = $1 AND status IN ('confirmed', 'completed')`,
            [session.id],
          )) as { n: number }[],
          'unsafe enrolment',
        );
        await manager.query('SELECT pg_sleep(0.02)');
        if (n < session.capacity) enrolment.status = 'confirmed';
        else {
          enrolment.status = 'waitlisted';
          const { next } = firstRow(
            (await manager.query(
              `SELECT COALESCE(max(waitlist_position), 0) + 1 AS next FROM enrolments WHERE session_id = $1`,
              [session.id],
            )) as { next: number }[],
            'unsafe enrolment',
          );
          enrolment.waitlistPosition = next;
        }
      }
      const saved = await manager.save(enrolment);
      await recordEnrolmentEvent(manager, ENROLLED_EVENT[saved.status as keyof typeof ENROLLED_EVENT], saved);
      return saved;
    });
  }
}
