import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { firstRow } from '../../core/database/first-row';
import { DomainEventRecorder, insertEventsSql, payloadSql } from '../../core/events/domain-event';
import { CatalogueService, type SessionEntity } from '../catalogue';
import { ENROLMENT_EVENT_FIELDS, type EnrolmentCancelled } from './enrolment-events';
import { SessionSeats } from './session-seats';

/** `enrolment.cancelled` for each place the cancel-all statement ended (`c` is its RETURNING row). */
const CANCELLED_BY_SESSION_PAYLOAD = payloadSql<EnrolmentCancelled>(
  ENROLMENT_EVENT_FIELDS['enrolment.cancelled'],
  {
    enrolmentId: 'c.id',
    sessionId: 'c.session_id',
    userId: 'c.user_id',
    status: `'cancelled'`,
    waitlistPosition: 'NULL',
    by: `'session_cancelled'`,
  },
);

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
      // the seat counters from what is left (completed enrolments keep their seats).
      const { cancelled } = firstRow(
        (await manager.query(
          `WITH cancelled AS (
           UPDATE enrolments
              SET status = 'cancelled', waitlist_position = NULL, childcare_confirmed = false,
                  cancelled_at = now(), updated_at = now()
            WHERE session_id = $1 AND status IN ('confirmed', 'waitlisted', 'applied')
           RETURNING id, session_id, user_id, created_at
         ), events AS (
           ${insertEventsSql('enrolment.cancelled', CANCELLED_BY_SESSION_PAYLOAD, 'FROM cancelled c ORDER BY c.created_at')}
         )
         SELECT count(*)::int AS cancelled FROM cancelled`,
          [sessionId],
        )) as { cancelled: number }[],
        'session cancellation',
      );
      await manager.query(
        `UPDATE session_seats ss
            SET confirmed_count = (SELECT count(*) FROM enrolments e
                                    WHERE e.session_id = ss.session_id AND e.status IN ('confirmed', 'completed')),
                childcare_confirmed_count = (SELECT count(*) FROM enrolments e
                                    WHERE e.session_id = ss.session_id AND e.status IN ('confirmed', 'completed')
                                      AND e.childcare_confirmed)
          WHERE ss.session_id = $1`,
        [sessionId],
      );
      // The session's status is the catalogue's: set through its service, in this transaction.
      await this.catalogue.markSessionCancelled(manager, sessionId);
      session.status = 'cancelled';
      await DomainEventRecorder.record(manager, {
        type: 'session.cancelled',
        payload: { sessionId, cancelledEnrolments: cancelled },
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
