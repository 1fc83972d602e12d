import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { preparedQuery } from '../../core/database/prepared-query';
import {
  fullProjection,
  hydrateProjection,
  projectionAt,
  selectProjection,
  type Projection,
} from '../../core/graphql/projection';
import { ORGANISATION_DIRECTORY, OrganisationEntity } from '../organisations';
import { IN_PROVIDER, IN_PROVIDER_COMPANY_GROUP, organisationIdsOf } from './course-visibility';
import { CourseEntity } from './course.entity';
import type { CatalogueEntry, CataloguePage } from './dto/catalogue-entry.type';
import { CatalogueFormat, type CatalogueFilter } from './dto/catalogue-filter.input';
import { SessionEntity } from './session.entity';

function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const DEFAULT_PAGE = 20;

/** The public catalogue: upcoming sessions of published courses she may see, filtered and paged. */
@Injectable()
export class CatalogueQueryService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One page of the catalogue in one SQL statement: sessions with their course, provider, first meeting,
   * number of meetings and the window count. Only the columns the request asks for are read (see core/graphql/projection.ts), the
   * SQL is written here rather than through the query builder, and rows are mapped by hand: building the
   * query and hydrating whole entities dominated the catalogue benchmark. The provider comes from the
   * organisations module's published directory view, whose columns are `OrganisationEntity`'s (the
   * `Organisation` GraphQL type), so its metadata maps the requested fields.
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
    if (f.seatsLeft) where.push('es.seats_left > 0');
    if (f.organisationId) {
      const o = param(f.organisationId);
      where.push(`(c.provider_organisation_id = ${o}
        OR EXISTS (SELECT 1 FROM course_co_organisers co WHERE co.course_id = c.id AND co.organisation_id = ${o}))`);
    }
    const from = `FROM sessions s
      JOIN courses c ON c.id = s.course_id
      JOIN ${ORGANISATION_DIRECTORY} o ON o.id = c.provider_organisation_id
      JOIN enrolment_session_seats es ON es.session_id = s.id
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
              es.seats_left,
              es.childcare_seats_left,
              COUNT(*) OVER () AS total_count,
              ${columns.join(', ')}
       ${from}
       ORDER BY fm.first_at, s.id
       LIMIT ${param(limit)} OFFSET ${param(offset)}`,
      params,
    );
    const items: CatalogueEntry[] = rows.map((row) => ({
      session: Object.assign(hydrateProjection<SessionEntity>(this.dataSource, row, 's', projection.s), {
        seatsRead: { seatsLeft: row.seats_left, childcareSeatsLeft: row.childcare_seats_left },
      }),
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
}
