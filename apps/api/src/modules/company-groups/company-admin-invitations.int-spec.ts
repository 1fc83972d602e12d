import { applicationInput, dataOf } from '../../../test/company-fixtures';
import { codes, TestApp, type TestUser } from '../../../test/harness';

/** inviteCompanyAdmin: a secretariat's staff invite a company admin (company-applications.service.ts). */
describe('inviteCompanyAdmin', () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;
  let otherStaff: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city', '小美玉市 女性活躍推進事務局');
    const otherCity = await app.organisation('city', '石岡市');
    staff = await app.user({ roles: [[city, 'staff']] });
    otherStaff = await app.user({ roles: [[otherCity, 'staff']] });
  });
  afterAll(() => app.close());

  it('lets its secretariat’s staff invite the first admin of a company they registered, and nobody else', async () => {
    const REGISTER = `mutation($i: CompanyRegistrationInput!) { registerCompany(input: $i) { organisationId } }`;
    const INVITE = `mutation($i: InviteCompanyAdminInput!) { inviteCompanyAdmin(input: $i) {
      token acceptUrl invitation { role email organisation { id } } } }`;
    const { organisationId } = dataOf(
      await app.gql<{ registerCompany: { organisationId: string } }>(
        REGISTER,
        { i: applicationInput(city) },
        { token: staff.token },
      ),
    ).registerCompany;
    const invitations = () =>
      app.dataSource.query('SELECT role FROM invitations WHERE organisation_id = $1', [organisationId]);
    const refused = await app.gql(
      INVITE,
      { i: { organisationId, email: 'hr@example.jp' } },
      { token: otherStaff.token, locale: 'en' },
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toBe(
      'Only staff of the secretariat the company belongs to can invite its admins.',
    );
    const malformed = await app.gql(
      INVITE,
      { i: { organisationId, email: 'not-an-address' } },
      { token: staff.token },
    );
    expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(await invitations()).toEqual([]);

    const invited = dataOf(
      await app.gql<{
        inviteCompanyAdmin: { token: string; acceptUrl: string; invitation: { role: string } };
      }>(INVITE, { i: { organisationId, email: 'HR@Example.jp ' } }, { token: staff.token }),
    ).inviteCompanyAdmin;
    expect(invited.invitation).toEqual({
      role: 'company_admin',
      email: 'hr@example.jp',
      organisation: { id: organisationId },
    });
    expect(invited.acceptUrl).toContain('/sign-up?invitation=');
    const hr = await app.user({ email: 'hr@example.jp' });
    expect(
      codes(
        await app.gql(
          'mutation($t: String!) { acceptInvitation(token: $t) { role } }',
          { t: invited.token },
          { token: hr.token },
        ),
      ),
    ).toEqual([]);
    const [role] = await app.dataSource.query(
      'SELECT role FROM memberships WHERE organisation_id = $1 AND user_id = $2',
      [organisationId, hr.id],
    );
    expect(role).toEqual({ role: 'company_admin' });

    // An application still to decide gets its admin from the application itself: CONFLICT, nothing written.
    const applicant = await app.user();
    const applied = await app.gql<{ applyAsCompany: { organisationId: string } }>(
      `mutation($i: CompanyApplicationInput!) { applyAsCompany(input: $i) { organisationId } }`,
      { i: applicationInput(city) },
      { token: applicant.token },
    );
    const pendingId = dataOf(applied).applyAsCompany.organisationId;
    const early = await app.gql(
      INVITE,
      { i: { organisationId: pendingId, email: 'x@example.jp' } },
      { token: staff.token },
    );
    expect(codes(early)).toEqual(['CONFLICT']);
    expect(
      await app.dataSource.query('SELECT 1 FROM invitations WHERE organisation_id = $1', [pendingId]),
    ).toEqual([]);
  });
});
