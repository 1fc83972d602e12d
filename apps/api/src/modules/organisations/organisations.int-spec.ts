import { codes, TestApp, type TestUser } from '../../../test/harness';

const INVITE = `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token acceptUrl invitation { id email role organisation { id name } } } }`;
const ACCEPT = `mutation($t: String!) { acceptInvitation(token: $t) { role organisation { id } user { id personas } } }`;

describe('organisations', () => {
  let app: TestApp;
  let city: string;
  let company: string;
  let staff: TestUser;
  let hr: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    company = await app.organisation('partner_company');
    staff = await app.user({ roles: [[city, 'staff']] });
    hr = await app.user({ roles: [[company, 'company_admin']] });
  });
  afterAll(() => app.close());

  async function invite(by: TestUser, organisationId: string, email: string, role: string) {
    return app.gql<{ inviteMember: { token: string; acceptUrl: string; invitation: { email: string } } }>(
      INVITE,
      { i: { organisationId, email, role } },
      { token: by.token },
    );
  }

  it('staff invite a person, who signs up and accepts into the role', async () => {
    const email = `Invitee-${Date.now()}@Test.Tsunagu.jp`;
    const invited = await invite(staff, city, email, 'mentor');
    expect(invited.errors).toBeUndefined();
    const { token, acceptUrl, invitation } = invited.data!.inviteMember;
    expect(invitation.email).toBe(email.toLowerCase());
    expect(acceptUrl).toMatch(/\/sign-up\?invitation=/);
    // The invitation token is never stored in the clear.
    const stored: { token_hash: string }[] = await app.dataSource.query('SELECT token_hash FROM invitations');
    expect(stored.some((r) => r.token_hash === token)).toBe(false);

    const preview = await app.gql<{ invitation: { role: string; organisation: { id: string } } }>(
      'query($t: String!) { invitation(token: $t) { role organisation { id } } }',
      { t: token },
    );
    expect(preview.data?.invitation).toEqual({ role: 'mentor', organisation: { id: city } });

    const invitee = await app.user({ email: email.toLowerCase() });
    const accepted = await app.gql<{ acceptInvitation: { role: string; user: { personas: string[] } } }>(
      ACCEPT,
      { t: token },
      { token: invitee.token },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.role).toBe('mentor');
    expect(accepted.data?.acceptInvitation.user.personas).toEqual(['mentor']);

    const members = await app.gql<{ organisationMembers: { role: string; user: { id: string } }[] }>(
      'query($o: ID!) { organisationMembers(organisationId: $o) { role user { id } } }',
      { o: city },
      { token: staff.token },
    );
    expect(members.data?.organisationMembers).toContainEqual({ role: 'mentor', user: { id: invitee.id } });

    // Used once only.
    expect(codes(await app.gql(ACCEPT, { t: token }, { token: invitee.token }))).toEqual(['CONFLICT']);
    const [audit] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'organisations.role_granted' AND actor_user_id = $1`,
      [invitee.id],
    );
    expect(audit.n).toBe(1);
  });

  it('refuses an invitation accepted by a different email and changes nothing', async () => {
    const invited = await invite(staff, city, `someone-${Date.now()}@test.tsunagu.jp`, 'learner');
    const other = await app.user();
    const result = await app.gql(ACCEPT, { t: invited.data!.inviteMember.token }, { token: other.token });
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors?.[0]?.message).toBe('この招待は別のメールアドレス宛てです。');
    const rows = await app.dataSource.query('SELECT 1 FROM memberships WHERE user_id = $1', [other.id]);
    expect(rows).toHaveLength(0);
  });

  it('lets a company admin invite employees as learners but not hand out staff or admin', async () => {
    expect(
      (await invite(hr, company, `employee-${Date.now()}@test.tsunagu.jp`, 'learner')).errors,
    ).toBeUndefined();
    expect(codes(await invite(hr, company, `x-${Date.now()}@test.tsunagu.jp`, 'staff'))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await invite(hr, company, `x-${Date.now()}@test.tsunagu.jp`, 'admin'))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('lets staff grant any role but admin', async () => {
    expect(codes(await invite(staff, city, `x-${Date.now()}@test.tsunagu.jp`, 'admin'))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      (await invite(staff, city, `x-${Date.now()}@test.tsunagu.jp`, 'team_member')).errors,
    ).toBeUndefined();
  });

  it('validates invitation input per field (after authorization: a malformed organisation id is simply not hers)', async () => {
    const result = await app.gql(
      INVITE,
      { i: { organisationId: city, email: 'nope', role: 'learner' } },
      { token: staff.token, locale: 'en' },
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.fields).toEqual({ email: 'Enter a valid email address.' });
    const malformed = await app.gql(
      INVITE,
      { i: { organisationId: 'not-a-uuid', email: 'a@b.jp', role: 'learner' } },
      { token: staff.token },
    );
    // A malformed id names nothing: refused as NOT_FOUND before the policy runs, like everywhere.
    expect(codes(malformed)).toEqual(['NOT_FOUND']);
  });

  it('answers NOT_FOUND for an unknown or expired invitation token', async () => {
    const unknown = await app.gql('query { invitation(token: "nope") { id } }', {}, { locale: 'ja' });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const invited = await invite(staff, city, `late-${Date.now()}@test.tsunagu.jp`, 'learner');
    await app.dataSource.query(
      `UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE email LIKE 'late-%'`,
    );
    expect(
      codes(
        await app.gql('query($t: String!) { invitation(token: $t) { id } }', {
          t: invited.data!.inviteMember.token,
        }),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('lets a platform admin create an organisation with certifications, validated', async () => {
    const admin = await app.user({ roles: [[await app.organisation('city'), 'admin']] });
    const created = await app.gql<{ createOrganisation: { name: string; certifications: string[] } }>(
      'mutation { createOrganisation(input: { name: " 株式会社つくば ", kind: partner_company, certifications: [kurumin, eruboshi_3, kurumin] }) { name certifications } }',
      {},
      { token: admin.token },
    );
    expect(created.data?.createOrganisation).toEqual({
      name: '株式会社つくば',
      certifications: ['kurumin', 'eruboshi_3'],
    });
    const tooLong = await app.gql(
      'mutation($n: String!) { createOrganisation(input: { name: $n, kind: npo }) { id } }',
      { n: 'あ'.repeat(101) },
      { token: admin.token },
    );
    expect(tooLong.errors?.[0]?.extensions?.fields).toEqual({ name: '100文字以内で入力してください。' });
  });
});
