import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import type { DataLoaderRegistry } from '../../core/graphql/dataloaders';
import { CatalogueAccessService, type EditedCourse } from './catalogue-access.service';
import { CatalogueReadsService, type SessionCourse } from './catalogue-reads.service';
import type { CourseOrganisers } from './catalogue.policies';
import type { EnrolmentTarget } from './enrolment-target';
import type { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';
import { SessionsService, type SessionSeatsKeeper } from './sessions.service';

/**
 * What other modules ask of the catalogue (the enrolment module builds on it): who may see and edit a
 * session, what enrolling in one needs, and the hooks for its seats. Each method hands over to the unit
 * that owns the question; the catalogue's own resolvers call those units directly.
 */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly access: CatalogueAccessService,
    private readonly sessions: SessionsService,
    private readonly reads: CatalogueReadsService,
  ) {}

  /** The enrolment module registers how seats are locked and refilled (see `SessionsService.updateSession`). */
  useSeats(keeper: SessionSeatsKeeper): void {
    this.sessions.useSeats(keeper);
  }

  /** Marks the session's lottery drawn, in the draw's transaction. */
  markLotteryDrawn(manager: EntityManager, sessionId: string): Promise<Date> {
    return this.sessions.markLotteryDrawn(manager, sessionId);
  }

  /** Marks the session cancelled (中止), in the enrolment module's cancelSession transaction. */
  markSessionCancelled(manager: EntityManager, sessionId: string): Promise<void> {
    return this.sessions.markSessionCancelled(manager, sessionId);
  }

  /** The editor rule (`CatalogueAccessService.isCourseEditor`): who edits a course and runs its sessions. */
  isCourseEditor(
    principal: Principal | null,
    course: EditedCourse,
    loaders?: DataLoaderRegistry,
  ): Promise<boolean> {
    return this.access.isCourseEditor(principal, course, loaders);
  }

  /**
   * Who organises the session's course (provider and co-organisers): the digest asks their members,
   * then `isCourseEditor`, who edits it.
   */
  organisersOfSession(sessionId: string, loaders?: DataLoaderRegistry): Promise<CourseOrganisers> {
    return this.access.organisersOfSession(sessionId, loaders);
  }

  /** A session of a course she may see; NOT_FOUND otherwise. */
  visibleSession(principal: Principal | null, id: string): Promise<SessionEntity> {
    return this.access.visibleSession(principal, id);
  }

  /** The session, if she may edit its course: NOT_FOUND or FORBIDDEN otherwise. */
  editableSession(principal: Principal, id: string): Promise<SessionEntity> {
    return this.access.editableSession(principal, id);
  }

  /** What enrolling in the session needs, when she may see it and its course is published. */
  enrolmentTarget(principal: Principal, id: string): Promise<EnrolmentTarget> {
    return this.access.enrolmentTarget(principal, id);
  }

  /** `enrolmentTarget` for a seat a seat pool holds for her: no visibility check (the offer is it). */
  heldSeatTarget(id: string): Promise<EnrolmentTarget> {
    return this.access.heldSeatTarget(id);
  }

  /** The session's meetings (unordered), with the caller's manager when given one. */
  meetingsOf(sessionId: string, manager?: EntityManager): Promise<MeetingEntity[]> {
    return this.reads.sessionMeetings(sessionId, manager);
  }

  /** The session's questions in their order. */
  questionsOf(sessionId: string): Promise<QuestionEntity[]> {
    return this.reads.sessionQuestions(sessionId);
  }

  /** Sessions by id, for ids already checked (a DataLoader's batch): those that exist, in any order. */
  sessionsByIds(ids: readonly string[]): Promise<SessionEntity[]> {
    return this.reads.sessionsByIds(ids);
  }

  /** The session or null, in the caller's transaction. */
  findSession(manager: EntityManager, sessionId: string): Promise<SessionEntity | null> {
    return this.reads.findSession(manager, sessionId);
  }

  /**
   * The session and its course's facts, with the caller's manager: the enrolment module reads them
   * under its seat lock, after taking it.
   */
  sessionWithCourse(
    manager: EntityManager,
    sessionId: string,
  ): Promise<{ session: SessionEntity; course: SessionCourse }> {
    return this.reads.sessionWithCourse(manager, sessionId);
  }

  /** Ids of the lotteries due to be drawn now (scheduled, undrawn, draw time passed, course published). */
  dueLotterySessionIds(): Promise<string[]> {
    return this.reads.dueLotterySessionIds();
  }
}
