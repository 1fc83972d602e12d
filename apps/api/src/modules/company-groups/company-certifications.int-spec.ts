import { tokyoIsoDate } from '@tsunagu/shared/domain';
import {
  ADD_CERTIFICATION,
  applicationInput,
  appliedCompany,
  dataOf,
  type Profile,
} from '../../../test/company-fixtures';
import { codes, TestApp, type TestUser } from '../../../test/harness';
import { CompanyCertificationsService } from './company-certifications.service';

const DAY = 24 * 60 * 60 * 1000;
const MARKS = 'query($id: ID!) { organisation(id: $id) { certifications } }';
const REMOVE = `mutation($id: ID!) { removeCompanyCertification(id: $id) {
  certifications { kind } organisation { certifications } } }`;

describe(CompanyCertificationsService.name, () => {
  let app: TestApp;
  let city: string;
  let hr: TestUser;
  let company: Profile;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    hr = await app.user();
    company = await appliedCompany(app, hr.token, city);
  });
  afterAll(() => app.close());

  type Added = { addCompanyCertification: { certifications: Profile['certifications'] } };
  const add = (input: Record<string, unknown>, token = hr.token, locale?: string) =>
    app.gql<Added>(
      ADD_CERTIFICATION,
      { i: { organisationId: company.organisationId, ...input } },
      { token, locale },
    );
  const marks = async (organisationId = company.organisationId) =>
    dataOf(
      await app.gql<{ organisation: { certifications: string[] } }>(
        MARKS,
        { id: organisationId },
        { token: hr.token },
      ),
    ).organisation.certifications;

  it('answers the applicant’s private fields in the same request she applies in', async () => {
    const result = await app.gql(
      'mutation($i: CompanyApplicationInput!) { applyAsCompany(input: $i) { contacts { name } declineReason } }',
      { i: applicationInput(city) },
      { token: (await app.user()).token },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      applyAsCompany: { contacts: [{ name: '佐藤 由美' }], declineReason: null },
    });
  });

  it('keeps the organisation’s marks derived from its certifications', async () => {
    expect(await marks()).toEqual([]);
    dataOf(await add({ kind: 'eruboshi_2', certifiedOn: '2024-03-15' }));
    const added = dataOf(await add({ kind: 'kurumin', certifiedOn: '2022-10-01' })).addCompanyCertification;
    expect(added.certifications.map((c) => [c.kind, c.certifiedOn])).toEqual([
      ['kurumin', '2022-10-01'],
      ['eruboshi_2', '2024-03-15'],
    ]);
    expect(await marks()).toEqual(['kurumin', 'eruboshi_2']);

    const withOther = dataOf(
      await add({ kind: 'other', otherName: ' ユースエール ', certifiedOn: '2023-06-01' }),
    );
    expect(withOther.addCompanyCertification.certifications).toContainEqual(
      expect.objectContaining({ kind: 'other', otherName: 'ユースエール' }),
    );
    dataOf(await add({ kind: 'other', otherName: '健康経営優良法人', certifiedOn: '2023-06-01' }));
    expect(await marks()).toEqual(['kurumin', 'eruboshi_2']);

    const kurumin = added.certifications.find((c) => c.kind === 'kurumin');
    const removed = await app.gql<{
      removeCompanyCertification: { organisation: { certifications: string[] } };
    }>(REMOVE, { id: kurumin?.id }, { token: hr.token });
    expect(dataOf(removed).removeCompanyCertification.organisation.certifications).toEqual(['eruboshi_2']);
    expect(await marks()).toEqual(['eruboshi_2']);
  });

  it('refuses the same kind twice with CONFLICT and writes nothing', async () => {
    const before = await marks();
    const rows = async () =>
      (
        await app.dataSource.query(
          'SELECT count(*)::int AS n FROM company_certifications WHERE organisation_id = $1',
          [company.organisationId],
        )
      )[0].n;
    const n = await rows();
    dataOf(await add({ kind: 'platinum_eruboshi', certifiedOn: '2025-01-10' }));
    const twice = await add({ kind: 'platinum_eruboshi', certifiedOn: '2025-02-10' });
    expect(codes(twice)).toEqual(['CONFLICT']);
    expect(twice.errors?.[0]?.message).toBe('この認定は既に登録されています。');
    expect(await rows()).toBe(n + 1);
    expect(await marks()).toEqual([...before, 'platinum_eruboshi']);
  });

  it('refuses a date in the future (Asia/Tokyo), accepts today, refuses a date that is no date', async () => {
    const tomorrow = tokyoIsoDate(new Date(Date.now() + DAY));
    const future = await add({ kind: 'tryangle_kurumin', certifiedOn: tomorrow });
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    expect(future.errors?.[0]?.extensions?.fields).toEqual({
      certifiedOn: '認定日に未来の日付は指定できません。',
    });
    const en = await add({ kind: 'tryangle_kurumin', certifiedOn: tomorrow }, hr.token, 'en');
    expect(en.errors?.[0]?.extensions?.fields).toEqual({
      certifiedOn: 'The certification date cannot be in the future.',
    });
    expect(await marks()).not.toContain('tryangle_kurumin');

    expect(codes(await add({ kind: 'eruboshi_1', certifiedOn: '2025-02-30' }))).toEqual(['BAD_USER_INPUT']);
    dataOf(await add({ kind: 'tryangle_kurumin', certifiedOn: tokyoIsoDate(new Date()) }));
  });

  it('needs a name for an other certification, and only for it', async () => {
    const unnamed = await add({ kind: 'other', otherName: '  ', certifiedOn: '2020-01-01' });
    expect(unnamed.errors?.[0]?.extensions?.fields).toEqual({
      otherName: '「その他」の認定は、認定の名称を入力してください。',
    });
    const named = await add({ kind: 'eruboshi_1', otherName: 'えるぼし', certifiedOn: '2020-01-01' });
    expect(named.errors?.[0]?.extensions?.fields).toEqual({
      otherName: '認定の名称は「その他」の場合だけ入力してください。',
    });
  });

  it('refuses a company admin of another company, adding or removing', async () => {
    const other = await appliedCompany(app, (await app.user()).token, city);
    const refused = await app.gql(
      ADD_CERTIFICATION,
      { i: { organisationId: other.organisationId, kind: 'kurumin', certifiedOn: '2020-01-01' } },
      { token: hr.token },
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    const mine = dataOf(await add({ kind: 'other', otherName: 'テスト認定', certifiedOn: '2020-01-01' }));
    const id = mine.addCompanyCertification.certifications.find((c) => c.otherName === 'テスト認定')?.id;
    const intruder = await app.user({ roles: [[other.organisationId, 'company_admin']] });
    expect(codes(await app.gql(REMOVE, { id }, { token: intruder.token }))).toEqual(['FORBIDDEN']);
    expect(codes(await app.gql(REMOVE, { id: crypto.randomUUID() }, { token: hr.token }))).toEqual([
      'NOT_FOUND',
    ]);
  });
});
