import { Injectable } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { alignByKey, groupByKey, type DataLoaderRegistry } from '../../core/graphql/dataloaders';
import { ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import { CatalogueService, type SessionEntity } from '../catalogue';
import { AttendanceEntity, EnrolmentEntity } from './enrolment.entity';

/** Reads of enrolments and the per-request loaders behind the GraphQL fields. */
@Injectable()
export class EnrolmentReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly catalogue: CatalogueService,
  ) {}

  myEnrolments(principal: Principal): Promise<EnrolmentEntity[]> {
    return this.dataSource
      .getRepository(EnrolmentEntity)
      .find({ where: { userId: principal.userId }, order: { createdAt: 'DESC' } });
  }

  /** May this caller read the enrolment's personal details (children, answers)? */
  async canReadPersonal(
    principal: Principal,
    enrolment: EnrolmentEntity,
    loaders: DataLoaderRegistry,
  ): Promise<boolean> {
    if (enrolment.userId === principal.userId) return true;
    return this.catalogue.isCourseEditor(principal, { sessionId: enrolment.sessionId }, loaders);
  }

  async readPersonal<T>(
    principal: Principal,
    enrolment: EnrolmentEntity,
    loaders: DataLoaderRegistry,
    field: string,
    value: T,
  ): Promise<T> {
    if (!(await this.canReadPersonal(principal, enrolment, loaders))) throw new ForbiddenError();
    await this.audit.record({
      actorUserId: principal.userId,
      action: `enrolment.read_${field}`,
      subjectType: 'enrolment',
      subjectId: enrolment.id,
    });
    return value;
  }

  /** Current rank in the waitlist (1 = next), from the stored ticket numbers. */
  waitlistRank(loaders: DataLoaderRegistry, enrolment: EnrolmentEntity): Promise<number | null> {
    if (enrolment.status !== 'waitlisted') return Promise.resolve(null);
    return loaders
      .get<string, { id: string; rank: number }>('enrolment.waitlistRank', async (ids) =>
        alignByKey(
          ids,
          (await this.dataSource.query(
            `SELECT e.id, 1 + (SELECT count(*) FROM enrolments w WHERE w.session_id = e.session_id AND w.status = 'waitlisted'
                                 AND w.waitlist_position < e.waitlist_position)::int AS rank
               FROM enrolments e WHERE e.id = ANY($1::uuid[])`,
            [[...ids]],
          )) as { id: string; rank: number }[],
          (r) => r.id,
          () => ({ id: '', rank: 0 }),
        ),
      )
      .load(enrolment.id)
      .then((r) => r.rank || null);
  }

  /**
   * How many wait for a seat in the session now (キャンセル待ち). Someone enrolling in a full session
   * (or needing childcare while none is free) would be next after them: the rank is count + 1.
   */
  waitlistCount(loaders: DataLoaderRegistry, sessionId: string): Promise<number> {
    return loaders
      .get<string, number>('enrolment.waitlistCount', async (ids) => {
        const rows = (await this.dataSource.query(
          `SELECT session_id, count(*)::int AS n FROM enrolments
            WHERE session_id = ANY($1::uuid[]) AND status = 'waitlisted' GROUP BY session_id`,
          [[...ids]],
        )) as { session_id: string; n: number }[];
        const bySession = new Map(rows.map((r) => [r.session_id, r.n]));
        return ids.map((id) => bySession.get(id) ?? 0);
      })
      .load(sessionId);
  }

  loadSession(loaders: DataLoaderRegistry, sessionId: string): Promise<SessionEntity> {
    return loaders
      .get<string, SessionEntity>('enrolment.sessionById', async (ids) =>
        alignByKey(
          ids,
          await this.catalogue.sessionsByIds(ids),
          (s) => s.id,
          () => new NotFoundError('enrolment.sessionNotFound'),
        ),
      )
      .load(sessionId);
  }

  attendanceOf(loaders: DataLoaderRegistry, enrolmentId: string): Promise<AttendanceEntity[]> {
    return loaders
      .get<string, AttendanceEntity[]>('enrolment.attendance', async (ids) =>
        groupByKey(
          ids,
          await this.dataSource.getRepository(AttendanceEntity).findBy({ enrolmentId: In([...ids]) }),
          (a) => a.enrolmentId,
        ),
      )
      .load(enrolmentId);
  }

  /**
   * Her enrolment in the session that is not cancelled (there is at most one: a partial unique index),
   * or null. Batched per request: a page of sessions asks for hers in one query.
   */
  async myEnrolmentIn(
    principal: Principal | null,
    sessionId: string,
    loaders: DataLoaderRegistry,
  ): Promise<EnrolmentEntity | null> {
    if (!principal) return null;
    return loaders
      .get<string, EnrolmentEntity | null>(`enrolment.mine:${principal.userId}`, async (sessionIds) => {
        const rows = await this.dataSource.getRepository(EnrolmentEntity).find({
          where: { userId: principal.userId, sessionId: In([...sessionIds]), status: Not('cancelled') },
        });
        const bySession = new Map(rows.map((e) => [e.sessionId, e]));
        return sessionIds.map((id) => bySession.get(id) ?? null);
      })
      .load(sessionId);
  }

  /** Whether she may see the session's join URL: a confirmed participant or an editor. */
  async onlineUrlFor(
    principal: Principal | null,
    session: SessionEntity,
    loaders: DataLoaderRegistry,
  ): Promise<string | null> {
    if (!principal || !session.onlineUrl) return null;
    if (await this.catalogue.isCourseEditor(principal, { sessionId: session.id }, loaders))
      return session.onlineUrl;
    const mine = await this.myEnrolmentIn(principal, session.id, loaders);
    const holdsSeat = mine?.status === 'confirmed' || mine?.status === 'completed';
    return holdsSeat ? session.onlineUrl : null;
  }
}
