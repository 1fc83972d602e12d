import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { NotFoundError } from '../../core/graphql/errors';
import { CatalogueService, type SessionEntity } from '../catalogue';
import type { EnrolmentEntity } from './enrolment.entity';
import { SessionSeatsEntity } from './session-seats.entity';

export interface SessionContext {
  /** The catalogue's facts about the session (window, mode, rules). */
  session: SessionEntity;
  /** Its seats: the enrolment module's row, locked when taken with `lock`. */
  seats: SessionSeatsEntity;
  providerOrganisationId: string;
  courseStatus: string;
  visibility: string;
  courseTitle: string;
}

/**
 * A session's seats as the enrolment module changes them: every writer (enrol, cancel, promote, the
 * lottery draw, a capacity change, the session's cancellation) first takes the session's row lock here
 * (`lock`), changes the counters in memory (`confirm`, `waitlist`) and writes them back (`save`).
 */
@Injectable()
export class SessionSeats {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
  ) {}

  /** The session's seats under their row lock (the one all writers of seats take), with its facts. */
  lock(manager: EntityManager, sessionId: string): Promise<SessionContext> {
    return this.context(manager, sessionId, true);
  }

  /**
   * The session's organisers only (the catalogue's editor rule: provider and co-organisers): NOT_FOUND
   * when she cannot see its course, FORBIDDEN when she sees it but does not run it.
   */
  async assertEditor(principal: Principal, sessionId: string): Promise<SessionContext> {
    await this.catalogue.editableSession(principal, sessionId);
    return this.context(this.dataSource.manager, sessionId, false);
  }

  async save(manager: EntityManager, seats: SessionSeatsEntity): Promise<void> {
    await manager.update(
      SessionSeatsEntity,
      { sessionId: seats.sessionId },
      {
        confirmedCount: seats.confirmedCount,
        childcareConfirmedCount: seats.childcareConfirmedCount,
        heldCount: seats.heldCount,
        nextWaitlistPosition: seats.nextWaitlistPosition,
      },
    );
  }

  private async context(manager: EntityManager, sessionId: string, lock: boolean): Promise<SessionContext> {
    const seats = await manager.findOne(SessionSeatsEntity, {
      where: { sessionId },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!seats) throw new NotFoundError('enrolment.sessionNotFound');
    // Read after the lock, so a change committed while this writer waited is seen.
    const { session, course } = await this.catalogue.sessionWithCourse(manager, sessionId);
    return {
      session,
      seats,
      providerOrganisationId: course.providerOrganisationId,
      courseStatus: course.status,
      visibility: course.visibility,
      courseTitle: course.title,
    };
  }
}

/** Seats nobody has: not confirmed and not held for an open seat pool. */
export function openSeats(seats: SessionSeatsEntity): number {
  return Math.max(0, seats.capacity - seats.confirmedCount - seats.heldCount);
}

/** She takes a seat (and a childcare seat when she gets childcare). */
export function confirmSeat(
  enrolment: EnrolmentEntity,
  seats: SessionSeatsEntity,
  withChildcare: boolean,
): void {
  enrolment.status = 'confirmed';
  enrolment.waitlistPosition = null;
  enrolment.childcareConfirmed = withChildcare;
  seats.confirmedCount += 1;
  if (withChildcare) seats.childcareConfirmedCount += 1;
}

/** She waits with the next ticket (tickets are never reused within a session). */
export function waitlistSeat(enrolment: EnrolmentEntity, seats: SessionSeatsEntity): void {
  enrolment.status = 'waitlisted';
  enrolment.waitlistPosition = seats.nextWaitlistPosition;
  seats.nextWaitlistPosition += 1;
}

/** A session is over once it has meetings and the last of them has ended. */
export function allEnded(meetings: readonly { endsAt: Date }[]): boolean {
  return meetings.length > 0 && meetings.every((m) => m.endsAt.getTime() <= Date.now());
}
