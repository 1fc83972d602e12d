import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { ConflictError, NotFoundError } from '../../core/graphql/errors';
import { CatalogueService } from '../catalogue/catalogue.service';
import { MeetingEntity, SessionEntity } from '../catalogue/session.entity';
import { recordEnrolmentEvent } from './enrolment-events';
import { EnrolmentEntity } from './enrolment.entity';
import { allEnded, confirmSeat, SessionSeats } from './session-seats';

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
    // Raising a session's capacity promotes its waitlist as a cancellation does.
    this.catalogue.onSeatsFreed(async (manager, session) => {
      await this.promote(manager, session);
      await this.seats.save(manager, session);
    });
  }

  async cancel(principal: Principal, enrolmentId: string): Promise<EnrolmentEntity> {
    const found = await this.dataSource.getRepository(EnrolmentEntity).findOneBy({ id: enrolmentId });
    if (!found) throw new NotFoundError('enrolment.notFound');
    const editor = await this.catalogue.isSessionEditor(principal, found.sessionId);
    if (found.userId !== principal.userId && !editor) throw new NotFoundError('enrolment.notFound');
    return this.dataSource.transaction(async (manager) => {
      const { session } = await this.seats.lock(manager, found.sessionId);
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
        session.confirmedCount -= 1;
        if (enrolment.childcareConfirmed) session.childcareConfirmedCount -= 1;
      }
      enrolment.status = 'cancelled';
      enrolment.waitlistPosition = null;
      enrolment.childcareConfirmed = false;
      enrolment.cancelledAt = new Date();
      await manager.save(enrolment);
      await recordEnrolmentEvent(manager, 'enrolment.cancelled', enrolment, {
        by: editor && enrolment.userId !== principal.userId ? 'staff' : 'learner',
      });
      // Nobody is moved up into a session that is over.
      if (!(await this.sessionOver(manager, session.id))) await this.promote(manager, session);
      await this.seats.save(manager, session);
      return enrolment;
    });
  }

  /**
   * Fills free seats from the waitlist in order. Someone who needs childcare while no childcare seat is
   * free keeps her place (one queue) and the next person who fits is promoted. The caller holds the
   * session's row lock and saves the seats afterwards.
   */
  private async promote(manager: EntityManager, session: SessionEntity): Promise<void> {
    if (session.registrationMode === 'lottery' && !session.drawnAt) return;
    const waiting = await manager.find(EnrolmentEntity, {
      where: { sessionId: session.id, status: 'waitlisted' },
      order: { waitlistPosition: 'ASC' },
    });
    for (const candidate of waiting) {
      if (session.confirmedCount >= session.capacity) break;
      const needsChildcare = candidate.childcareRequested;
      if (needsChildcare && session.childcareConfirmedCount >= session.childcareCapacity) continue;
      confirmSeat(candidate, session, needsChildcare);
      await manager.save(candidate);
      await recordEnrolmentEvent(manager, 'enrolment.promoted', candidate);
    }
  }

  private async sessionOver(manager: EntityManager, sessionId: string): Promise<boolean> {
    const meetings = await manager.find(MeetingEntity, { where: { sessionId }, select: { endsAt: true } });
    return allEnded(meetings);
  }
}
