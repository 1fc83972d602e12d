import { LIMITS } from '@tsunagu/shared/domain';
import { applicationInput, appliedCompany, APPLY, dataOf, DECIDE } from '../../../test/company-fixtures';
import { codes, TestApp, type TestUser } from '../../../test/harness';

const MAX = LIMITS.company.pendingApplicationsPerPerson.max;

/** One person's applications awaiting a decision are limited, under concurrency too. */
describe('company applications per person', () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city', '小美玉市 女性活躍推進事務局');
    staff = await app.user({ roles: [[city, 'staff']] });
  });
  afterAll(() => app.close());

  const pendingOf = async (userId: string): Promise<number> =>
    Number(
      (
        await app.dataSource.query(
          `SELECT count(*)::int AS n FROM company_profiles WHERE applied_by = $1 AND status = 'applied'`,
          [userId],
        )
      )[0].n,
    );
  const apply = (token: string, locale?: 'ja' | 'en') =>
    app.gql<{ applyAsCompany: { organisationId: string } }>(
      APPLY,
      { i: applicationInput(city) },
      { token, locale },
    );

  it(`refuses her application number ${MAX + 1} while ${MAX} await a decision, in her language, and creates nothing`, async () => {
    const hr = await app.user();
    for (let i = 0; i < MAX; i++) await appliedCompany(app, hr.token, city);
    const organisations = await app.dataSource.query(`SELECT count(*)::int AS n FROM organisations`);

    const refused = await apply(hr.token, 'ja');
    expect(codes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.message).toContain('審査待ちの申請');
    expect((await apply(hr.token, 'en')).errors?.[0]?.message).toContain('awaiting a decision');
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM organisations`)).toEqual(organisations);
    expect(await pendingOf(hr.id)).toBe(MAX);

    // Another person is not held back by her applications.
    const other = await app.user();
    expect((await apply(other.token)).errors).toBeUndefined();
  });

  it('lets her apply again once the secretariat has decided one', async () => {
    const hr = await app.user();
    const first = await appliedCompany(app, hr.token, city);
    for (let i = 1; i < MAX; i++) await appliedCompany(app, hr.token, city);
    expect(codes(await apply(hr.token))).toEqual(['CONFLICT']);
    dataOf(
      await app.gql(
        DECIDE,
        { i: { organisationId: first.organisationId, approve: true } },
        { token: staff.token },
      ),
    );
    expect((await apply(hr.token)).errors).toBeUndefined();
    expect(await pendingOf(hr.id)).toBe(MAX);
  });

  it(`lets exactly ${MAX} of ${MAX + 5} applications sent at once through`, async () => {
    const hr = await app.user();
    const results = await Promise.all(Array.from({ length: MAX + 5 }, () => apply(hr.token)));
    expect(results.filter((r) => !r.errors)).toHaveLength(MAX);
    expect(results.filter((r) => r.errors).map((r) => codes(r)[0])).toEqual(Array(5).fill('CONFLICT'));
    expect(await pendingOf(hr.id)).toBe(MAX);
  });
});
