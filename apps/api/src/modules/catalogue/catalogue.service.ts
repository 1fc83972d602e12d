import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { SEMINAR_LIMITS } from '@tsunagu/shared/domain';
import { isUUID } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { DataSource, EntityManager, In, Repository, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { firstRow } from '../../core/database/first-row';
import { preparedQuery } from '../../core/database/prepared-query';
import { alignByKey, groupByKey, type DataLoaderRegistry } from '../../core/graphql/dataloaders';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type FieldProblem,
} from '../../core/graphql/errors';
import {
  fullProjection,
  hydrateProjection,
  projectionAt,
  selectProjection,
  type Projection,
} from '../../core/graphql/projection';
import type { MessageKey } from '../../core/i18n/messages';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import {
  CO_ORGANISER_EDITOR_ROLES,
  isCourseEditor,
  isProviderEditor,
  mayCoOrganise,
  PROVIDER_EDITOR_ROLES,
  type CourseOrganisers,
} from './catalogue.policies';
import { copyCourse } from './course-copy';
import { deleteUnusedFiles, fileProblem } from './course-file-usage';
import { coOrganiserIdsOf, replaceCoOrganisers } from './course-organisers';
import { CourseEntity } from './course.entity';
import type { CatalogueEntry, CataloguePage, CourseProgress } from './dto/catalogue-entry.type';
import { CatalogueFormat, type CatalogueFilter } from './dto/catalogue-filter.input';
import type { CreateCourseInput, UpdateCourseInput } from './dto/course.input';
import type { AddLessonInput, UpdateLessonInput } from './dto/lesson.input';
import type {
  CreateSessionInput,
  MeetingInput,
  QuestionInput,
  UpdateSessionInput,
} from './dto/session.input';
import { EnrolmentTargetReader, type EnrolmentTarget } from './enrolment-target';
import { LessonEntity, LessonProgressEntity } from './lesson.entity';
import { newLotterySeed } from './lottery-commitment';
import { renderMarkdown } from './markdown';
import { sessionProblems, type SessionDraft } from './session-rules';
import { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';

/**
 * Visibility of a published course to a signed-in audience, as SQL on the course alias `c` with the
 * caller's organisation ids in `:orgIds`:
 * - `organisation`: she holds any role in the provider organisation or a co-organiser;
 * - `company_group`: that, or she belongs to an organisation that is a member of a company group
 *   (`groups.kind = 'company_group'`) whose members or owner include the provider. Groups are read by
 *   table name: the organisations module owns them but exposes no group queries yet.
 */
const IN_PROVIDER = `(c.provider_organisation_id = ANY(:orgIds) OR EXISTS (
  SELECT 1 FROM course_co_organisers co WHERE co.course_id = c.id AND co.organisation_id = ANY(:orgIds)))`;
const IN_PROVIDER_COMPANY_GROUP = `EXISTS (
  SELECT 1 FROM groups g
    JOIN group_members mine ON mine.group_id = g.id AND mine.organisation_id = ANY(:orgIds)
   WHERE g.kind = 'company_group'
     AND (g.owner_organisation_id = c.provider_organisation_id
          OR EXISTS (SELECT 1 FROM group_members p
                      WHERE p.group_id = g.id AND p.organisation_id = c.provider_organisation_id)))`;

function organisationIdsOf(principal: Principal): string[] {
  return [...new Set(principal.memberships.map((m) => m.organisationId))];
}

function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const DEFAULT_PAGE = 20;

/**
 * Called inside the transaction that freed seats of a session, under its row lock (the enrolment module
 * promotes its waitlist here). The catalogue cannot import the enrolment module, which builds on it.
 */
export type SeatsFreedHandler = (manager: EntityManager, session: SessionEntity) => Promise<void>;

@Injectable()
export class CatalogueService {
  private readonly enrolmentTargets = new EnrolmentTargetReader();

  constructor(
    @InjectRepository(CourseEntity) private readonly courses: Repository<CourseEntity>,
    @InjectRepository(LessonEntity) private readonly lessons: Repository<LessonEntity>,
    @InjectRepository(LessonProgressEntity) private readonly progress: Repository<LessonProgressEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    @InjectRepository(QuestionEntity) private readonly questions: Repository<QuestionEntity>,
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  private readonly seatsFreedHandlers: SeatsFreedHandler[] = [];

  /** Registers what must happen when a change frees seats (raising capacity or childcare capacity). */
  onSeatsFreed(handler: SeatsFreedHandler): void {
    this.seatsFreedHandlers.push(handler);
  }

  // ---------------------------------------------------------------- access

  /**
   * Whether she edits the course: platform admins, its provider's staff/admins/company admins and its
   * co-organisers' staff. The co-organisers are looked up only when her roles could make her one.
   */
  async isEditor(
    principal: Principal | null,
    course: CourseEntity,
    loaders?: DataLoaderRegistry,
  ): Promise<boolean> {
    if (!principal) return false;
    if (isProviderEditor(principal, course.providerOrganisationId)) return true;
    if (!mayCoOrganise(principal)) return false;
    const coOrganiserIds = await coOrganiserIdsOf(this.dataSource, course.id, loaders);
    return isCourseEditor(principal, {
      providerOrganisationId: course.providerOrganisationId,
      coOrganiserIds,
    });
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
    if (await this.isEditor(principal, course, loaders)) return true;
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
    if (!(await this.isEditor(principal, course))) {
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

  /** The course's co-organisers, in the order they were named. */
  coOrganiserIds(course: CourseEntity, loaders?: DataLoaderRegistry): Promise<string[]> {
    return coOrganiserIdsOf(this.dataSource, course.id, loaders);
  }

  /**
   * Whether she runs the session (the course's editors): for the enrolment module's reads of personal
   * data and join URLs. Batched per request with `loaders`; no query for callers without an editor role.
   */
  async isSessionEditor(
    principal: Principal | null,
    sessionId: string,
    loaders?: DataLoaderRegistry,
  ): Promise<boolean> {
    if (!principal) return false;
    if (principal.isPlatformAdmin) return true;
    if (!principal.hasRoleAnywhere(PROVIDER_EDITOR_ROLES)) return false;
    return isCourseEditor(principal, await this.organisersOfSession(sessionId, loaders));
  }

  /** The provider and co-organisers of a session's course. */
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

  /** The session, if she may edit its course (the enrolment module uses this to cancel sessions). */
  async editableSession(principal: Principal, id: string): Promise<SessionEntity> {
    const session = isUUID(id) ? await this.sessions.findOneBy({ id }) : null;
    if (!session) throw new NotFoundError('catalogue.sessionNotFound');
    await this.editableCourse(principal, session.courseId, 'catalogue.sessionNotFound');
    return session;
  }

  private async editableLesson(principal: Principal, id: string): Promise<LessonEntity> {
    const lesson = isUUID(id) ? await this.lessons.findOneBy({ id }) : null;
    if (!lesson) throw new NotFoundError('catalogue.lessonNotFound');
    await this.editableCourse(principal, lesson.courseId, 'catalogue.lessonNotFound');
    return lesson;
  }

  // ---------------------------------------------------------------- queries

  /**
   * One page of the catalogue in one SQL statement: sessions with their course, provider, first meeting,
   * number of meetings and the window count. Only the columns the request asks for are read (see core/graphql/projection.ts), the
   * SQL is written here rather than through the query builder, and rows are mapped by hand: building the
   * query and hydrating whole entities dominated the catalogue benchmark.
   */
  async catalogue(
    principal: Principal | null,
    filter: CatalogueFilter | null | undefined,
    info?: GraphQLResolveInfo,
  ): Promise<CataloguePage> {
    const f = filter ?? {};
    const limit = f.limit ?? DEFAULT_PAGE;
    const offset = f.offset ?? 0;
    const project = (field: string, target: EntityTarget<ObjectLiteral>): Projection => {
      const metadata = this.dataSource.getMetadata(target);
      return info ? projectionAt(info, ['items', field], metadata) : fullProjection(metadata);
    };
    const projection = {
      s: project('session', SessionEntity),
      c: project('course', CourseEntity),
      o: project('provider', OrganisationEntity),
    };
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [`s.status = 'scheduled'`, `fm.first_at > now()`, `c.status = 'published'`];
    if (!principal) where.push(`c.visibility = 'public'`);
    else {
      const orgIds = param(organisationIdsOf(principal));
      where.push(`(c.visibility = 'public'
        OR (c.visibility IN ('organisation', 'company_group') AND ${IN_PROVIDER.replaceAll(':orgIds', orgIds)})
        OR (c.visibility = 'company_group' AND ${IN_PROVIDER_COMPANY_GROUP.replaceAll(':orgIds', orgIds)}))`);
    }
    if (f.search) {
      const q = param(likePattern(f.search));
      where.push(
        `(c.title ILIKE ${q} OR c.summary ILIKE ${q} OR EXISTS (SELECT 1 FROM unnest(c.tags) t WHERE t ILIKE ${q}))`,
      );
    }
    if (f.category) where.push(`c.category = ${param(f.category)}`);
    if (f.month) where.push(`to_char(fm.first_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') = ${param(f.month)}`);
    if (f.childcare) where.push('s.childcare_capacity > 0');
    if (f.format === CatalogueFormat.ONLINE) where.push('s.is_online = true');
    if (f.format === CatalogueFormat.VENUE) where.push('s.venue_name IS NOT NULL');
    if (f.seatsLeft) where.push('s.capacity > s.confirmed_count');
    const from = `FROM sessions s
      JOIN courses c ON c.id = s.course_id
      JOIN organisations o ON o.id = c.provider_organisation_id
      JOIN (SELECT session_id, MIN(starts_at) AS first_at, COUNT(*)::int AS meeting_count
              FROM session_meetings GROUP BY session_id) fm
        ON fm.session_id = s.id
     WHERE ${where.join(' AND ')}`;
    const columns = Object.entries(projection).flatMap(([alias, p]) =>
      selectProjection(alias, p).map(([expression, name]) => `${expression} AS "${name}"`),
    );
    const rows: (Record<string, unknown> & {
      first_meeting_at: Date;
      meeting_count: number;
      seats_left: number;
      childcare_seats_left: number;
      total_count: string;
    })[] = await preparedQuery(
      this.dataSource,
      `SELECT fm.first_at AS first_meeting_at,
              fm.meeting_count AS meeting_count,
              GREATEST(0, s.capacity - s.confirmed_count) AS seats_left,
              GREATEST(0, s.childcare_capacity - s.childcare_confirmed_count) AS childcare_seats_left,
              COUNT(*) OVER () AS total_count,
              ${columns.join(', ')}
       ${from}
       ORDER BY fm.first_at, s.id
       LIMIT ${param(limit)} OFFSET ${param(offset)}`,
      params,
    );
    const items: CatalogueEntry[] = rows.map((row) => ({
      session: hydrateProjection<SessionEntity>(this.dataSource, row, 's', projection.s),
      course: hydrateProjection<CourseEntity>(this.dataSource, row, 'c', projection.c),
      provider: hydrateProjection<OrganisationEntity>(this.dataSource, row, 'o', projection.o),
      firstMeetingAt: row.first_meeting_at,
      meetingCount: row.meeting_count,
      seatsLeft: row.seats_left,
      childcareSeatsLeft: row.childcare_seats_left,
    }));
    if (rows.length || offset === 0) return { items, totalCount: rows[0] ? Number(rows[0].total_count) : 0 };
    // Past the last page there is no row to carry the window count.
    const [{ count }] = await this.dataSource.query(
      `SELECT COUNT(*)::int AS count ${from}`,
      params.slice(0, -2),
    );
    return { items, totalCount: count };
  }

  async course(principal: Principal | null, id: string): Promise<CourseEntity> {
    return this.visibleCourse(principal, id);
  }

  async session(principal: Principal | null, id: string): Promise<SessionEntity> {
    return this.visibleSession(principal, id);
  }

  /** Courses she may edit, drafts included, most recently changed first. */
  async editableCourses(principal: Principal): Promise<CourseEntity[]> {
    const query = this.courses.createQueryBuilder('c').orderBy('c.updated_at', 'DESC').addOrderBy('c.title');
    if (principal.isPlatformAdmin) return query.getMany();
    return query
      .where('c.provider_organisation_id = ANY(:providerIds)', {
        providerIds: principal.organisationIdsWithRole(PROVIDER_EDITOR_ROLES),
      })
      .orWhere(
        `EXISTS (SELECT 1 FROM course_co_organisers co
                  WHERE co.course_id = c.id AND co.organisation_id = ANY(:coOrganiserIds))`,
        { coOrganiserIds: principal.organisationIdsWithRole(CO_ORGANISER_EDITOR_ROLES) },
      )
      .getMany();
  }

  // ---------------------------------------------------------------- fields (batched per request)

  private courseLoader(loaders: DataLoaderRegistry) {
    return loaders.get<string, CourseEntity>('courseById', async (ids) =>
      alignByKey(
        ids,
        await this.courses.findBy({ id: In([...ids]) }),
        (c) => c.id,
        () => new NotFoundError('catalogue.courseNotFound'),
      ),
    );
  }

  /** The course of a session already shown to her (its visibility was checked with the session). */
  loadCourse(loaders: DataLoaderRegistry, id: string): Promise<CourseEntity> {
    return this.courseLoader(loaders).load(id);
  }

  /** Scheduled sessions; editors see cancelled ones too. */
  async sessionsOf(
    loaders: DataLoaderRegistry,
    principal: Principal | null,
    course: CourseEntity,
  ): Promise<SessionEntity[]> {
    const all = await loaders
      .get<string, SessionEntity[]>('sessionsByCourse', async (courseIds) =>
        groupByKey(
          courseIds,
          await this.sessions.find({
            where: { courseId: In([...courseIds]) },
            order: { registrationOpensAt: 'ASC', createdAt: 'ASC' },
          }),
          (s) => s.courseId,
        ),
      )
      .load(course.id);
    return (await this.isEditor(principal, course, loaders))
      ? all
      : all.filter((s) => s.status === 'scheduled');
  }

  lessonsOf(loaders: DataLoaderRegistry, courseId: string): Promise<LessonEntity[]> {
    return loaders
      .get<string, LessonEntity[]>('lessonsByCourse', async (courseIds) =>
        groupByKey(
          courseIds,
          await this.lessons.find({ where: { courseId: In([...courseIds]) }, order: { position: 'ASC' } }),
          (l) => l.courseId,
        ),
      )
      .load(courseId);
  }

  meetingsOf(loaders: DataLoaderRegistry, sessionId: string): Promise<MeetingEntity[]> {
    return loaders
      .get<string, MeetingEntity[]>('meetingsBySession', async (sessionIds) =>
        groupByKey(
          sessionIds,
          await this.meetings.find({
            where: { sessionId: In([...sessionIds]) },
            order: { startsAt: 'ASC', endsAt: 'ASC' },
          }),
          (m) => m.sessionId,
        ),
      )
      .load(sessionId);
  }

  questionsOf(loaders: DataLoaderRegistry, sessionId: string): Promise<QuestionEntity[]> {
    return loaders
      .get<string, QuestionEntity[]>('questionsBySession', async (sessionIds) =>
        groupByKey(
          sessionIds,
          await this.questions.find({
            where: { sessionId: In([...sessionIds]) },
            order: { position: 'ASC' },
          }),
          (q) => q.sessionId,
        ),
      )
      .load(sessionId);
  }

  /** Null when signed out. */
  async progressOf(
    loaders: DataLoaderRegistry,
    principal: Principal | null,
    courseId: string,
  ): Promise<CourseProgress | null> {
    if (!principal) return null;
    const [lessons, completed] = await Promise.all([
      this.lessonsOf(loaders, courseId),
      loaders
        .get<string, string[]>(`completedLessonsByCourse:${principal.userId}`, async (courseIds) => {
          const rows: { lessonId: string; courseId: string }[] = await this.progress
            .createQueryBuilder('p')
            .innerJoin(LessonEntity, 'l', 'l.id = p.lesson_id')
            .select('p.lesson_id', 'lessonId')
            .addSelect('l.course_id', 'courseId')
            .where('p.user_id = :userId', { userId: principal.userId })
            .andWhere('l.course_id IN (:...courseIds)', { courseIds })
            .getRawMany();
          return groupByKey(courseIds, rows, (r) => r.courseId).map((group) => group.map((r) => r.lessonId));
        })
        .load(courseId),
    ]);
    return { completedLessonIds: completed, lessonCount: lessons.length };
  }

  seatsLeft(session: SessionEntity): number {
    return Math.max(0, session.capacity - session.confirmedCount);
  }

  childcareSeatsLeft(session: SessionEntity): number {
    return Math.max(0, session.childcareCapacity - session.childcareConfirmedCount);
  }

  renderMarkdown(source: string): string {
    return renderMarkdown(source);
  }

  // ---------------------------------------------------------------- course mutations

  async createCourse(principal: Principal, input: CreateCourseInput): Promise<CourseEntity> {
    if (!isProviderEditor(principal, input.providerOrganisationId)) throw new ForbiddenError();
    await this.organisations.get(input.providerOrganisationId);
    const coOrganiserIds = await this.checkCoOrganisers(input.providerOrganisationId, input.coOrganiserIds);
    return this.dataSource.transaction(async (manager) => {
      const course = await manager.save(
        manager.create(CourseEntity, {
          providerOrganisationId: input.providerOrganisationId,
          title: input.title,
          summary: input.summary ?? '',
          description: input.description ?? '',
          category: input.category,
          audienceNotes: input.audienceNotes ?? '',
          visibility: input.visibility ?? 'public',
          status: 'draft',
          tags: input.tags ?? [],
          coverImageUrl: input.coverImageUrl || null,
          createdById: principal.userId,
          publishedAt: null,
        }),
      );
      if (coOrganiserIds) await replaceCoOrganisers(manager, course.id, coOrganiserIds, principal.userId);
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'catalogue.course_created',
          subjectType: 'course',
          subjectId: course.id,
          metadata: {
            providerOrganisationId: course.providerOrganisationId,
            coOrganiserIds: coOrganiserIds?.join(',') ?? null,
          },
        },
        manager,
      );
      return course;
    });
  }

  async updateCourse(principal: Principal, id: string, input: UpdateCourseInput): Promise<CourseEntity> {
    const course = await this.editableCourse(principal, id);
    if (input.coOrganiserIds != null && !isProviderEditor(principal, course.providerOrganisationId)) {
      throw new ForbiddenError('catalogue.coOrganisersByProviderOnly');
    }
    const coOrganiserIds = await this.checkCoOrganisers(course.providerOrganisationId, input.coOrganiserIds);
    if (input.title != null) course.title = input.title;
    if (input.summary !== undefined) course.summary = input.summary ?? '';
    if (input.description !== undefined) course.description = input.description ?? '';
    if (input.category != null) course.category = input.category;
    if (input.audienceNotes !== undefined) course.audienceNotes = input.audienceNotes ?? '';
    if (input.visibility != null) course.visibility = input.visibility;
    if (input.tags !== undefined) course.tags = input.tags ?? [];
    if (input.coverImageUrl !== undefined) course.coverImageUrl = input.coverImageUrl || null;
    const previousCover = course.coverFileId;
    if (input.coverFileId !== undefined) course.coverFileId = input.coverFileId || null;
    return this.dataSource.transaction(async (manager) => {
      if (input.coverFileId !== undefined && course.coverFileId) {
        const problem = await fileProblem(manager, 'coverFileId', course.id, course.coverFileId, 'cover');
        if (problem) throw problem;
      }
      const saved = await manager.save(course);
      // A replaced or removed cover is deleted unless something else uses it.
      if (previousCover !== course.coverFileId) await deleteUnusedFiles(manager, [previousCover]);
      if (coOrganiserIds) {
        await replaceCoOrganisers(manager, course.id, coOrganiserIds, principal.userId);
        await this.audit.record(
          {
            actorUserId: principal.userId,
            action: 'catalogue.course_co_organisers_changed',
            subjectType: 'course',
            subjectId: course.id,
            metadata: { coOrganiserIds: coOrganiserIds.join(',') },
          },
          manager,
        );
      }
      return saved;
    });
  }

  /**
   * A draft copy of a course she edits, in its provider's name: so only the provider's side may copy
   * (a co-organiser's staff cannot create courses for the provider).
   */
  async copyCourse(
    principal: Principal,
    id: string,
    options: { title?: string | null; sessionsShiftDays?: number | null } = {},
  ): Promise<CourseEntity> {
    const source = await this.editableCourse(principal, id);
    if (!isProviderEditor(principal, source.providerOrganisationId)) {
      throw new ForbiddenError('catalogue.copyByProviderOnly');
    }
    return this.dataSource.transaction(async (manager) => {
      const copy = await copyCourse(manager, source, options, principal.userId);
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'catalogue.course_copied',
          subjectType: 'course',
          subjectId: copy.id,
          metadata: { from: source.id },
        },
        manager,
      );
      return copy;
    });
  }

  /**
   * The co-organisers asked for, checked: existing organisations other than the provider (duplicates
   * were dropped by the input). `undefined`/null: no change.
   */
  private async checkCoOrganisers(
    providerOrganisationId: string,
    ids: string[] | null | undefined,
  ): Promise<string[] | null> {
    if (ids == null) return null;
    if (ids.includes(providerOrganisationId)) {
      throw BadUserInputError.field('coOrganiserIds', 'catalogue.coOrganiserIsProvider');
    }
    const known = new Set((await this.organisations.existing(ids)).map((o) => o.id));
    if (ids.some((id) => !known.has(id))) {
      throw BadUserInputError.field('coOrganiserIds', 'catalogue.coOrganiserUnknown');
    }
    return ids;
  }

  async setPublished(principal: Principal, id: string, published: boolean): Promise<CourseEntity> {
    const course = await this.editableCourse(principal, id);
    course.status = published ? 'published' : 'draft';
    if (published) course.publishedAt ??= new Date();
    const saved = await this.courses.save(course);
    await this.audit.record({
      actorUserId: principal.userId,
      action: published ? 'catalogue.course_published' : 'catalogue.course_unpublished',
      subjectType: 'course',
      subjectId: course.id,
    });
    return saved;
  }

  // ---------------------------------------------------------------- lessons

  async addLesson(principal: Principal, input: AddLessonInput): Promise<LessonEntity> {
    await this.editableCourse(principal, input.courseId);
    const source = lessonSource(input.kind, { url: null, fileId: null }, input);
    return this.dataSource.transaction(async (manager) => {
      // The course row lock serialises position numbering.
      await this.editableCourse(principal, input.courseId, 'catalogue.courseNotFound', manager);
      if (source.fileId) {
        const problem = await fileProblem(manager, 'fileId', input.courseId, source.fileId, 'lesson');
        if (problem) throw problem;
      }
      const { next } = firstRow(
        (await manager.query(
          'SELECT COALESCE(MAX(position), 0) + 1 AS next FROM lessons WHERE course_id = $1',
          [input.courseId],
        )) as { next: number }[],
        'the next lesson position',
      );
      return manager.save(
        manager.create(LessonEntity, {
          courseId: input.courseId,
          position: next,
          kind: input.kind,
          title: input.title,
          body: input.body ?? '',
          url: source.url,
          fileId: source.fileId,
        }),
      );
    });
  }

  async updateLesson(principal: Principal, id: string, input: UpdateLessonInput): Promise<LessonEntity> {
    const lesson = await this.editableLesson(principal, id);
    if (input.kind != null) lesson.kind = input.kind;
    if (input.title != null) lesson.title = input.title;
    if (input.body !== undefined) lesson.body = input.body ?? '';
    const previousFile = lesson.fileId;
    Object.assign(lesson, lessonSource(lesson.kind, lesson, input));
    if (lesson.fileId === previousFile) return this.lessons.save(lesson);
    return this.dataSource.transaction(async (manager) => {
      if (lesson.fileId) {
        const problem = await fileProblem(manager, 'fileId', lesson.courseId, lesson.fileId, 'lesson');
        if (problem) throw problem;
      }
      const saved = await manager.save(lesson);
      // The file it had is deleted unless something else uses it.
      await deleteUnusedFiles(manager, [previousFile]);
      return saved;
    });
  }

  async removeLesson(principal: Principal, id: string): Promise<CourseEntity> {
    const lesson = await this.editableLesson(principal, id);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(LessonEntity, { id: lesson.id });
      await deleteUnusedFiles(manager, [lesson.fileId]);
    });
    return this.editableCourse(principal, lesson.courseId);
  }

  /** `lessonIds` must list every lesson of the course exactly once, in the new order. */
  async reorderLessons(principal: Principal, courseId: string, lessonIds: string[]): Promise<CourseEntity> {
    await this.editableCourse(principal, courseId);
    return this.dataSource.transaction(async (manager) => {
      const course = await this.editableCourse(principal, courseId, 'catalogue.courseNotFound', manager);
      const current = await manager.find(LessonEntity, { where: { courseId }, select: { id: true } });
      const known = new Set(current.map((l) => l.id));
      if (
        lessonIds.length !== known.size ||
        new Set(lessonIds).size !== lessonIds.length ||
        !lessonIds.every((id) => known.has(id))
      ) {
        throw BadUserInputError.field('lessonIds', 'catalogue.lessonOrderMismatch');
      }
      // Negate first so the unique (course, position) never sees two lessons at one position.
      await manager.query('UPDATE lessons SET position = -position WHERE course_id = $1', [courseId]);
      await manager.query(
        `UPDATE lessons l SET position = v.pos
           FROM unnest($1::uuid[]) WITH ORDINALITY AS v(id, pos)
          WHERE l.id = v.id AND l.course_id = $2`,
        [lessonIds, courseId],
      );
      return course;
    });
  }

  async completeLesson(principal: Principal, lessonId: string): Promise<CourseEntity> {
    const lesson = isUUID(lessonId) ? await this.lessons.findOneBy({ id: lessonId }) : null;
    if (!lesson) throw new NotFoundError('catalogue.lessonNotFound');
    const course = await this.visibleCourse(principal, lesson.courseId, 'catalogue.lessonNotFound');
    await this.progress
      .createQueryBuilder()
      .insert()
      .values({ lessonId: lesson.id, userId: principal.userId })
      .orIgnore()
      .execute();
    return course;
  }

  // ---------------------------------------------------------------- sessions

  async createSession(principal: Principal, input: CreateSessionInput): Promise<SessionEntity> {
    await this.editableCourse(principal, input.courseId);
    const values = {
      courseId: input.courseId,
      title: input.title ?? '',
      venueName: input.venueName || null,
      venueAddress: input.venueAddress || null,
      accessNotes: input.accessNotes || null,
      isOnline: input.isOnline ?? false,
      onlineUrl: input.onlineUrl || null,
      isOffsite: input.isOffsite ?? false,
      capacity: input.capacity,
      childcareCapacity: input.childcareCapacity ?? 0,
      childcareMinAgeMonths: input.childcareMinAgeMonths ?? null,
      childcareMaxAgeMonths: input.childcareMaxAgeMonths ?? null,
      feeYen: input.feeYen ?? null,
      registrationOpensAt: input.registrationOpensAt,
      registrationClosesAt: input.registrationClosesAt,
      cancellationDeadline: input.cancellationDeadline,
      registrationMode: input.registrationMode ?? 'first_come',
      drawAt: input.drawAt ?? null,
      lotteryPriorities: input.lotteryPriorities ?? [],
      completionRule: input.completionRule ?? 'all',
      completionMinMeetings: input.completionMinMeetings ?? null,
      checkInOpensMinutesBefore:
        input.checkInOpensMinutesBefore ?? SEMINAR_LIMITS.checkInOpensMinutesBefore.default,
      status: 'scheduled' as const,
      ...(input.registrationMode === 'lottery' ? newLotterySeed() : {}),
    };
    const meetings = input.meetings.map((m) => ({ startsAt: m.startsAt, endsAt: m.endsAt }));
    const questions = (input.questions ?? []).map(cleanQuestion);
    const problems = [
      ...sessionProblems({ ...values, meetings, questions }),
      ...meetingChangeProblems([], input.meetings, values.checkInOpensMinutesBefore),
    ];
    if (problems.length) throw new BadUserInputError(problems);
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.save(manager.create(SessionEntity, values));
      if (meetings.length) {
        await manager.insert(
          MeetingEntity,
          meetings.map((m) => ({ ...m, sessionId: session.id })),
        );
      }
      if (questions.length) {
        await manager.insert(
          QuestionEntity,
          questions.map((q, i) => ({ ...q, sessionId: session.id, position: i + 1 })),
        );
      }
      return session;
    });
  }

  /**
   * Applies the changes under a lock on the session row, so a capacity check against the confirmed
   * count cannot race an enrolment (which takes the same lock).
   */
  async updateSession(principal: Principal, id: string, input: UpdateSessionInput): Promise<SessionEntity> {
    await this.editableSession(principal, id);
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(SessionEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw new NotFoundError('catalogue.sessionNotFound');
      if (session.status === 'cancelled') throw new ConflictError('catalogue.sessionCancelled');
      const problems: FieldProblem[] = [];
      const before = {
        capacity: session.capacity,
        childcareCapacity: session.childcareCapacity,
        checkInOpensMinutesBefore: session.checkInOpensMinutesBefore,
      };
      const course = await manager.findOneOrFail(CourseEntity, {
        where: { id: session.courseId },
        select: { id: true, publishedAt: true },
      });
      problems.push(...lotteryRuleProblems(session, input, course.publishedAt));

      const set = <K extends keyof SessionEntity>(key: K, value: SessionEntity[K] | undefined) => {
        if (value !== undefined) session[key] = value;
      };
      const orNull = <T>(value: T | null | undefined): T | null | undefined =>
        value === undefined ? undefined : (value ?? null);
      set('title', input.title === undefined ? undefined : (input.title ?? ''));
      set('venueName', input.venueName === undefined ? undefined : input.venueName || null);
      set('venueAddress', input.venueAddress === undefined ? undefined : input.venueAddress || null);
      set('accessNotes', input.accessNotes === undefined ? undefined : input.accessNotes || null);
      set('isOnline', input.isOnline ?? undefined);
      set('onlineUrl', input.onlineUrl === undefined ? undefined : input.onlineUrl || null);
      set('isOffsite', input.isOffsite ?? undefined);
      set('capacity', input.capacity ?? undefined);
      set('childcareCapacity', input.childcareCapacity ?? undefined);
      set('childcareMinAgeMonths', orNull(input.childcareMinAgeMonths));
      set('childcareMaxAgeMonths', orNull(input.childcareMaxAgeMonths));
      set('feeYen', orNull(input.feeYen));
      set('registrationOpensAt', input.registrationOpensAt ?? undefined);
      set('registrationClosesAt', input.registrationClosesAt ?? undefined);
      set('cancellationDeadline', input.cancellationDeadline ?? undefined);
      set('registrationMode', input.registrationMode ?? undefined);
      set('drawAt', orNull(input.drawAt));
      set('lotteryPriorities', input.lotteryPriorities ?? undefined);
      set('completionRule', input.completionRule ?? undefined);
      set('completionMinMeetings', orNull(input.completionMinMeetings));
      set('checkInOpensMinutesBefore', input.checkInOpensMinutesBefore ?? undefined);

      if (session.capacity < session.confirmedCount) {
        problems.push({
          field: 'capacity',
          key: 'catalogue.capacityBelowConfirmed',
          params: { confirmed: session.confirmedCount },
        });
      }
      if (session.childcareCapacity < session.childcareConfirmedCount) {
        problems.push({
          field: 'childcareCapacity',
          key: 'catalogue.childcareBelowConfirmed',
          params: { confirmed: session.childcareConfirmedCount },
        });
      }

      const storedMeetings = await manager.find(MeetingEntity, { where: { sessionId: id } });
      const storedQuestions = await manager.find(QuestionEntity, { where: { sessionId: id } });
      const meetings = input.meetings ?? storedMeetings;
      const questions = input.questions ? input.questions.map(cleanQuestion) : storedQuestions;
      if (input.meetings) {
        problems.push(
          ...meetingChangeProblems(storedMeetings, input.meetings, before.checkInOpensMinutesBefore),
        );
      }
      if (input.questions) problems.push(...unknownIdProblems('questions', storedQuestions, input.questions));

      const draft: SessionDraft = { ...session, meetings, questions };
      problems.push(...sessionProblems(draft));
      if (problems.length) throw new BadUserInputError(problems);
      if (session.registrationMode === 'lottery' && !session.lotterySeed)
        Object.assign(session, newLotterySeed());

      await manager.save(session);
      if (input.meetings) await this.replaceMeetings(manager, id, storedMeetings, input.meetings);
      if (input.questions) await this.replaceQuestions(manager, id, storedQuestions, input.questions);
      // Seats freed by a larger capacity go to the waitlist in order, under this same lock, before any
      // newcomer can take them.
      if (session.capacity > before.capacity || session.childcareCapacity > before.childcareCapacity) {
        for (const handler of this.seatsFreedHandlers) await handler(manager, session);
      }
      return session;
    });
  }

  private async replaceMeetings(
    manager: EntityManager,
    sessionId: string,
    stored: MeetingEntity[],
    wanted: MeetingInput[],
  ): Promise<void> {
    const kept = new Set(wanted.filter((m) => m.id).map((m) => m.id as string));
    const removed = stored.filter((m) => !kept.has(m.id)).map((m) => m.id);
    if (removed.length) await manager.delete(MeetingEntity, { id: In(removed) });
    for (const meeting of wanted) {
      if (meeting.id) {
        await manager.update(
          MeetingEntity,
          { id: meeting.id },
          { startsAt: meeting.startsAt, endsAt: meeting.endsAt },
        );
      } else {
        await manager.insert(MeetingEntity, {
          sessionId,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
        });
      }
    }
  }

  private async replaceQuestions(
    manager: EntityManager,
    sessionId: string,
    stored: QuestionEntity[],
    wanted: QuestionInput[],
  ): Promise<void> {
    const kept = new Set(wanted.filter((q) => q.id).map((q) => q.id as string));
    const removed = stored.filter((q) => !kept.has(q.id)).map((q) => q.id);
    if (removed.length) await manager.delete(QuestionEntity, { id: In(removed) });
    await manager.query('UPDATE session_questions SET position = -position WHERE session_id = $1', [
      sessionId,
    ]);
    for (const [i, question] of wanted.entries()) {
      const values = { ...cleanQuestion(question), position: i + 1 };
      if (question.id) await manager.update(QuestionEntity, { id: question.id }, values);
      else await manager.insert(QuestionEntity, { ...values, sessionId });
    }
  }
}

