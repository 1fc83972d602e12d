import { DataSource } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { firstRow } from '../../core/database/first-row';
import { DomainEventEntity } from '../../core/events/domain-event.entity';
import { ConflictError, NotFoundError } from '../../core/graphql/errors';
import { SessionEntity } from '../catalogue/session.entity';
import type { EnrolInput } from './dto/enrol.input';
import { EnrolmentEntity, type EnrolmentAnswer } from './enrolment.entity';

/**
 * The benchmark's negative control, switched on by BENCH_UNSAFE_ENROLMENT=1 (env validation refuses it in
 * production): enrolment with the seat guard taken out, to prove that the guard is what prevents
 * overselling. It decides from a plain count with no lock and no counters, and a short sleep between
 * reading the count and acting on it stands in for a slower server, widening the check-then-act race.
 * It lives apart from EnrolmentService so that the real path has no branch for it.
 */
export class UnsafeEnrolment {
  constructor(private readonly dataSource: DataSource) {}

  enrol(
    principal: Principal,
    input: EnrolInput,
    answers: EnrolmentAnswer[],
    priorityTier: number,
  ): Promise<EnrolmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.findOneBy(SessionEntity, { id: input.sessionId });
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
          'counting seats',
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
            'the next waitlist position',
          );
          enrolment.waitlistPosition = next;
        }
      }
      const saved = await manager.save(enrolment);
      await manager.insert(DomainEventEntity, {
        type: `enrolment.${saved.status}`,
        payload: {
          enrolmentId: saved.id,
          sessionId: saved.sessionId,
          userId: saved.userId,
          status: saved.status,
          waitlistPosition: saved.waitlistPosition,
        },
        processedAt: null,
      });
      return saved;
    });
  }
}
