import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { DomainEventRecorder } from '../../core/events/domain-event';
import { ConflictError, NotFoundError } from '../../core/graphql/errors';
import { CatalogueService, type SessionEntity } from '../catalogue';
import { enrolmentFacts, recordEnrolmentEvent } from './enrolment-events';
import { EnrolmentEntity } from './enrolment.entity';
import { allEnded, confirmSeat, openSeats, SessionSeats } from './session-seats';
import type { SessionSeatsEntity } from './session-seats.entity';

/**
 * Cancelling a place and moving the waitlist (キャンセル待ち) up: cancelling promotes in order, and so
 * does raising a session's capacity in the session editor (the catalogue calls the handler registered
 * here, inside its transaction and under the same row lock).
 */
@Injectable()
export class WaitlistService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly seats: SessionSeats,
  ) {}

  onModuleInit(): void {
    // The session editor changes capacities under the seat lock, and raising one promotes the waitlist
    // as a cancellation does.
    this.catalogue.useSeats({
      lock: async (manager, sessionId) => {
        const { seats } = await this.seats.lock(manager, sessionId);
        // Seats held for open seat pools are taken too: the capacity may not go below them either.
        return {
          confirmed: seats.confirmedCount + seats.heldCount,
          childcareConfirmed: seats.childcareConfirmedCount,
        };
      },
      freed: async (manager, session) => {
        // Re-read under the lock: the trigger has just copied the new capacities.
        const { seats } = await this.seats.lock(manager, session.id);
        await this.promote(manager, session, seats);
        await this.seats.save(manager, seats);
      },
    });
  }

  async cancel(principal: Principal, enrolmentId: string): Promise<EnrolmentEntity> {
    const found = await this.dataSource.getRepository(EnrolmentEntity).findOneBy({ id: enrolmentId });
    if (!found) throw new NotFoundError('enrolment.notFound');
    const editor = await this.catalogue.isCourseEditor(principal, { sessionId: found.sessionId });
    if (found.userId !== principal.userId && !editor) throw new NotFoundError('enrolment.notFound');
    return this.dataSource.transaction(async (manager) => {
      const { session, seats } = await this.seats.lock(manager, found.sessionId);
      const enrolment = await manager.findOneByOrFail(EnrolmentEntity, { id: enrolmentId });
      if (enrolment.status === 'cancelled') throw new ConflictError('enrolment.alreadyCancelled');
      // A completion is a record with a public certificate: it is corrected through attendance (a
      // no-show mark withdraws it), never by cancelling, which would leave the certificate valid.
      if (enrolment.status === 'completed') throw new ConflictError('enrolment.completedCannotCancel');
      if (!editor && Date.now() > session.cancellationDeadline.getTime()) {
        throw new ConflictError('enrolment.cancellationClosed');
      }
      const heldSeat = enrolment.status === 'confirmed';
      if (heldSeat) {
        seats.confirmedCount -= 1;
        if (enrolment.childcareConfirmed) seats.childcareConfirmedCount -= 1;
      }
      enrolment.status = 'cancelled';
      enrolment.waitlistPosition = null;
      enrolment.childcareConfirmed = false;
      enrolment.cancelledAt = new Date();
      await manager.save(enrolment);
      await DomainEventRecorder.record(manager, {
        type: 'enrolment.cancelled',
        payload: {
          ...enrolmentFacts(enrolment),
          by: editor && enrolment.userId !== principal.userId ? 'staff' : 'learner',
        },
      });
      // Nobody is moved up into a session that is over.
      if (!(await this.sessionOver(manager, session.id))) await this.promote(manager, session, seats);
      await this.seats.save(manager, seats);
      return enrolment;
    });
  }

  /**
   * Fills free seats (neither confirmed nor held for a seat pool) from the waitlist in order. Someone who
   * needs childcare while no childcare seat is free keeps her place (one queue) and the next person who
   * fits is promoted. The caller holds the session's row lock and saves the seats afterwards. Also called
   * by `SeatHolds.release` when a seat pool gives its unused seats back.
   */
  async promote(manager: EntityManager, session: SessionEntity, seats: SessionSeatsEntity): Promise<void> {
    if (session.registrationMode === 'lottery' && !session.drawnAt) return;
    const waiting = await manager.find(EnrolmentEntity, {
      where: { sessionId: session.id, status: 'waitlisted' },
      order: { waitlistPosition: 'ASC' },
    });
    for (const candidate of waiting) {
      if (openSeats(seats) <= 0) break;
      const needsChildcare = candidate.childcareRequested;
      if (needsChildcare && seats.childcareConfirmedCount >= seats.childcareCapacity) continue;
      confirmSeat(candidate, seats, needsChildcare);
      await manager.save(candidate);
      await recordEnrolmentEvent(manager, 'enrolment.promoted', candidate);
    }
  }

  async sessionOver(manager: EntityManager, sessionId: string): Promise<boolean> {
    return allEnded(await this.catalogue.meetingsOf(sessionId, manager));
  }
}
