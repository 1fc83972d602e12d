import { fiscalYearOf, isDetermined, type PublishedTable } from '@tsunagu/shared/domain';
import { companyRow, dataOf } from '../../../test/company-fixtures';
import { employmentRow, enrolIn } from '../../../test/employee-fixtures';
import { codes, TestApp, type TestUser } from '../../../test/harness';
import { CrossCompanyOverviewService } from './cross-company-overview.service';

const OVERVIEW = `query($o: ID!, $y: Int) { crossCompanyOverview(organisationId: $o, fiscalYear: $y) {
  fiscalYear companies { organisationId companyName certifications enrolled attended completed total }
  enrolledTotal attendedTotal completedTotal grandTotal minimum suppressedCount } }`;

interface Overview {
  fiscalYear: number;
  companies: {
    organisationId: string;
    companyName: string;
    certifications: string[];
    enrolled: number | null;
    attended: number | null;
    completed: number | null;
    total: number | null;
  }[];
  enrolledTotal: number | null;
  attendedTotal: number | null;
  completedTotal: number | null;
  grandTotal: number | null;
  minimum: number;
  suppressedCount: number;
}

/** The overview as the table `suppressTable` published (rows = companies, columns = the three stages). */
function tableOf(o: Overview): PublishedTable {
  return {
    cells: o.companies.map((c) => [c.enrolled, c.attended, c.completed]),
    rowTotals: o.companies.map((c) => c.total),
    columnTotals: [o.enrolledTotal, o.attendedTotal, o.completedTotal],
    grandTotal: o.grandTotal,
  };
}

describe(CrossCompanyOverviewService.name, () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;
  let sessionId: string;
  const companies: Record<'large' | 'small' | 'idle', string> = { large: '', small: '', idle: '' };
  let elsewhere: string;

  /** `n` employees of the company, each enrolled in the session; returns their enrolment ids. */
  async function employeesEnrolled(organisationId: string, n: number): Promise<string[]> {
    return Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const learner = await app.user();
        await employmentRow(app, organisationId, learner.id, { shares: i % 2 === 0 });
        return enrolIn(app, learner, sessionId);
      }),
    );
  }

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
    const otherCity = await app.organisation('city');
    companies.large = await companyRow(app, city);
    companies.small = await companyRow(app, city);
    companies.idle = await companyRow(app, city);
    elsewhere = await companyRow(app, otherCity);
    await app.dataSource.query(`UPDATE organisations SET certifications = '{kurumin}' WHERE id = $1`, [
      companies.large,
    ]);
    const courseId = await app.course(staff.token, {
      providerOrganisationId: city,
      title: '女性リーダー育成講座',
    });
    sessionId = await app.session(staff.token, courseId, { capacity: 30 }, { startsInDays: 10 });
    // large: 9 enrolled, of whom 5 completed and 1 attended a meeting; small: 2 enrolled.
    const large = await employeesEnrolled(companies.large, 9);
    await app.dataSource.query(
      `UPDATE enrolments SET status = 'completed', completed_at = now() WHERE id = ANY($1::uuid[])`,
      [large.slice(0, 5)],
    );
    await app.dataSource.query(
      `INSERT INTO attendance (enrolment_id, meeting_id, status)
       SELECT $1, m.id, 'attended' FROM session_meetings m WHERE m.session_id = $2 LIMIT 1`,
      [large[5], sessionId],
    );
    await employeesEnrolled(companies.small, 2);
    await employeesEnrolled(elsewhere, 6);
    // Neither an ended employee nor a cancelled place counts.
    const former = await app.user();
    await employmentRow(app, companies.small, former.id, { status: 'ended' });
    await enrolIn(app, former, sessionId);
  }, 120_000);
  afterAll(() => app.close());

  const overview = async (token = staff.token, fiscalYear?: number) =>
    dataOf(await app.gql<{ crossCompanyOverview: Overview }>(OVERVIEW, { o: city, y: fiscalYear }, { token }))
      .crossCompanyOverview;

  it("counts each company's employees once at their furthest stage, for the secretariat's companies only", async () => {
    const o = await overview();
    expect(o.fiscalYear).toBe(fiscalYearOf(new Date()));
    const ids = o.companies.map((c) => c.organisationId);
    expect(ids).toEqual(expect.arrayContaining(Object.values(companies)));
    expect(ids).not.toContain(elsewhere);
    const large = o.companies.find((c) => c.organisationId === companies.large);
    expect(large).toMatchObject({ certifications: ['kurumin'], completed: 5 });
    // 9 took part: 3 enrolled, 1 attended (hidden: fewer than 5), 5 completed.
    expect(large?.attended).toBeNull();
    expect(o.companies.find((c) => c.organisationId === companies.idle)).toMatchObject({
      enrolled: 0,
      attended: 0,
      completed: 0,
      total: 0,
    });
  });

  it('never shows a count under 5, and no hidden count can be worked out from the shown ones', async () => {
    const o = await overview();
    const table = tableOf(o);
    const shown = [...table.cells.flat(), ...table.rowTotals, ...table.columnTotals, table.grandTotal];
    expect(shown.filter((v) => v !== null && v > 0 && v < o.minimum)).toEqual([]);
    expect(o.minimum).toBe(5);
    expect(o.suppressedCount).toBe(shown.filter((v) => v === null).length);
    expect(o.suppressedCount).toBeGreaterThan(0);
    const positions = [
      ...table.cells.flatMap((row, r) => row.map((_, c) => ({ row: r, column: c as number | 'total' }))),
      ...table.rowTotals.map((_, r) => ({ row: r as number | 'total', column: 'total' as const })),
      ...table.columnTotals.map((_, c) => ({ row: 'total' as const, column: c as number | 'total' })),
      { row: 'total' as const, column: 'total' as const },
    ];
    const hidden = positions.filter((p) => {
      const value =
        p.row === 'total'
          ? p.column === 'total'
            ? table.grandTotal
            : table.columnTotals[p.column]
          : p.column === 'total'
            ? table.rowTotals[p.row]
            : table.cells[p.row]?.[p.column];
      return value === null;
    });
    expect(hidden.length).toBe(o.suppressedCount);
    for (const position of hidden) expect(isDetermined(table, position)).toBe(false);
  });

  it('records each read in the audit log', async () => {
    await overview();
    const rows = (await app.dataSource.query(
      `SELECT actor_user_id, metadata FROM audit_log
        WHERE action = 'company_groups.cross_company_overview_read' AND subject_id = $1`,
      [city],
    )) as { actor_user_id: string; metadata: { fiscalYear: number } }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({
      actor_user_id: staff.id,
      metadata: { fiscalYear: fiscalYearOf(new Date()) },
    });
  });

  it('refuses a fiscal year out of range, and another year has nobody in it', async () => {
    const bad = await app.gql(OVERVIEW, { o: city, y: 99999 }, { token: staff.token });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(bad.errors)).toContain('年度は2000〜2100');
    const lastYear = await overview(staff.token, fiscalYearOf(new Date()) - 1);
    expect(lastYear.grandTotal).toBe(0);
  });

  it("refuses a platform admin (participation is not the operators') with a localized message", async () => {
    const admin = await app.user({ roles: [[await app.organisation('city'), 'admin']] });
    const asAdmin = await app.gql(OVERVIEW, { o: city }, { token: admin.token });
    expect(codes(asAdmin)).toEqual(['FORBIDDEN']);
    expect(asAdmin.errors?.[0]?.message).toBe('企業別の参加状況を見られるのは、その事務局の担当者だけです。');
  });
});
