import { codes, TestApp, type TestUser } from '../../../test/harness';

const UPDATE = `mutation($i: UpdateOrganisationContactInput!) { updateOrganisationContact(input: $i) {
  id contactDepartment contactPhone contactEmail contactUrl contactHours privacyNotice } }`;

/** The provider's contact (問い合わせ先) and privacy notice, kept by its own people, read by anyone. */
describe('organisation contact and privacy notice', () => {
  let app: TestApp;
  let city: string;
  let other: string;
  let staff: TestUser;
  let otherStaff: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city', '小美玉市');
    other = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
    otherStaff = await app.user({ roles: [[other, 'staff']] });
  });
  afterAll(() => app.close());

  const contact = {
    department: ' 市民協働課 女性活躍推進係 ',
    phone: '０２９９－００－１１１１',
    email: 'josei@city.omitama.example.jp',
    url: 'https://www.city.omitama.example.jp/',
    hours: '平日 8:30〜17:15',
    privacyNotice: 'ご記入いただいた個人情報は、セミナーの運営にのみ利用します。\n第三者には提供しません。',
  };

  it('saves it normalised, shows it to anyone on the seminar provider, and audits the change', async () => {
    const saved = await app.gql(UPDATE, { i: { organisationId: city, ...contact } }, { token: staff.token });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateOrganisationContact).toEqual({
      id: city,
      contactDepartment: '市民協働課 女性活躍推進係',
      contactPhone: '0299-00-1111',
      contactEmail: 'josei@city.omitama.example.jp',
      contactUrl: 'https://www.city.omitama.example.jp/',
      contactHours: '平日 8:30〜17:15',
      privacyNotice: contact.privacyNotice,
    });
    const course = await app.course(staff.token, { providerOrganisationId: city, title: '公開講座' });
    const sessionId = await app.session(staff.token, course);
    const anonymous = await app.gql<{ session: { course: { provider: Record<string, string> } } }>(
      'query($id: ID!) { session(id: $id) { course { provider { name contactPhone contactEmail privacyNotice } } } }',
      { id: sessionId },
    );
    expect(anonymous.data?.session.course.provider).toEqual({
      name: '小美玉市',
      contactPhone: '0299-00-1111',
      contactEmail: 'josei@city.omitama.example.jp',
      privacyNotice: contact.privacyNotice,
    });
    const [audit] = await app.dataSource.query(
      `SELECT action FROM audit_log WHERE subject_id = $1 AND action = 'organisations.contact_updated'`,
      [city],
    );
    expect(audit).toBeDefined();
  });

  it('clears fields sent blank or left out (the platform default notice then applies)', async () => {
    const result = await app.gql<{ updateOrganisationContact: Record<string, unknown> }>(
      UPDATE,
      { i: { organisationId: city, phone: '029-000-0000', privacyNotice: '   ' } },
      { token: staff.token },
    );
    expect(result.data?.updateOrganisationContact).toMatchObject({
      contactDepartment: null,
      contactPhone: '029-000-0000',
      contactEmail: null,
      privacyNotice: null,
    });
  });

  it('refuses a bad phone, email, URL or an overlong notice per field, localized, and changes nothing', async () => {
    await app.gql(UPDATE, { i: { organisationId: city, ...contact } }, { token: staff.token });
    const result = await app.gql(
      UPDATE,
      {
        i: {
          organisationId: city,
          phone: 'javascript:alert(1)',
          email: 'not-an-address',
          url: 'javascript:alert(1)',
          privacyNotice: 'あ'.repeat(4001),
        },
      },
      { token: staff.token, locale: 'en' },
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.fields).toEqual({
      phone: 'Enter a phone number with digits and hyphens (e.g. 0299-00-1111).',
      email: 'Enter a valid email address.',
      url: 'Enter a URL starting with http:// or https://.',
      privacyNotice: 'Use at most 4000 characters.',
    });
    const [row] = await app.dataSource.query('SELECT contact_phone FROM organisations WHERE id = $1', [city]);
    expect(row.contact_phone).toBe('0299-00-1111');
  });

  it('is refused to staff of another organisation and to learners', async () => {
    const learner = await app.user({ roles: [[city, 'learner']] });
    for (const user of [otherStaff, learner]) {
      const result = await app.gql(
        UPDATE,
        { i: { organisationId: city, phone: '03-1234-5678' } },
        {
          token: user.token,
        },
      );
      expect(codes(result)).toEqual(['FORBIDDEN']);
    }
    const [row] = await app.dataSource.query('SELECT contact_phone FROM organisations WHERE id = $1', [city]);
    expect(row.contact_phone).toBe('0299-00-1111');
  });
});
