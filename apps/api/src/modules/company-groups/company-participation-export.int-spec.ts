import ExcelJS from 'exceljs';
import {
  companyWithAdmin,
  courseSession,
  enrolIn,
  linkedEmployee,
  SET_CONSENT,
} from '../../../test/employee-fixtures';
import { codes, TestApp, type TestUser } from '../../../test/harness';
import { Principal } from '../../core/auth/principal';
import { CompanyParticipationService } from './company-participation.service';

describe(CompanyParticipationService.name, () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;
  let company: { id: string; admin: TestUser };
  let learner: TestUser;
  let enrolments: string[];

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
    company = await companyWithAdmin(app, city);
    learner = await app.user();
    await linkedEmployee(app, company.id, company.admin, learner);
    enrolments = [];
    for (const title of ['講座一', '講座二', '講座三'])
      enrolments.push(await enrolIn(app, learner, await courseSession(app, staff, city, title)));
  });
  afterAll(() => app.close());

  const share = async (value: boolean) =>
    expect(
      codes(
        await app.gql(
          SET_CONSENT,
          { i: { organisationId: company.id, sharesParticipation: value } },
          { token: learner.token },
        ),
      ),
    ).toEqual([]);
  const get = (path: string, token?: string) =>
    fetch(app.url.replace(/\/graphql$/, path), {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('exports consenting employees as CSV for the company admin only', async () => {
    await share(true);
    const path = `/api/companies/${company.id}/participation.csv`;
    const allowed = await get(path, company.admin.token);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('content-type')).toContain('text/csv');
    const text = await allowed.text();
    expect(text.split('\r\n').filter((l) => l.includes('試験 花子'))).toHaveLength(3);
    const otherAdmin = (await companyWithAdmin(app, city)).admin;
    expect((await get(path, otherAdmin.token)).status).toBe(403);
    expect((await get(path)).status).toBe(401);
    await share(false);
    expect(await (await get(path, company.admin.token)).text()).not.toContain('試験 花子');
  });

  /** A CSV's rows as cells (its byte-order mark gone; no cell here needs quoting). */
  const csvTable = (text: string) =>
    text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((line) => line !== '')
      .map((line) => line.split(','));
  const xlsxTable = async (response: Response) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const rows: string[][] = [];
    workbook.worksheets[0]?.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let i = 1; i <= row.cellCount; i++) cells.push(String(row.getCell(i).value ?? ''));
      rows.push(cells);
    });
    // A row's empty trailing cells are not stored: pad to the header's width, as the CSV has them.
    const width = rows[0]?.length ?? 0;
    return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  };

  it('exports the same rows as Excel, without a revoked employee, for the company admin only', async () => {
    await share(true);
    const path = `/api/companies/${company.id}/participation.xlsx`;
    const csv = csvTable(await (await get(path.replace(/xlsx$/, 'csv'), company.admin.token)).text());
    const allowed = await get(path, company.admin.token);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('content-type')).toContain('spreadsheetml');
    const rows = await xlsxTable(allowed);
    expect(rows).toEqual(csv);
    expect(rows.filter((r) => r[0] === '試験 花子')).toHaveLength(3);
    expect(rows[1]?.[4]).toBe('0');

    const otherAdmin = (await companyWithAdmin(app, city)).admin;
    expect((await get(path, otherAdmin.token)).status).toBe(403);
    expect((await get(path, learner.token)).status).toBe(403);
    expect((await get(path)).status).toBe(401);

    await share(false);
    const after = await xlsxTable(await get(path, company.admin.token));
    expect(after).toEqual([csv[0]]);
  });

  it('drops her remaining rows from an export already running when she revokes', async () => {
    await share(true);
    const service = app.app.get(CompanyParticipationService);
    const admin = new Principal(company.admin.id, 'spec', company.admin.email, 'ja', [
      { organisationId: company.id, role: 'company_admin' },
    ]);
    const chunks = service.exportChunks(admin, company.id, 1);
    const first = await chunks.next();
    expect(first.done).toBe(false);
    expect(first.value).toHaveLength(1);
    await share(false); // committed before the next chunk is read
    const rest: unknown[] = [];
    for await (const chunk of chunks) rest.push(...chunk);
    expect(rest).toEqual([]);
    expect(enrolments).toContain((first.value as { enrolmentId: string }[])[0]?.enrolmentId);
    const exported = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'company_groups.participation_exported' AND subject_id = $1`,
      [learner.id],
    )) as { n: number }[];
    expect(exported[0]?.n).toBeGreaterThanOrEqual(2); // the earlier CSV's chunk and this one
  });
});
