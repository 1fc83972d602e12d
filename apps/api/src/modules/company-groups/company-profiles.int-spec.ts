import {
  applicationInput,
  appliedCompany,
  APPLY,
  corporateNumber,
  dataOf,
  DECIDE,
  PROFILE,
  withWrongCheckDigit,
} from '../../../test/company-fixtures';
import { codes, TestApp, type TestUser } from '../../../test/harness';
import { CompanyApplicationsService } from './company-applications.service';

const PROFILE_QUERY = `query($o: ID!) { companyProfile(organisationId: $o) { ${PROFILE} } }`;
const PRIVATE_QUERY = `query($o: ID!) { companyProfile(organisationId: $o) {
  name contacts { name email } declineReason appliedAt appliedBy { id } decidedBy { id } decidedAt } }`;
const APPLICATIONS = `query($s: CompanyStatus) { companyApplications(status: $s) { organisationId status } }`;
const MINE = '{ myCompanies { organisationId status } }';

describe(CompanyApplicationsService.name, () => {
  let app: TestApp;
  let city: string;
  let otherCity: string;
  let staff: TestUser;
  let otherStaff: TestUser;
  let learner: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city', '小美玉市 女性活躍推進事務局');
    otherCity = await app.organisation('city', '石岡市');
    staff = await app.user({ roles: [[city, 'staff']] });
    otherStaff = await app.user({ roles: [[otherCity, 'staff']] });
    learner = await app.user({ roles: [[city, 'learner']] });
  });
  afterAll(() => app.close());

  const count = async (table: string): Promise<number> =>
    Number((await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const counts = async () => ({
    organisations: await count('organisations'),
    profiles: await count('company_profiles'),
    contacts: await count('company_contacts'),
    memberships: await count('memberships'),
  });
  const decide = (token: string, organisationId: string, approve: boolean, reason?: string) =>
    app.gql<{ decideCompanyApplication: { status: string } }>(
      DECIDE,
      { i: { organisationId, approve, reason } },
      { token },
    );

  it('lets her apply and makes her its company admin: she sees it, another learner does not', async () => {
    const hr = await app.user();
    const applied = await appliedCompany(app, hr.token, city, { name: ' 株式会社ひたちなか工業 ' });
    expect(applied).toMatchObject({
      name: '株式会社ひたちなか工業',
      status: 'applied',
      sizeBand: 'size_100_299',
    });

    const own = await app.gql(PRIVATE_QUERY, { o: applied.organisationId }, { token: hr.token });
    expect(own.errors).toBeUndefined();
    expect(own.data).toMatchObject({
      companyProfile: { contacts: [{ name: '佐藤 由美' }], declineReason: null, appliedBy: { id: hr.id } },
    });
    expect(dataOf(await app.gql(MINE, {}, { token: hr.token }))).toEqual({
      myCompanies: [{ organisationId: applied.organisationId, status: 'applied' }],
    });
    const roles = await app.dataSource.query(
      'SELECT role FROM memberships WHERE user_id = $1 AND organisation_id = $2',
      [hr.id, applied.organisationId],
    );
    expect(roles).toEqual([{ role: 'company_admin' }]);

    const unseen = await app.gql(PROFILE_QUERY, { o: applied.organisationId }, { token: learner.token });
    expect(codes(unseen)).toEqual(['NOT_FOUND']);
    expect(dataOf(await app.gql(MINE, {}, { token: learner.token }))).toEqual({ myCompanies: [] });
  });

  it('lists applications for the secretariat’s staff only, oldest first; they approve, another city may not', async () => {
    const first = await appliedCompany(app, (await app.user()).token, city);
    const second = await appliedCompany(app, (await app.user()).token, city);
    const listed = dataOf(
      await app.gql<{ companyApplications: { organisationId: string }[] }>(
        APPLICATIONS,
        { s: 'applied' },
        { token: staff.token },
      ),
    ).companyApplications.map((p) => p.organisationId);
    expect(listed.indexOf(first.organisationId)).toBeLessThan(listed.indexOf(second.organisationId));
    const elsewhere = dataOf(
      await app.gql<{ companyApplications: { organisationId: string }[] }>(
        APPLICATIONS,
        {},
        { token: otherStaff.token },
      ),
    ).companyApplications;
    expect(elsewhere).toEqual([]);

    const refused = await decide(otherStaff.token, first.organisationId, true);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(dataOf(await decide(staff.token, first.organisationId, true))).toEqual({
      decideCompanyApplication: { status: 'approved' },
    });
    // Approved: any signed-in user sees its public facts, but not its contacts (FORBIDDEN on that field).
    const seen = await app.gql<{ companyProfile: Record<string, unknown> }>(
      `query($o: ID!) { companyProfile(organisationId: $o) { name corporateNumber contacts { name } } }`,
      { o: first.organisationId },
      { token: learner.token },
    );
    expect(seen.data?.companyProfile).toEqual({
      name: '株式会社つくば精密',
      corporateNumber: first.corporateNumber,
      contacts: null,
    });
    expect(codes(seen)).toEqual(['FORBIDDEN']);
    // Its company page is public: anyone reads the same facts, with its certifications; never its contacts.
    const anonymous = await app.gql<{ companyProfile: Record<string, unknown> }>(
      `query($o: ID!) { companyProfile(organisationId: $o) {
        name corporateNumber logoUrl organisation { name } certifications { kind } contacts { name } } }`,
      { o: first.organisationId },
    );
    expect(anonymous.data?.companyProfile).toEqual({
      name: '株式会社つくば精密',
      corporateNumber: first.corporateNumber,
      logoUrl: null,
      organisation: { name: '株式会社つくば精密' },
      certifications: [],
      contacts: null,
    });
    expect(codes(anonymous)).toHaveLength(1);
    const detail = await app.gql(PRIVATE_QUERY, { o: first.organisationId }, { token: staff.token });
    expect(detail.data).toMatchObject({
      companyProfile: { decidedBy: { id: staff.id }, contacts: [{ name: '佐藤 由美' }] },
    });

    const again = await decide(staff.token, first.organisationId, false, '重複');
    expect(codes(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0]?.message).toBe('この申請は既に審査済みです。');
  });

  it('needs a reason to decline; the admin reads it, corrects the profile and applies again', async () => {
    const hr = await app.user();
    const applied = await appliedCompany(app, hr.token, city);
    const noReason = await decide(staff.token, applied.organisationId, false, '   ');
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(noReason.errors?.[0]?.extensions?.fields).toEqual({
      reason: '承認しない理由を入力してください。',
    });
    expect(
      dataOf(await decide(staff.token, applied.organisationId, false, '法人番号の確認が取れませんでした')),
    ).toEqual({ decideCompanyApplication: { status: 'declined' } });

    const own = await app.gql(PRIVATE_QUERY, { o: applied.organisationId }, { token: hr.token });
    expect(own.data).toMatchObject({ companyProfile: { declineReason: '法人番号の確認が取れませんでした' } });
    const updated = await app.gql(
      `mutation($i: UpdateCompanyProfileInput!) { updateCompanyProfile(input: $i) { name nameKana website status } }`,
      { i: { organisationId: applied.organisationId, name: '株式会社つくば精密工業', website: null } },
      { token: hr.token },
    );
    expect(dataOf(updated)).toEqual({
      updateCompanyProfile: {
        name: '株式会社つくば精密工業',
        nameKana: 'ツクバセイミツ',
        website: null,
        status: 'declined',
      },
    });
    const RESUBMIT =
      'mutation($o: ID!) { resubmitCompanyApplication(organisationId: $o) { status declineReason } }';
    expect(dataOf(await app.gql(RESUBMIT, { o: applied.organisationId }, { token: hr.token }))).toEqual({
      resubmitCompanyApplication: { status: 'applied', declineReason: null },
    });
    expect(codes(await app.gql(RESUBMIT, { o: applied.organisationId }, { token: hr.token }))).toEqual([
      'CONFLICT',
    ]);
  });

  it('lets a secretariat’s staff register a company, approved at once, without a membership', async () => {
    const REGISTER = `mutation($i: CompanyRegistrationInput!) { registerCompany(input: $i) { organisationId status } }`;
    const input = applicationInput(city);
    const refused = await app.gql(REGISTER, { i: input }, { token: otherStaff.token });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    const registered = dataOf(
      await app.gql<{ registerCompany: { organisationId: string; status: string } }>(
        REGISTER,
        { i: input },
        { token: staff.token },
      ),
    ).registerCompany;
    expect(registered.status).toBe('approved');
    const members = await app.dataSource.query('SELECT 1 FROM memberships WHERE organisation_id = $1', [
      registered.organisationId,
    ]);
    expect(members).toEqual([]);
  });

  it('refuses a secretariat that is not a city, prefecture or national agency', async () => {
    const company = await app.organisation('partner_company');
    const result = await app.gql(
      APPLY,
      { i: applicationInput(company) },
      { token: (await app.user()).token, locale: 'en' },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        secretariatOrganisationId: 'Choose a city, prefecture or national agency as the secretariat.',
      },
    });
  });

  it.each([
    [
      'a wrong check digit',
      withWrongCheckDigit(corporateNumber()),
      '法人番号が正しくありません（チェックデジットが一致しません）。番号をご確認ください。',
    ],
    ['12 digits', corporateNumber().slice(1), '法人番号は13桁の数字で入力してください。'],
    ['letters', '1234567890ABC', '法人番号は13桁の数字で入力してください。'],
  ])('refuses a 法人番号 with %s, localized, and writes nothing', async (_case, number, ja) => {
    const hr = await app.user();
    const before = await counts();
    const result = await app.gql(
      APPLY,
      { i: applicationInput(city, { corporateNumber: number }) },
      { token: hr.token },
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.fields).toEqual({ corporateNumber: ja });
    const en = await app.gql(
      APPLY,
      { i: applicationInput(city, { corporateNumber: number }) },
      { token: hr.token, locale: 'en' },
    );
    expect(en.errors?.[0]?.extensions?.fields?.['corporateNumber']).toMatch(
      /^(This corporate number|Enter the corporate number)/,
    );
    expect(await counts()).toEqual(before);
  });

  it('accepts the number in full-width digits with hyphens and stores it normalised', async () => {
    const number = corporateNumber();
    const typed = `${number.slice(0, 1)}－${number.slice(1, 5)}ー${number.slice(5)}`.replace(/[0-9]/g, (d) =>
      String.fromCharCode(d.charCodeAt(0) + 0xfee0),
    );
    const applied = await appliedCompany(app, (await app.user()).token, city, { corporateNumber: typed });
    expect(applied.corporateNumber).toBe(number);
  });

  it('refuses a duplicate 法人番号 with CONFLICT and writes nothing, also on update', async () => {
    const existing = await appliedCompany(app, (await app.user()).token, city);
    const hr = await app.user();
    const before = await counts();
    const result = await app.gql(
      APPLY,
      { i: applicationInput(city, { corporateNumber: existing.corporateNumber }) },
      { token: hr.token },
    );
    expect(codes(result)).toEqual(['CONFLICT']);
    expect(result.errors?.[0]?.message).toBe('この法人番号の企業は既に登録されています。');
    expect(await counts()).toEqual(before);

    const mine = await appliedCompany(app, hr.token, city);
    const update = await app.gql(
      'mutation($i: UpdateCompanyProfileInput!) { updateCompanyProfile(input: $i) { corporateNumber } }',
      { i: { organisationId: mine.organisationId, corporateNumber: existing.corporateNumber, name: '別名' } },
      { token: hr.token, locale: 'en' },
    );
    expect(update.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: { corporateNumber: 'A company with this corporate number (法人番号) is already registered.' },
    });
    const [row] = await app.dataSource.query('SELECT name FROM organisations WHERE id = $1', [
      mine.organisationId,
    ]);
    expect(row.name).toBe('株式会社つくば精密');
  });

  it('lets exactly one of two simultaneous applications with one 法人番号 through', async () => {
    const number = corporateNumber();
    const results = await Promise.all(
      [await app.user(), await app.user()].map((u) =>
        app.gql(APPLY, { i: applicationInput(city, { corporateNumber: number }) }, { token: u.token }),
      ),
    );
    expect(results.map((r) => codes(r).join()).sort()).toEqual(['', 'CONFLICT']);
    const rows = await app.dataSource.query('SELECT 1 FROM company_profiles WHERE corporate_number = $1', [
      number,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('lets exactly one of two staff deciding at once decide', async () => {
    const applied = await appliedCompany(app, (await app.user()).token, city);
    const colleague = await app.user({ roles: [[city, 'staff']] });
    const results = await Promise.all([
      decide(staff.token, applied.organisationId, true),
      decide(colleague.token, applied.organisationId, false, '対象外'),
    ]);
    expect(results.map((r) => codes(r).join()).sort()).toEqual(['', 'CONFLICT']);
  });

  it('refuses a company admin acting on another company, and changes nothing', async () => {
    const c = await app.user();
    const d = await app.user();
    await appliedCompany(app, c.token, city);
    const other = await appliedCompany(app, d.token, city);
    const update = await app.gql(
      'mutation($i: UpdateCompanyProfileInput!) { updateCompanyProfile(input: $i) { name } }',
      { i: { organisationId: other.organisationId, name: '乗っ取り株式会社' } },
      { token: c.token },
    );
    expect(codes(update)).toEqual(['FORBIDDEN']);
    const [row] = await app.dataSource.query('SELECT name FROM organisations WHERE id = $1', [
      other.organisationId,
    ]);
    expect(row.name).toBe('株式会社つくば精密');
    expect(codes(await app.gql(PROFILE_QUERY, { o: other.organisationId }, { token: c.token }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('validates contacts, postal code, kana and the size of the contact list', async () => {
    const contact = { name: '担当', email: 'a@example.jp' };
    const result = await app.gql(
      APPLY,
      {
        i: applicationInput(city, {
          nameKana: 'Tsukuba',
          postalCode: '305-003',
          contacts: [contact, contact, contact, contact, contact, contact],
        }),
      },
      { token: (await app.user()).token },
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(result.errors?.[0]?.extensions?.fields ?? {}).sort()).toEqual([
      'contacts',
      'nameKana',
      'postalCode',
    ]);
    const normalised = await appliedCompany(app, (await app.user()).token, city, {
      postalCode: '〒３０５００３１',
      contacts: [{ ...contact, phone: '０２９－０００－１１１１' }],
    });
    const [row] = await app.dataSource.query(
      `SELECT p.postal_code, c.phone FROM company_profiles p JOIN company_contacts c USING (organisation_id)
        WHERE p.organisation_id = $1`,
      [normalised.organisationId],
    );
    expect(row).toEqual({ postal_code: '305-0031', phone: '029-000-1111' });
  });
});
