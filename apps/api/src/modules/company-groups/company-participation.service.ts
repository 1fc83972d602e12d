import { Injectable } from '@nestjs/common';
import {
  DEFAULT_MINIMUM_CELL_COUNT,
  fiscalYearOf,
  fiscalYearRange,
  suppressTable,
} from '@tsunagu/shared/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { ForbiddenError } from '../../core/graphql/errors';
import { CATALOGUE_SESSION_COURSES, CATALOGUE_SESSION_SCHEDULE } from '../catalogue';
import { ENROLMENT_ATTENDANCE_COUNTS, ENROLMENT_PARTICIPANTS } from '../enrolment';
import { USER_DIRECTORY } from '../identity';
import { mayManageEmployees } from './company-groups.policies';
import type {
  CompanyParticipation,
  EmployeeParticipation,
  ParticipationCounts,
} from './dto/company-participation.types';

/** Rows an export reads per statement; each chunk checks consent again. */
export const EXPORT_CHUNK_SIZE = 500;

/**
 * What a company sees of its employees' participation (issue 11), for its company admins only.
 *
 * - Rows (enrolments, attended meetings, completion, certificate) only of active employees who share
 *   their participation with it. The consent is joined in the same statement that reads the rows, so a
 *   revocation holds for every read that starts after it commits; an export reads in chunks of its own
 *   statements, so a revocation mid-export drops her remaining rows. Each read is audit-logged, one entry
 *   per employee whose rows were read.
 * - Everyone else only as counts per course (enrolled, completed), suppressed (`suppressTable`). The
 *   counts cover only the employees who do not share: a count over all employees would give, minus the
 *   rows shown, exactly the small cell suppression hides. Counts are employee–course pairs (an employee
 *   counts once per course: completed if any of her enrolments in it is, else enrolled).
 * - Both are for one fiscal year (April–March, Tokyo; the current one unless asked), by the session's
 *   first meeting (else the enrolment's time). Always one whole year, so that two tables never overlap
 *   in part: an all-years table minus one year's would reveal the other years' small cells.
 */
