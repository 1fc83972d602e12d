import { LIMITS } from '@tsunagu/shared/domain';
import { randomUUID } from 'node:crypto';
import { randomIp, resetTokenFor, verificationTokenFor } from '../../../test/account-token-fixtures';
import { dataOf } from '../../../test/company-fixtures';
import { companyWithAdmin } from '../../../test/employee-fixtures';
import { codes, type TestUser } from '../../../test/harness';
import type { ReceivedMail } from '../../../test/mailbox';
import { NotificationsWorld } from '../../../test/notifications-world';

const INVITE = 'mutation($i: InviteEmployeeInput!) { inviteEmployee(input: $i) }';
const ACCEPT = 'mutation($id: ID!) { acceptEmploymentInvitation(id: $id) { id status } }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
const VERIFY = 'mutation($t: String!) { verifyEmail(token: $t) }';
const MINE = '{ myEmployments { id organisationId companyName status } }';

interface Mine {
  myEmployments: { id: string; organisationId: string; companyName: string; status: string }[];
}

/**
 * A company's admin invites an address without an account (issue 11): one mail to the address, a pending
 * invitation, and an `invited` employment once an account verifies the address. Real PostgreSQL, the
 * outbox relay and jobs running, a real SMTP mailbox.
 */
describe('CompanyEmailInvitations', () => {
  let w: NotificationsWorld;
  let company: { id: string; admin: TestUser };
  let other: { id: string; admin: TestUser };

  beforeAll(async () => {
    w = await NotificationsWorld.create();
    company = await companyWithAdmin(w.app, w.city);
    other = await companyWithAdmin(w.app, w.city);
    for (const admin of [company.admin, other.admin])
      await w.mailbox.waitForTo(admin.email).then(([mail]) => mail && w.mailbox.ignore(mail));
  });
  afterAll(() => w.close());

  const address = () => `new-${randomUUID()}@test.tsunagu.jp`;
  const invite = (email: string, by: { id: string; admin: TestUser } = company, organisationId = by.id) =>
    w.app.gql(INVITE, { i: { organisationId, email } }, { token: by.admin.token });
  const invitations = async (email: string) =>
    (await w.app.dataSource.query(
      `SELECT organisation_id AS "organisationId", invited_by AS "invitedBy", claimed_at AS "claimedAt",
              expires_at > now() + interval '29 days' AS "livesAMonth"
         FROM company_employee_email_invitations WHERE email_key = $1 ORDER BY created_at`,
      [email],
    )) as { organisationId: string; invitedBy: string; claimedAt: Date | null; livesAMonth: boolean }[];
  const mine = async (user: TestUser) =>
    dataOf(await w.app.gql<Mine>(MINE, {}, { token: user.token })).myEmployments;
  /** Signs up with the address; her verification mail is set aside. */
  const signUp = (email: string) => w.learner('ja', email);
  /** Her account's `company_employee_invited` notifications (not the invitation mails, which carry a sign-up link). */
  const invitedMails = async (email: string, count: number) => {
    const theirs = (all: readonly ReceivedMail[]) =>
      all.filter(
        (m) => m.to.includes(email) && m.kind === 'company_employee_invited' && !m.text.includes('/sign-up'),
      );
    return theirs(await w.mailbox.waitFor((all) => theirs(all).length >= count));
  };
  const verify = async (user: TestUser) =>
    expect((await w.app.gql(VERIFY, { t: await verificationTokenFor(w.app, user.id) })).data).toEqual({
      verifyEmail: true,
    });

  it('mails an address without an account once, and answers the same as for an account', async () => {
    const learner = await signUp(address());
    const stranger = address();
    const known = await invite(learner.email);
    const unknown = await invite(stranger.toUpperCase());
    expect(known).toEqual(unknown);
    expect(unknown.data).toEqual({ inviteEmployee: true });

    const [invitedAccount] = await w.mailbox.waitForTo(learner.email);
    expect(invitedAccount?.kind).toBe('company_employee_invited');
    const [mail] = await w.mailbox.waitForTo(stranger);
    expect(mail?.subject).toContain('【従業員登録へのご招待】');
    expect(mail?.subject).toContain('Invitation to be listed as an employee');
    expect(mail?.text).toContain(`http://tsunagu.test/sign-up?email=${encodeURIComponent(stranger)}`);
    expect(mail?.text.indexOf('企業担当者')).toBeLessThan(mail?.text.indexOf('An administrator') ?? 0);
    expect(await invitations(learner.email)).toEqual([]); // an account: an employment, no pending row
    expect(await invitations(stranger)).toEqual([
      { organisationId: company.id, invitedBy: expect.any(String), claimedAt: null, livesAMonth: true },
    ]);
    const [audit] = (await w.app.dataSource.query(
      `SELECT actor_user_id AS "actor", metadata FROM audit_log WHERE action = 'company_groups.employee_email_invited'`,
    )) as { actor: string; metadata: { organisationId: string } }[];
    expect(audit).toEqual({ actor: company.admin.id, metadata: { organisationId: company.id } });

    // Again while it lives: the same answer, no second row, no second mail (a later mail proves the relay ran).
    expect(await invite(stranger)).toEqual(unknown);
    const later = address();
    await invite(later);
    await w.mailbox.waitForTo(later);
    expect(w.mailbox.to(stranger)).toHaveLength(1);
    expect(await invitations(stranger)).toHaveLength(1);
  });

  it('links her only once she verifies the address, and she accepts as any invitation', async () => {
    const email = address();
    await invite(email);
    await invite(email, other);
    await w.mailbox.waitForTo(email, 2);
    const her = await w.learner('en', email, { verificationMail: true });
    const [verification] = await w.mailbox.waitForTo(email, 3);
    expect(verification).toBeDefined();
    expect(await mine(her)).toEqual([]); // signed up, not verified: someone else may have used her address

    await verify(her);
    const told = await invitedMails(email, 2);
    expect(told.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Invitation to be listed as an employee: /),
      expect.stringMatching(/^Invitation to be listed as an employee: /),
    ]);
    const links = await mine(her);
    expect(links.map((l) => [l.organisationId, l.status]).sort()).toEqual(
      [
        [company.id, 'invited'],
        [other.id, 'invited'],
      ].sort(),
    );
    expect((await invitations(email)).every((i) => i.claimedAt !== null)).toBe(true);
    const link = links.find((l) => l.organisationId === company.id);
    expect(dataOf(await w.app.gql(ACCEPT, { id: link?.id }, { token: her.token }))).toEqual({
      acceptEmploymentInvitation: { id: link?.id, status: 'active' },
    });
    const audited = (await w.app.dataSource.query(
      `SELECT actor_user_id AS "actor" FROM audit_log WHERE action = 'company_groups.employee_invited' AND subject_id = $1`,
      [link?.id],
    )) as { actor: string }[];
    expect(audited).toEqual([{ actor: company.admin.id }]);
  });

  it('links her when a reset link proves the address, and not on a sign-in alone', async () => {
    const email = address();
    await invite(email);
    await w.mailbox.waitForTo(email);
    const her = await signUp(email);
    const signIn = await w.app.gql(
      'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }',
      { i: { email, password: her.password } },
      { ip: randomIp() },
    );
    expect(codes(signIn)).toEqual([]);
    expect(await mine(her)).toEqual([]);
    const token = await resetTokenFor(w.app, her);
    expect((await w.app.gql(RESET, { t: token, p: 'a-new-long-password-2026' })).data).toEqual({
      resetPassword: true,
    });
    await invitedMails(email, 1);
    // The reset ended her sessions: she signs in again with the new password.
    const again = await w.app.gql<{ signIn: { accessToken: string } }>(
      'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }',
      { i: { email, password: 'a-new-long-password-2026' } },
      { ip: randomIp() },
    );
    const token2 = dataOf(again).signIn.accessToken;
    expect((await mine({ ...her, token: token2 })).map((l) => [l.organisationId, l.status])).toEqual([
      [company.id, 'invited'],
    ]);
  });

  it('leaves an expired invitation unclaimed, and a new invitation renews it', async () => {
    const email = address();
    await invite(email);
    await invite(email, other);
    await w.mailbox.waitForTo(email, 2);
    await w.app.dataSource.query(
      `UPDATE company_employee_email_invitations SET expires_at = now() - interval '1 minute'
        WHERE email_key = $1 AND organisation_id = $2`,
      [email, company.id],
    );
    const her = await signUp(email);
    await verify(her);
    await invitedMails(email, 1);
    expect((await mine(her)).map((l) => l.organisationId)).toEqual([other.id]);
    const rows = await invitations(email);
    expect(rows.find((r) => r.organisationId === company.id)?.claimedAt).toBeNull();

    // She has an account now: inviting her again links her directly (the expired row stays unclaimed).
    await invite(email);
    await eventuallyStatus(her, company.id, 'invited');
  });

  it('renews an expired invitation to an address still without an account, with a second mail', async () => {
    const email = address();
    await invite(email);
    await w.mailbox.waitForTo(email);
    await w.app.dataSource.query(
      `UPDATE company_employee_email_invitations SET expires_at = now() - interval '1 minute' WHERE email_key = $1`,
      [email],
    );
    await invite(email);
    await w.mailbox.waitForTo(email, 2);
    expect(await invitations(email)).toEqual([
      expect.objectContaining({ livesAMonth: true, claimedAt: null }),
    ]);
  });

  it('refuses past the daily cap alike for every address, and older invitations do not count', async () => {
    const capped = await companyWithAdmin(w.app, w.city);
    const max = LIMITS.company.employeeInvitationsPerDay.max;
    await w.app.dataSource.query(
      `INSERT INTO company_employee_email_invitations (organisation_id, email_key, expires_at)
       SELECT $1, 'filler-' || n || '@test.tsunagu.jp', now() + interval '30 days' FROM generate_series(1, $2) n`,
      [capped.id, max],
    );
    const learner = await signUp(address());
    const stranger = address();
    const known = await invite(learner.email, capped);
    const unknown = await invite(stranger, capped);
    expect(codes(known)).toEqual(['TOO_MANY_REQUESTS']);
    expect(known.errors?.[0]?.message).toEqual(unknown.errors?.[0]?.message);
    expect(codes(unknown)).toEqual(['TOO_MANY_REQUESTS']);
    expect(await invitations(stranger)).toEqual([]);
    expect(await mine(learner)).toEqual([]);

    await w.app.dataSource.query(
      `UPDATE company_employee_email_invitations SET created_at = now() - interval '25 hours' WHERE organisation_id = $1`,
      [capped.id],
    );
    expect(codes(await invite(stranger, capped))).toEqual([]);
    await w.mailbox.waitForTo(stranger);
  });

  it("refuses another company's admin: FORBIDDEN, nothing kept, nothing mailed", async () => {
    const email = address();
    expect(codes(await invite(email, other, company.id))).toEqual(['FORBIDDEN']);
    const control = address();
    await invite(control);
    await w.mailbox.waitForTo(control);
    expect(await invitations(email)).toEqual([]);
    expect(w.mailbox.to(email)).toHaveLength(0);
  });

  async function eventuallyStatus(user: TestUser, organisationId: string, status: string): Promise<void> {
    const links = await mine(user);
    expect(links.find((l) => l.organisationId === organisationId)?.status).toBe(status);
  }
});
