import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { DomainEventEntity } from '../../core/events/domain-event.entity';
import { CatalogueService } from '../catalogue/catalogue.service';
import { SessionEntity } from '../catalogue/session.entity';
import { SessionSeats } from './session-seats';

/** Cancelling a whole session (中止) and every place in it. */
@Injectable()
export class SessionCancellationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly catalogue: CatalogueService,
    private readonly seats: SessionSeats,
  ) {}

  /**
   * Cancels a session (中止) and, in the same transaction under the session's row lock, every enrolment
   * that still holds or waits for a seat: confirmed, waitlisted and lottery applications. Nobody is
   * promoted; each learner gets an `enrolment.cancelled` event (by: session_cancelled) for the
   * notifications, and the session one `session.cancelled` event. Completed enrolments keep their
   * certificates. Cancelling a cancelled session changes nothing.
   */
  async cancelSession(principal: Principal, sessionId: string): Promise<SessionEntity> {
    await this.catalogue.editableSession(principal, sessionId);
    return this.dataSource.transaction(async (manager) => {
      const { session } = await this.seats.lock(manager, sessionId);
      if (session.status === 'cancelled') return session;
      // Two statements whatever the number of enrolments: cancel them all with their events, then set
      // the counters from what is left (completed enrolments keep their seats).
      const [{ cancelled }] = (await manager.query(
        `WITH cancelled AS (
           UPDATE enrolments
              SET status = 'cancelled', waitlist_position = NULL, childcare_confirmed = false,
                  cancelled_at = now(), updated_at = now()
            WHERE session_id = $1 AND status IN ('confirmed', 'waitlisted', 'applied')
           RETURNING id, session_id, user_id, created_at
         ), events AS (
           INSERT INTO domain_events (type, payload)
           SELECT 'enrolment.cancelled',
                  jsonb_build_object('enrolmentId', c.id, 'sessionId', c.session_id, 'userId', c.user_id,
                                     'status', 'cancelled', 'waitlistPosition', NULL, 'by', 'session_cancelled')
             FROM cancelled c ORDER BY c.created_at
         )
         SELECT count(*)::int AS cancelled FROM cancelled`,
        [sessionId],
      )) as { cancelled: number }[];
      // An UPDATE answers [rows, affected count] through TypeORM.
      const [[seats]] = (await manager.query(
        `UPDATE sessions s SET status = 'cancelled',
                confirmed_count = (SELECT count(*) FROM enrolments e
                                    WHERE e.session_id = s.id AND e.status IN ('confirmed', 'completed')),
                childcare_confirmed_count = (SELECT count(*) FROM enrolments e
                                    WHERE e.session_id = s.id AND e.status IN ('confirmed', 'completed')
                                      AND e.childcare_confirmed)
          WHERE s.id = $1
          RETURNING s.confirmed_count, s.childcare_confirmed_count`,
        [sessionId],
      )) as [{ confirmed_count: number; childcare_confirmed_count: number }[], number];
      session.status = 'cancelled';
      session.confirmedCount = seats.confirmed_count;
      session.childcareConfirmedCount = seats.childcare_confirmed_count;
      await manager.insert(DomainEventEntity, {
        type: 'session.cancelled',
        payload: { sessionId, cancelledEnrolments: cancelled },
        processedAt: null,
      });
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'catalogue.session_cancelled',
          subjectType: 'session',
          subjectId: sessionId,
          metadata: { cancelledEnrolments: cancelled },
        },
        manager,
      );
      return session;
    });
  }
}