@Injectable()
export class CompanyParticipationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async participation(
    principal: Principal,
    organisationId: string,
    fiscalYear?: number | null,
  ): Promise<CompanyParticipation> {
    this.assertManages(principal, organisationId);
    const year = fiscalYear ?? fiscalYearOf(new Date());
    const employees = await this.rows(organisationId, year, null, null);
    await this.recordRead(principal, organisationId, employees, 'company_groups.participation_read');
    return { employees, others: await this.others(organisationId, year) };
  }

  /**
   * The rows for an export, chunk by chunk (each one statement that checks consent anew), audit-logged
   * per chunk. The access check runs before the first chunk.
   */
  async *exportChunks(
    principal: Principal,
    organisationId: string,
    chunkSize = EXPORT_CHUNK_SIZE,
  ): AsyncGenerator<EmployeeParticipation[]> {
    this.assertManages(principal, organisationId);
    let after: string | null = null;
    for (;;) {
      const chunk = await this.rows(organisationId, null, after, chunkSize);
      if (!chunk.length) return;
      await this.recordRead(principal, organisationId, chunk, 'company_groups.participation_exported');
      yield chunk;
      if (chunk.length < chunkSize) return;
      after = chunk[chunk.length - 1]?.enrolmentId ?? null;
    }
  }

  /** Throws FORBIDDEN unless she is a company admin of it (before any export response starts). */
  assertManages(principal: Principal, organisationId: string): void {
    if (!mayManageEmployees(principal, organisationId))
      throw new ForbiddenError('companyGroups.notYourCompany');
  }

  private async rows(
    organisationId: string,
    fiscalYear: number | null,
    afterEnrolmentId: string | null,
    limit: number | null,
  ): Promise<EmployeeParticipation[]> {
    const range = fiscalYear === null ? null : fiscalYearRange(fiscalYear);
    const rows = (await this.dataSource.query(
      `SELECT ep.enrolment_id AS "enrolmentId", ep.user_id AS "userId", u.family_name AS "familyName",
              u.given_name AS "givenName", ep.session_id AS "sessionId", sc.course_title AS "courseTitle",
              ss.first_starts_at AS "startsAt", ep.status, ac.attended_meetings AS "attendedMeetings",
              ep.status = 'completed' AS completed, ac.certificate_issued_at AS "certificateIssuedAt"
         FROM company_employments ce
         JOIN company_participation_consents cc
           ON cc.organisation_id = ce.organisation_id AND cc.user_id = ce.user_id AND cc.shares_participation
         JOIN ${ENROLMENT_PARTICIPANTS} ep ON ep.user_id = ce.user_id
         JOIN ${ENROLMENT_ATTENDANCE_COUNTS} ac ON ac.enrolment_id = ep.enrolment_id
         JOIN ${USER_DIRECTORY} u ON u.id = ce.user_id
         JOIN ${CATALOGUE_SESSION_COURSES} sc ON sc.session_id = ep.session_id
         LEFT JOIN ${CATALOGUE_SESSION_SCHEDULE} ss ON ss.session_id = ep.session_id
        WHERE ce.organisation_id = $1 AND ce.status = 'active'
          AND ($2::timestamptz IS NULL OR coalesce(ss.first_starts_at, ep.created_at) >= $2::timestamptz)
          AND ($3::timestamptz IS NULL OR coalesce(ss.first_starts_at, ep.created_at) < $3::timestamptz)
          AND ($4::uuid IS NULL OR ep.enrolment_id > $4::uuid)
        ORDER BY ep.enrolment_id
        LIMIT $5`,
      [organisationId, range?.start ?? null, range?.end ?? null, afterEnrolmentId, limit],
    )) as EmployeeParticipation[];
    return rows;
  }

  private async others(organisationId: string, fiscalYear: number): Promise<ParticipationCounts> {
    const range = fiscalYearRange(fiscalYear);
    const rows = (await this.dataSource.query(
      `SELECT sc.course_id, min(sc.course_title) AS course_title,
              count(*) FILTER (WHERE NOT p.completed)::int AS enrolled,
              count(*) FILTER (WHERE p.completed)::int AS completed
         FROM (SELECT ep.user_id, sc.course_id, bool_or(ep.status = 'completed') AS completed
                 FROM company_employments ce
                 LEFT JOIN company_participation_consents cc
                   ON cc.organisation_id = ce.organisation_id AND cc.user_id = ce.user_id
                 JOIN ${ENROLMENT_PARTICIPANTS} ep ON ep.user_id = ce.user_id AND ep.status <> 'cancelled'
                 JOIN ${CATALOGUE_SESSION_COURSES} sc ON sc.session_id = ep.session_id
                 LEFT JOIN ${CATALOGUE_SESSION_SCHEDULE} ss ON ss.session_id = ep.session_id
                WHERE ce.organisation_id = $1 AND ce.status = 'active' AND NOT coalesce(cc.shares_participation, false)
                  AND ($2::timestamptz IS NULL OR coalesce(ss.first_starts_at, ep.created_at) >= $2::timestamptz)
                  AND ($3::timestamptz IS NULL OR coalesce(ss.first_starts_at, ep.created_at) < $3::timestamptz)
                GROUP BY ep.user_id, sc.course_id) p
         JOIN ${CATALOGUE_SESSION_COURSES} sc ON sc.course_id = p.course_id
        GROUP BY sc.course_id
        ORDER BY min(sc.course_title), sc.course_id`,
      [organisationId, range.start, range.end],
    )) as { course_id: string; course_title: string; enrolled: number; completed: number }[];
    if (!rows.length)
      return {
        courses: [],
        enrolledTotal: 0,
        completedTotal: 0,
        grandTotal: 0,
        minimum: DEFAULT_MINIMUM_CELL_COUNT,
        suppressedCount: 0,
      };
    const table = suppressTable(rows.map((r) => [r.enrolled, r.completed]));
    return {
      courses: rows.map((r, i) => ({
        courseId: r.course_id,
        courseTitle: r.course_title,
        enrolled: table.cells[i]?.[0] ?? null,
        completed: table.cells[i]?.[1] ?? null,
        total: table.rowTotals[i] ?? null,
      })),
      enrolledTotal: table.columnTotals[0] ?? null,
      completedTotal: table.columnTotals[1] ?? null,
      grandTotal: table.grandTotal,
      minimum: table.minimum,
      suppressedCount: table.suppressedCount,
    };
  }

  private async recordRead(
    principal: Principal,
    organisationId: string,
    rows: readonly EmployeeParticipation[],
    action: string,
  ): Promise<void> {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.userId, (counts.get(row.userId) ?? 0) + 1);
    if (!counts.size) return;
    await this.dataSource.transaction(async (manager) => {
      for (const [userId, enrolments] of counts)
        await this.audit.record(
          {
            actorUserId: principal.userId,
            action,
            subjectType: 'user',
            subjectId: userId,
            metadata: { organisationId, enrolments },
          },
          manager,
        );
    });
  }
}
