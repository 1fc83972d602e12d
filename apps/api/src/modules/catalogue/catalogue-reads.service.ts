import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { alignByKey, groupByKey, type DataLoaderRegistry } from '../../core/graphql/dataloaders';
import { NotFoundError } from '../../core/graphql/errors';
import { CatalogueAccessService } from './catalogue-access.service';
import { CO_ORGANISER_EDITOR_ROLES, PROVIDER_EDITOR_ROLES } from './catalogue.policies';
import { coOrganiserIdsOf } from './course-organisers';
import { CourseEntity } from './course.entity';
import type { CourseProgress } from './dto/catalogue-entry.type';
import { LessonEntity, LessonProgressEntity } from './lesson.entity';
import { renderMarkdown } from './markdown';
import { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';

/** The course facts the enrolment module needs with a session (`sessionWithCourse`). */
export type SessionCourse = Pick<
  CourseEntity,
  'id' | 'providerOrganisationId' | 'status' | 'visibility' | 'title'
>;

/** Reads of single courses and sessions, and the fields of courses and sessions (batched per request). */
@Injectable()
export class CatalogueReadsService {
  constructor(
    @InjectRepository(CourseEntity) private readonly courses: Repository<CourseEntity>,
    @InjectRepository(LessonEntity) private readonly lessons: Repository<LessonEntity>,
    @InjectRepository(LessonProgressEntity) private readonly progress: Repository<LessonProgressEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    @InjectRepository(QuestionEntity) private readonly questions: Repository<QuestionEntity>,
    private readonly dataSource: DataSource,
    private readonly access: CatalogueAccessService,
  ) {}

  async course(principal: Principal | null, id: string): Promise<CourseEntity> {
    return this.access.visibleCourse(principal, id);
  }

  async session(principal: Principal | null, id: string): Promise<SessionEntity> {
    return this.access.visibleSession(principal, id);
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

  /** The course's co-organisers, in the order they were named. */
  coOrganiserIds(course: CourseEntity, loaders?: DataLoaderRegistry): Promise<string[]> {
    return coOrganiserIdsOf(this.dataSource, course.id, loaders);
  }

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
    return (await this.access.isCourseEditor(principal, course, loaders))
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

  async seatsLeft(loaders: DataLoaderRegistry, session: SessionEntity): Promise<number> {
    return session.seatsRead?.seatsLeft ?? (await this.seatsTaken(loaders, session.id)).seats_left;
  }

  async childcareSeatsLeft(loaders: DataLoaderRegistry, session: SessionEntity): Promise<number> {
    return (
      session.seatsRead?.childcareSeatsLeft ??
      (await this.seatsTaken(loaders, session.id)).childcare_seats_left
    );
  }

  /** Seats left per session, batched per request, from the enrolment module's view. */
  private seatsTaken(
    loaders: DataLoaderRegistry,
    sessionId: string,
  ): Promise<{ seats_left: number; childcare_seats_left: number }> {
    return loaders
      .get<string, { seats_left: number; childcare_seats_left: number }>(
        'catalogue.seatsTaken',
        async (ids) => {
          const rows = (await this.dataSource.query(
            `SELECT session_id, seats_left, childcare_seats_left FROM enrolment_session_seats
            WHERE session_id = ANY($1::uuid[])`,
            [[...ids]],
          )) as { session_id: string; seats_left: number; childcare_seats_left: number }[];
          const bySession = new Map(rows.map((r) => [r.session_id, r]));
          return ids.map((id) => bySession.get(id) ?? { seats_left: 0, childcare_seats_left: 0 });
        },
      )
      .load(sessionId);
  }

  /** The session's meetings, unordered; in the caller's transaction when given its manager. */
  sessionMeetings(
    sessionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MeetingEntity[]> {
    return manager.find(MeetingEntity, { where: { sessionId } });
  }

  /** The session's questions in their order. */
  sessionQuestions(sessionId: string): Promise<QuestionEntity[]> {
    return this.questions.find({ where: { sessionId }, order: { position: 'ASC' } });
  }

  /** The sessions of these ids that exist (no visibility check: for ids already checked). */
  sessionsByIds(ids: readonly string[]): Promise<SessionEntity[]> {
    return this.sessions.findBy({ id: In([...ids]) });
  }

  /** The session, or null, in the caller's transaction. */
  findSession(manager: EntityManager, sessionId: string): Promise<SessionEntity | null> {
    return manager.findOneBy(SessionEntity, { id: sessionId });
  }

  /**
   * The session and its course's facts, read with the caller's manager (inside its transaction, after
   * any lock it holds, so a change committed while it waited is seen). Fails when the session is gone.
   */
  async sessionWithCourse(
    manager: EntityManager,
    sessionId: string,
  ): Promise<{ session: SessionEntity; course: SessionCourse }> {
    const session = await manager.findOneByOrFail(SessionEntity, { id: sessionId });
    const course = await manager.findOneOrFail(CourseEntity, {
      where: { id: session.courseId },
      select: { id: true, providerOrganisationId: true, status: true, visibility: true, title: true },
    });
    return { session, course };
  }

  /**
   * Scheduled lottery sessions whose draw time has passed and which are not drawn yet. Only lotteries of
   * published courses: a draft (a copy for next year, say) is never drawn empty.
   */
  async dueLotterySessionIds(): Promise<string[]> {
    const due = (await this.dataSource.query(
      `SELECT s.id FROM sessions s JOIN courses c ON c.id = s.course_id
        WHERE s.registration_mode = 'lottery' AND s.drawn_at IS NULL AND s.status = 'scheduled'
          AND s.draw_at <= now() AND c.status = 'published'`,
    )) as { id: string }[];
    return due.map((row) => row.id);
  }

  renderMarkdown(source: string): string {
    return renderMarkdown(source);
  }
}
