import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { alignByKey, type DataLoaderRegistry } from '../../core/graphql/dataloaders';
import { ConflictError, ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import type { MessageKey } from '../../core/i18n/messages';
import {
  actsForProvider,
  CO_ORGANISER_EDITOR_ROLES,
  PROVIDER_EDITOR_ROLES,
  type CourseOrganisers,
} from './catalogue.policies';
import { coOrganiserIdsOf } from './course-organisers';
import { IN_PROVIDER_COMPANY_GROUP, organisationIdsOf } from './course-visibility';
import { CourseEntity } from './course.entity';
import { EnrolmentTargetReader, type EnrolmentTarget } from './enrolment-target';
import { LessonEntity } from './lesson.entity';
import { SessionEntity } from './session.entity';

/** The course whose editors are asked for: a course already read, or the course of a session. */
export type EditedCourse = Pick<CourseEntity, 'id' | 'providerOrganisationId'> | { sessionId: string };

/**
 * Who sees and who edits what in the catalogue. Every catalogue unit and the enrolment module (through
 * `CatalogueService`) check access here, and the editor rule exists only as `isCourseEditor`.
 */
@Injectable()
export class CatalogueAccessService {
  private readonly enrolmentTargets = new EnrolmentTargetReader();

  constructor(
    @InjectRepository(CourseEntity) private readonly courses: Repository<CourseEntity>,
    @InjectRepository(LessonEntity) private readonly lessons: Repository<LessonEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The editor rule. Staff act for their own organisation: a course is edited (and its sessions run:
   * rosters, exports, check-in, lottery, cancellation) by platform admins, the staff, admins and company
   * admins of its provider (`actsForProvider`), and the staff of its co-organisers (共催). Staff of any
   * other organisation are not editors.
   *
   * The organisers are looked up (batched per request with `loaders`) only when her roles could make her
   * an editor, so most callers cost no query.
   */
  async isCourseEditor(
    principal: Principal | null,
    course: EditedCourse,
    loaders?: DataLoaderRegistry,
  ): Promise<boolean> {
    if (!principal) return false;
    if (principal.isPlatformAdmin) return true;
    let organisers: CourseOrganisers;
    if ('sessionId' in course) {
      if (!principal.hasRoleAnywhere(PROVIDER_EDITOR_ROLES)) return false;
      organisers = await this.organisersOfSession(course.sessionId, loaders);
    } else {
      if (actsForProvider(principal, course.providerOrganisationId)) return true;
      if (!principal.hasRoleAnywhere(CO_ORGANISER_EDITOR_ROLES)) return false;
      organisers = {
        providerOrganisationId: course.providerOrganisationId,
        coOrganiserIds: await coOrganiserIdsOf(this.dataSource, course.id, loaders),
      };
    }
    if (actsForProvider(principal, organisers.providerOrganisationId)) return true;
    return organisers.coOrganiserIds.some((id) => principal.hasRoleIn(id, CO_ORGANISER_EDITOR_ROLES));
  }

  /**
   * Editors see every course of theirs; others see published courses their audience rules allow. A
   * course restricted to its organisations (`organisation`) is seen by members of its provider and of
   * its co-organisers.
   */
  async canViewCourse(
    principal: Principal | null,
    course: CourseEntity,
    loaders?: DataLoaderRegistry,
  ): Promise<boolean> {
    if (await this.isCourseEditor(principal, course, loaders)) return true;
    if (course.status !== 'published') return false;
    if (course.visibility === 'public') return true;
    if (!principal) return false;
    const mine = new Set(organisationIdsOf(principal));
    if (mine.has(course.providerOrganisationId)) return true;
    const coOrganiserIds = await coOrganiserIdsOf(this.dataSource, course.id, loaders);
    if (coOrganiserIds.some((id) => mine.has(id))) return true;
    if (course.visibility !== 'company_group') return false;
    return this.courses
      .createQueryBuilder('c')
      .where('c.id = :id', { id: course.id })
      .andWhere(IN_PROVIDER_COMPANY_GROUP, { orgIds: [...mine] })
      .getExists();
  }

  /** A course she may see; NOT_FOUND otherwise (drafts and restricted courses are not revealed). */
  async visibleCourse(
    principal: Principal | null,
    id: string,
    notFound: MessageKey = 'catalogue.courseNotFound',
  ): Promise<CourseEntity> {
    const course = isUUID(id) ? await this.courses.findOneBy({ id }) : null;
    if (!course || !(await this.canViewCourse(principal, course))) throw new NotFoundError(notFound);
    return course;
  }

  /** A course she may edit: NOT_FOUND when she cannot even see it, FORBIDDEN when she only sees it. */
  async editableCourse(
    principal: Principal,
    id: string,
    notFound: MessageKey = 'catalogue.courseNotFound',
    manager?: EntityManager,
  ): Promise<CourseEntity> {
    const repo = manager ? manager.getRepository(CourseEntity) : this.courses;
    const course = isUUID(id)
      ? await repo.findOne({ where: { id }, lock: manager ? { mode: 'pessimistic_write' } : undefined })
      : null;
    if (!course) throw new NotFoundError(notFound);
    if (!(await this.isCourseEditor(principal, course))) {
      if (await this.canViewCourse(principal, course)) throw new ForbiddenError();
      throw new NotFoundError(notFound);
    }
    return course;
  }

  /** A session of a course she may see (the enrolment module uses this before enrolling her). */
  async visibleSession(principal: Principal | null, id: string): Promise<SessionEntity> {
    const session = isUUID(id) ? await this.sessions.findOneBy({ id }) : null;
    if (!session) throw new NotFoundError('catalogue.sessionNotFound');
    await this.visibleCourse(principal, session.courseId, 'catalogue.sessionNotFound');
    return session;
  }

  /** The session, if she may edit its course (the enrolment module uses this to cancel sessions). */
  async editableSession(principal: Principal, id: string): Promise<SessionEntity> {
    const session = isUUID(id) ? await this.sessions.findOneBy({ id }) : null;
    if (!session) throw new NotFoundError('catalogue.sessionNotFound');
    await this.editableCourse(principal, session.courseId, 'catalogue.sessionNotFound');
    return session;
  }

  async editableLesson(principal: Principal, id: string): Promise<LessonEntity> {
    const lesson = isUUID(id) ? await this.lessons.findOneBy({ id }) : null;
    if (!lesson) throw new NotFoundError('catalogue.lessonNotFound');
    await this.editableCourse(principal, lesson.courseId, 'catalogue.lessonNotFound');
    return lesson;
  }

  /**
   * What enrolling in the session needs (session, course, questions: one prepared statement, shared by
   * concurrent enrolments in the session) when she may see it; NOT_FOUND otherwise. A published public
   * course is visible to everyone, so only other courses go through the full rule (`visibleCourse`), at
   * the price of one more query.
   */
  async enrolmentTarget(principal: Principal, id: string): Promise<EnrolmentTarget> {
    const target = isUUID(id) ? await this.enrolmentTargets.read(this.dataSource, id) : null;
    if (!target) throw new NotFoundError('catalogue.sessionNotFound');
    const { course } = target;
    if (course.status !== 'published' || course.visibility !== 'public') {
      await this.visibleCourse(principal, course.id, 'catalogue.sessionNotFound');
    }
    // Her editors see a draft, but nobody takes a seat in it before it is published.
    if (course.status !== 'published') throw new ConflictError('enrolment.courseNotPublished');
    return target;
  }

  /**
   * The same target for a seat set aside for her by a seat pool (company-groups): the offer to her
   * company is her way in, so the course's visibility is not asked; a draft is still refused.
   */
  async heldSeatTarget(id: string): Promise<EnrolmentTarget> {
    const target = isUUID(id) ? await this.enrolmentTargets.read(this.dataSource, id) : null;
    if (!target) throw new NotFoundError('catalogue.sessionNotFound');
    if (target.course.status !== 'published') throw new ConflictError('enrolment.courseNotPublished');
    return target;
  }

  /** The provider and co-organisers of a session's course (NOT_FOUND for no such session). */
  organisersOfSession(sessionId: string, loaders?: DataLoaderRegistry): Promise<CourseOrganisers> {
    const batch = async (ids: readonly string[]) =>
      alignByKey(
        ids,
        (await this.dataSource.query(
          `SELECT s.id, c.provider_organisation_id AS "providerOrganisationId",
                  COALESCE(array_agg(co.organisation_id ORDER BY co.position)
                           FILTER (WHERE co.organisation_id IS NOT NULL), '{}') AS "coOrganiserIds"
             FROM sessions s JOIN courses c ON c.id = s.course_id
             LEFT JOIN course_co_organisers co ON co.course_id = c.id
            WHERE s.id = ANY($1::uuid[])
            GROUP BY s.id, c.provider_organisation_id`,
          [[...ids].filter((id) => isUUID(id))],
        )) as (CourseOrganisers & { id: string })[],
        (row) => row.id,
        () => new NotFoundError('catalogue.sessionNotFound'),
      );
    if (!loaders)
      return batch([sessionId]).then(([row = new NotFoundError('catalogue.sessionNotFound')]) =>
        row instanceof Error ? Promise.reject(row) : row,
      );
    return loaders.get<string, CourseOrganisers>('catalogue.organisersBySession', batch).load(sessionId);
  }
}
