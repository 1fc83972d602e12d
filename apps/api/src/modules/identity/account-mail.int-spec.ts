import { randomIp } from '../../../test/account-token-fixtures';
import { codes } from '../../../test/harness';
import type { ReceivedMail } from '../../../test/mailbox';
import { NotificationsWorld } from '../../../test/notifications-world';

/** The account emails through the real pipeline: outbox → notification → SMTP (the tests' mailbox). */
describe('account emails by mail', () => {
  let w: NotificationsWorld;

  beforeAll(async () => {
    w = await NotificationsWorld.create();
  });
  afterAll(() => w.close());

  /** The link in the plain-text part that opens `page`, and its token. */
  function linkIn(mail: ReceivedMail | undefined, page: string): { url: string; token: string } {
    const match = mail?.text.match(new RegExp(`(http://tsunagu\\.test${page}\\?token=(\\S+))`));
    if (!match?.[1] || !match[2]) throw new Error(`no ${page} link in: ${mail?.text}`);
    expect(mail?.html).toContain(`href="${match[1]}"`);
    return { url: match[1], token: decodeURIComponent(match[2]) };
  }

  it('sign-up sends a verification mail in her language whose link verifies her address', async () => {
    const her = await w.learner('ja', undefined, { verificationMail: true });
    const [mail] = await w.mailbox.waitForTo(her.email);
    expect(mail?.kind).toBe('email_verification');
    expect(mail?.subject).toBe('【つなぐ】メールアドレスの確認');
    expect(mail?.from).toBe('"つなぐ" <no-reply@tsunagu.localhost>');
    expect(mail?.text).toContain('有効期限は24時間です');
    const { token } = linkIn(mail, '/verify-email');
    const verified = await w.app.gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: token });
    expect(verified.data).toEqual({ verifyEmail: true });
    const me = await w.app.gql<{ me: { emailVerified: boolean } }>(
      '{ me { emailVerified } }',
      {},
      { token: her.token },
    );
    expect(me.data?.me.emailVerified).toBe(true);
  });

  it('the reset mail arrives in English for her, valid 30 minutes, and its link sets the new password', async () => {
    const her = await w.learner('en');
    const asked = await w.app.gql(
      'mutation($e: String!) { requestPasswordReset(email: $e) }',
      { e: her.email },
      {
        ip: randomIp(),
      },
    );
    expect(asked.data).toEqual({ requestPasswordReset: true });
    const [mail] = await w.mailbox.waitForTo(her.email);
    expect(mail?.kind).toBe('password_reset');
    expect(mail?.subject).toBe('[Tsunagu] Reset your password');
    expect(mail?.text).toContain('valid for 30 minutes');
    expect(mail?.text).toContain('If you did not ask for this, ignore this email');
    expect(mail?.html).toContain('<html lang="en">');
    expect(mail?.headers.get('list-unsubscribe')).toBeUndefined();
    const { token } = linkIn(mail, '/reset-password');
    const reset = await w.app.gql(
      'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }',
      {
        t: token,
        p: 'from-the-mail-2026',
      },
    );
    expect(reset.data).toEqual({ resetPassword: true });
    const signIn = await w.app.gql(
      'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }',
      { i: { email: her.email, password: 'from-the-mail-2026' } },
      { ip: randomIp() },
    );
    expect(codes(signIn)).toEqual([]);
  });

  it('a Japanese reset mail says 30 minutes and to ignore it if she did not ask', async () => {
    const her = await w.learner('ja');
    await w.app.gql(
      'mutation($e: String!) { requestPasswordReset(email: $e) }',
      { e: her.email },
      { ip: randomIp() },
    );
    const [mail] = await w.mailbox.waitForTo(her.email);
    expect(mail?.subject).toBe('【つなぐ】パスワード再設定のご案内');
    expect(mail?.text).toContain('有効期限は30分です');
    expect(mail?.text).toContain('お心当たりがない場合は、このメールを破棄してください');
  });

  it('a change of address is mailed to the new address only, and nothing goes to an unknown address', async () => {
    const her = await w.learner('ja');
    const next = `next-${Date.now()}@test.tsunagu.jp`;
    const nobody = `nobody-${Date.now()}@test.tsunagu.jp`;
    await w.app.gql(
      'mutation($e: String!) { requestPasswordReset(email: $e) }',
      { e: nobody },
      { ip: randomIp() },
    );
    await w.app.gql(
      'mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, currentPassword: $p) }',
      { e: next, p: her.password },
      { token: her.token },
    );
    const [mail] = await w.mailbox.waitForTo(next);
    expect(mail?.kind).toBe('email_verification');
    linkIn(mail, '/verify-email');
    expect(w.mailbox.to(her.email)).toEqual([]);
    expect(w.mailbox.to(nobody)).toEqual([]);
  });
});