/**
 * Where a lesson's material comes from after a change: a link needs a URL; a file lesson has an uploaded
 * file or a URL, and the one given now replaces the other; other kinds have no file (switching a lesson
 * away from "file" lets its file go).
 */
function lessonSource(
  kind: LessonEntity['kind'],
  current: { url: string | null; fileId: string | null },
  input: { url?: string | null; fileId?: string | null },
): { url: string | null; fileId: string | null } {
  let url = input.url !== undefined ? input.url || null : current.url;
  let fileId = input.fileId !== undefined ? input.fileId || null : current.fileId;
  if (input.fileId && input.url === undefined) url = null;
  if (input.url && input.fileId === undefined) fileId = null;
  if (kind !== 'file' && input.fileId === undefined) fileId = null;
  if (kind !== 'file' && fileId) throw BadUserInputError.field('fileId', 'catalogue.fileOnlyForFileLessons');
  if (kind === 'file' && fileId && url) throw BadUserInputError.field('fileId', 'catalogue.fileOrUrl');
  if (kind === 'file' && !fileId && !url)
    throw BadUserInputError.field('fileId', 'catalogue.fileOrUrlRequired');
  if (kind === 'link' && !url) throw BadUserInputError.field('url', 'catalogue.linkUrlRequired');
  return { url, fileId };
}

