import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { NotFoundError } from '../../core/graphql/errors';
import { CatalogueService } from '../catalogue/catalogue.service';
import { CourseEntity } from '../catalogue/course.entity';
import { SessionEntity } from '../catalogue/session.entity';
import type { EnrolmentEntity } from './enrolment.entity';

export interface SessionContext {
  session: SessionEntity;
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

  /** The session under its row lock, with the course facts the writers need. */
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

  async save(manager: EntityManager, session: SessionEntity): Promise<void> {
    await manager.update(
      SessionEntity,
      { id: session.id },
      {
        confirmedCount: session.confirmedCount,
        childcareConfirmedCount: session.childcareConfirmedCount,
        nextWaitlistPosition: session.nextWaitlistPosition,
      },
    );
  }

  private async context(manager: EntityManager, sessionId: string, lock: boolean): Promise<SessionContext> {
    const query = manager.createQueryBuilder(SessionEntity, 's').where('s.id = :sessionId', { sessionId });
    if (lock) query.setLock('pessimistic_write');
    const session = await query.getOne();
    if (!session) throw new NotFoundError('enrolment.sessionNotFound');
    const course = await manager.findOneOrFail(CourseEntity, {
      where: { id: session.courseId },
      select: { id: true, providerOrganisationId: true, status: true, visibility: true, title: true },
    });
    return {
      session,
      providerOrganisationId: course.providerOrganisationId,
      courseStatus: course.status,
      visibility: course.visibility,
      courseTitle: course.title,
    };
  }
}

/** She takes a seat (and a childcare seat when she gets childcare). */
export function confirmSeat(
  enrolment: EnrolmentEntity,
  session: SessionEntity,
  withChildcare: boolean,
): void {
  enrolment.status = 'confirmed';
  enrolment.waitlistPosition = null;
  enrolment.childcareConfirmed = withChildcare;
  session.confirmedCount += 1;
  if (withChildcare) session.childcareConfirmedCount += 1;
}

/** She waits with the next ticket (tickets are never reused within a session). */
export function waitlistSeat(enrolment: EnrolmentEntity, session: SessionEntity): void {
  enrolment.status = 'waitlisted';
  enrolment.waitlistPosition = session.nextWaitlistPosition;
  session.nextWaitlistPosition += 1;
}

/** A session is over once it has meetings and the last of them has ended. */
export function allEnded(meetings: readonly { endsAt: Date }[]): boolean {
  return meetings.length > 0 && meetings.every((m) => m.endsAt.getTime() <= Date.now());
}
