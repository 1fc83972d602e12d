import { Injectable } from '@nestjs/common';
import type { Principal } from '../../core/auth/principal';
import type { DataLoaderRegistry } from '../../core/graphql/dataloaders';
import { CatalogueAccessService, type EditedCourse } from './catalogue-access.service';
import type { EnrolmentTarget } from './enrolment-target';
import type { SessionEntity } from './session.entity';
import { SessionsService, type SeatsFreedHandler } from './sessions.service';

/**
 * What other modules ask of the catalogue (the enrolment module builds on it): who may see and edit a
 * session, what enrolling in one needs, and a hook for freed seats. Each method hands over to the unit
 * that owns the question; the catalogue's own resolvers call those units directly.
 */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly access: CatalogueAccessService,
    private readonly sessions: SessionsService,
  ) {}

  /** Registers what must happen when a change frees seats (see `SessionsService.updateSession`). */
  onSeatsFreed(handler: SeatsFreedHandler): void {
    this.sessions.onSeatsFreed(handler);
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
   * @deprecated Call `isCourseEditor(principal, { sessionId }, loaders)`. Kept only until the enrolment
   * module, being split at the same time, moves over; it adds no rule of its own.
   */
  isSessionEditor(
    principal: Principal | null,
    sessionId: string,
    loaders?: DataLoaderRegistry,
  ): Promise<boolean> {
    return this.access.isCourseEditor(principal, { sessionId }, loaders);
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
}