function cleanQuestion(q: QuestionInput | QuestionEntity) {
  return {
    kind: q.kind,
    label: q.label,
    choices: q.kind === 'choice' ? (q.choices ?? []) : [],
    required: q.required ?? false,
  };
}

function unknownIdProblems(
  field: string,
  stored: { id: string }[],
  wanted: { id?: string | null }[],
): FieldProblem[] {
  const ids = new Set(stored.map((s) => s.id));
  const seen = new Set<string>();
  return wanted.flatMap((item, i) => {
    if (!item.id) return [];
    const problem = !ids.has(item.id) || seen.has(item.id);
    seen.add(item.id);
    return problem ? [{ field: `${field}.${i}.id`, key: 'catalogue.unknownItem' as const }] : [];
  });
}

/**
 * Once a lottery's registration has opened (in a course that has been published: nobody can apply to a
 * draft, such as a fresh copy) its rules are fixed: applicants' priority tiers were computed under them,
 * and the draw's seed was committed to. Its mode, priorities and opening time cannot change (a session
 * that opened first-come cannot become a lottery either), and its deadline can only move later: closing
 * early would let someone who has seen the applications shut out those who were told they had until the
 * published date.
 */
function lotteryRuleProblems(
  session: SessionEntity,
  input: UpdateSessionInput,
  coursePublishedAt: Date | null,
): FieldProblem[] {
  const lottery = session.registrationMode === 'lottery' || input.registrationMode === 'lottery';
  if (!lottery || !coursePublishedAt || Date.now() < session.registrationOpensAt.getTime()) return [];
  const problems: FieldProblem[] = [];
  const locked = (field: string) => problems.push({ field, key: 'catalogue.lotteryRulesLocked' });
  if (input.registrationMode != null && input.registrationMode !== session.registrationMode)
    locked('registrationMode');
  if (
    input.lotteryPriorities != null &&
    input.lotteryPriorities.join('\n') !== session.lotteryPriorities.join('\n')
  ) {
    locked('lotteryPriorities');
  }
  if (
    input.registrationOpensAt != null &&
    input.registrationOpensAt.getTime() !== session.registrationOpensAt.getTime()
  ) {
    locked('registrationOpensAt');
  }
  if (
    session.registrationMode === 'lottery' &&
    input.registrationClosesAt != null &&
    input.registrationClosesAt.getTime() < session.registrationClosesAt.getTime()
  ) {
    problems.push({ field: 'registrationClosesAt', key: 'catalogue.lotteryDeadlineOnlyLater' });
  }
  return problems;
}

