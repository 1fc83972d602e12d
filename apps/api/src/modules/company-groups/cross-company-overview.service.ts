import { Injectable } from '@nestjs/common';
import {
  DEFAULT_MINIMUM_CELL_COUNT,
  fiscalYearOf,
  fiscalYearRange,
  suppressTable,
  type Certification,
} from '@tsunagu/shared/domain';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, ForbiddenError } from '../../core/graphql/errors';
import { CATALOGUE_SESSION_SCHEDULE } from '../catalogue';
import { ENROLMENT_ATTENDANCE_COUNTS, ENROLMENT_PARTICIPANTS } from '../enrolment';
import { COMPANY_GROUP_PEERS, ORGANISATION_DIRECTORY } from '../organisations';
import type { CrossCompanyOverview } from './dto/cross-company-overview.types';

/** Fiscal years the overview may be asked for (a wider range is a typo). */
export const OVERVIEW_YEARS = { min: 2000, max: 2100 } as const;

interface CompanyCounts {
  organisation_id: string;
  company_name: string;
  certifications: Certification[];
  enrolled: number;
  attended: number;
  completed: number;
}

/**
 * The secretariat's cross-company overview (issue 11): per company, how many of its active employees
 * took part in the fiscal year (April–March, Tokyo, by the session's first meeting, else the enrolment's
 * time), each counted once at the furthest stage of any of her enrolments that year: enrolled (not
 * cancelled, no meeting attended yet), attended (a meeting or more, not completed), completed. The
 * stages exclude each other, so a row's total is its participants and the table's equations are true.
 *
 * The companies are the approved ones whose secretariat is her organisation, and the members of the
 * company groups it owns (membership now, through the organisations module's view). Counts only, every
 * employee counted whether or not she shares her participation with her employer: the secretariat is
 * not her employer and sees no person, and the table is passed through `suppressTable` (complementary
 * suppression, totals included), so no shown count is 1–4 and none hidden can be worked out.
 *
 * For the secretariat's staff only: not platform admins (participation is personal data its organisers
 * read, not the platform's operators). Every read is audit-logged.
 */
@Injectable()
export class CrossCompanyOverviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async overview(
    principal: Principal,
    organisationId: string,
    fiscalYear?: number | null,
  ): Promise<CrossCompanyOverview> {
    if (!isUUID(organisationId) || !principal.hasRoleIn(organisationId, ['staff'])) {
      throw new ForbiddenError('companyGroups.overviewStaffOnly');
    }
    const year = fiscalYear ?? fiscalYearOf(new Date());
    if (!Number.isInteger(year) || year < OVERVIEW_YEARS.min || year > OVERVIEW_YEARS.max) {
      throw BadUserInputError.field('fiscalYear', 'companyGroups.fiscalYearInvalid');
    }
    const rows = await this.counts(organisationId, year);
    await this.audit.record({
      actorUserId: principal.userId,
      action: 'company_groups.cross_company_overview_read',
      subjectType: 'organisation',
      subjectId: organisationId,
      metadata: { fiscalYear: year, companies: rows.length },
    });
    const empty = {
      fiscalYear: year,
      companies: [],
      enrolledTotal: 0,
      attendedTotal: 0,
      completedTotal: 0,
      grandTotal: 0,
      minimum: DEFAULT_MINIMUM_CELL_COUNT,
      suppressedCount: 0,
    };
    if (!rows.length) return empty;
    const table = suppressTable(rows.map((r) => [r.enrolled, r.attended, r.completed]));
    return {
      fiscalYear: year,
      companies: rows.map((r, i) => ({
        organisationId: r.organisation_id,
        companyName: r.company_name,
        certifications: r.certifications,
        enrolled: table.cells[i]?.[0] ?? null,
        attended: table.cells[i]?.[1] ?? null,
        completed: table.cells[i]?.[2] ?? null,
        total: table.rowTotals[i] ?? null,
      })),
      enrolledTotal: table.columnTotals[0] ?? null,
      attendedTotal: table.columnTotals[1] ?? null,
      completedTotal: table.columnTotals[2] ?? null,
      grandTotal: table.grandTotal,
      minimum: table.minimum,
      suppressedCount: table.suppressedCount,
    };
  }

  private counts(secretariatId: string, fiscalYear: number): Promise<CompanyCounts[]> {
    const range = fiscalYearRange(fiscalYear);
    return this.dataSource.query(
      `WITH companies AS (
         SELECT cp.organisation_id FROM company_profiles cp
          WHERE cp.status = 'approved'
            AND (cp.secretariat_organisation_id = $1 OR EXISTS (
                 SELECT 1 FROM ${COMPANY_GROUP_PEERS} peers
                  WHERE peers.member_organisation_id = cp.organisation_id AND peers.peer_organisation_id = $1))
       ), stages AS (
         SELECT ce.organisation_id, ep.user_id,
                CASE WHEN bool_or(ep.status = 'completed') THEN 'completed'
                     WHEN bool_or(ac.attended_meetings > 0) THEN 'attended'
                     ELSE 'enrolled' END AS stage
           FROM companies c
           JOIN company_employments ce ON ce.organisation_id = c.organisation_id AND ce.status = 'active'
           JOIN ${ENROLMENT_PARTICIPANTS} ep ON ep.user_id = ce.user_id AND ep.status <> 'cancelled'
           JOIN ${ENROLMENT_ATTENDANCE_COUNTS} ac ON ac.enrolment_id = ep.enrolment_id
           LEFT JOIN ${CATALOGUE_SESSION_SCHEDULE} ss ON ss.session_id = ep.session_id
          WHERE coalesce(ss.first_starts_at, ep.created_at) >= $2::timestamptz
            AND coalesce(ss.first_starts_at, ep.created_at) < $3::timestamptz
          GROUP BY ce.organisation_id, ep.user_id
       )
       SELECT c.organisation_id, o.name AS company_name, o.certifications,
              count(s.user_id) FILTER (WHERE s.stage = 'enrolled')::int AS enrolled,
              count(s.user_id) FILTER (WHERE s.stage = 'attended')::int AS attended,
              count(s.user_id) FILTER (WHERE s.stage = 'completed')::int AS completed
         FROM companies c
         JOIN ${ORGANISATION_DIRECTORY} o ON o.id = c.organisation_id
         LEFT JOIN stages s ON s.organisation_id = c.organisation_id
        GROUP BY c.organisation_id, o.name, o.certifications
        ORDER BY o.name, c.organisation_id`,
      [secretariatId, range.start, range.end],
    ) as Promise<CompanyCounts[]>;
  }
}