/**
 * Attendance only when it happened. A meeting whose check-in has opened (its start, less the session's
 * window) may carry attendance: it may be neither moved nor removed. A meeting that is added or moved
 * may not start in the past: moving a seminar's dates into the past would let it be marked attended,
 * completed and certified before it took place.
 */
function meetingChangeProblems(
  stored: MeetingEntity[],
  wanted: MeetingInput[],
  checkInOpensMinutesBefore: number,
): FieldProblem[] {
  const problems = unknownIdProblems('meetings', stored, wanted);
  const now = Date.now();
  const byId = new Map(wanted.filter((m) => m.id).map((m) => [m.id as string, m]));
  const unchanged = (meeting: MeetingEntity, next: MeetingInput | undefined) =>
    next !== undefined &&
    next.startsAt.getTime() === meeting.startsAt.getTime() &&
    next.endsAt.getTime() === meeting.endsAt.getTime();
  for (const meeting of stored) {
    if (meeting.startsAt.getTime() - checkInOpensMinutesBefore * 60_000 > now) continue;
    if (!unchanged(meeting, byId.get(meeting.id))) {
      problems.push({ field: 'meetings', key: 'catalogue.pastMeetingLocked' });
    }
  }
  const storedById = new Map(stored.map((m) => [m.id, m]));
  for (const next of wanted) {
    const was = next.id ? storedById.get(next.id) : undefined;
    if (was && unchanged(was, next)) continue;
    if (next.startsAt.getTime() < now) {
      problems.push({ field: 'meetings', key: 'catalogue.meetingInPast' });
      break;
    }
  }
  return problems;
}
