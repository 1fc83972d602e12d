import {
  latestAccountToken,
  randomIp,
  resetTokenFor,
  verificationTokenFor,
} from '../../../test/account-token-fixtures';
import { codes, TestApp, type TestUser } from '../../../test/harness';
import { seminarSession } from '../../../test/seminar-fixtures';
import { hashToken } from '../../core/auth/token-hash';
import { RESET_REQUEST_MIN_MS } from './account-emails.service';
import { accountTokenLink } from './account-token-links';

const REQUEST_RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
const VERIFY = 'mutation($t: String!) { verifyEmail(token: $t) }';
const RESEND = 'mutation { resendEmailVerification }';
const CHANGE = 'mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, currentPassword: $p) }';
const ME = '{ me { email emailVerified pendingEmail } }';
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }';

const fresh = (prefix: string) =>
  `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2)}@test.tsunagu.jp`;

describe('account emails', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.create();
  });
  afterAll(() => app.close());

  async function eventsOf(userId: string) {
    return (await app.dataSource.query(
      `SELECT type, payload FROM domain_events WHERE payload->>'userId' = $1 AND type LIKE 'identity.%' ORDER BY id`,
      [userId],
    )) as { type: string; payload: Record<string, unknown> }[];
  }

  async function me(user: TestUser) {
    const result = await app.gql<{
      me: { email: string; emailVerified: boolean; pendingEmail: string | null };
    }>(ME, {}, { token: user.token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.me;
  }

  const signIn = (email: string, password: string) =>
    app.gql<{ signIn: { user: { id: string } } }>(SIGN_IN, { i: { email, password } }, { ip: randomIp() });

  describe('tokens', () => {
    it('stores only the SHA-256 of a token derived from its id, and the link names the page', async () => {
      const user = await app.user();
      const latest = await latestAccountToken(app, user.id, 'email_verification');
      expect(latest).not.toBeNull();
      const [row] = await app.dataSource.query('SELECT * FROM account_tokens WHERE id = $1', [latest?.id]);
      expect(row.token_hash).toBe(hashToken(latest?.token ?? ''));
      expect(JSON.stringify(row)).not.toContain(latest?.token.split('.')[1]);
      expect(latest?.token).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
      expect(accountTokenLink('email_verification', latest?.id ?? '')).toBe(
        `http://localhost:3000/verify-email?token=${latest?.token}`,
      );
      expect(accountTokenLink('password_reset', latest?.id ?? '')).toMatch(/\/reset-password\?token=/);
    });
  });

  describe('email verification', () => {
    it('sign-up asks for a verification mail in the same transaction; she can use the app unverified', async () => {
      const user = await app.user();
      const events = await eventsOf(user.id);
      const latest = await latestAccountToken(app, user.id, 'email_verification');
      expect(events).toEqual([
        {
          type: 'identity.email_verification_requested',
          payload: { userId: user.id, tokenId: latest?.id, email: user.email },
        },
      ]);
      expect(await me(user)).toEqual({ email: user.email, emailVerified: false, pendingEmail: null });
    });

    it('the link verifies her address once; a second use is refused with a clear message', async () => {
      const user = await app.user();
      const token = await verificationTokenFor(app, user.id);
      expect((await app.gql(VERIFY, { t: token })).data).toEqual({ verifyEmail: true });
      expect((await me(user)).emailVerified).toBe(true);
      const again = await app.gql(VERIFY, { t: token }, { locale: 'en' });
      expect(codes(again)).toEqual(['BAD_USER_INPUT']);
      expect(again.errors?.[0]?.extensions?.fields).toEqual({
        token: 'This link cannot be used: it has expired, has been used already, or a newer link was sent.',
      });
    });

    it('an expired, tampered, garbage or wrong-purpose token is refused and changes nothing', async () => {
      const user = await app.user();
      const token = await verificationTokenFor(app, user.id);
      const [id, mac] = token.split('.') as [string, string];
      const flipped = `${id}.${mac.slice(0, -2)}${mac.endsWith('AA') ? 'BB' : 'AA'}`;
      for (const bad of [flipped, `${id}.`, 'nope', `${id}`, '', `${id}.${mac}.x`]) {
        const result = await app.gql(VERIFY, { t: bad });
        expect({ bad, codes: codes(result) }).toEqual({ bad, codes: ['BAD_USER_INPUT'] });
      }
      expect(codes(await app.gql(RESET, { t: token, p: 'a-new-password-2026' }))).toEqual(['BAD_USER_INPUT']);
      await app.dataSource.query(
        `UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`,
        [id],
      );
      expect(codes(await app.gql(VERIFY, { t: token }))).toEqual(['BAD_USER_INPUT']);
      expect((await me(user)).emailVerified).toBe(false);
    });

    it('resend sends a new link that supersedes the old one; throttled per account; refused once verified', async () => {
      const user = await app.user();
      const first = await verificationTokenFor(app, user.id);
      const ip = randomIp();
      expect((await app.gql(RESEND, {}, { token: user.token, ip })).data).toEqual({
        resendEmailVerification: true,
      });
      const second = await verificationTokenFor(app, user.id);
      expect(second).not.toBe(first);
      expect(codes(await app.gql(VERIFY, { t: first }))).toEqual(['BAD_USER_INPUT']);
      // Five a window (ACCOUNT_MAIL_MAX_PER_ADDRESS), counted per account whatever the IP.
      for (let i = 0; i < 4; i++) {
        expect(codes(await app.gql(RESEND, {}, { token: user.token, ip: randomIp() }))).toEqual([]);
      }
      const refused = await app.gql(RESEND, {}, { token: user.token, ip: randomIp() });
      expect(codes(refused)).toEqual(['TOO_MANY_REQUESTS']);
      expect(refused.errors?.[0]?.message).toBe(
        'メールの送信のご依頼が続いたため、一時的に制限しています。60分ほどしてから再度お試しください。',
      );
      const newest = await verificationTokenFor(app, user.id);
      expect((await app.gql(VERIFY, { t: newest })).data).toEqual({ verifyEmail: true });
      const verified = await app.user();
      await app.gql(VERIFY, { t: await verificationTokenFor(app, verified.id) });
      expect(codes(await app.gql(RESEND, {}, { token: verified.token }))).toEqual(['CONFLICT']);
    });
  });

  describe('password reset', () => {
    it('answers the same for a known and an unknown address, taking at least the same minimum time', async () => {
      const user = await app.user();
      const timed = async (email: string) => {
        const started = Date.now();
        const result = await app.gql(REQUEST_RESET, { e: email }, { ip: randomIp() });
        return { result, ms: Date.now() - started };
      };
      const known = await timed(user.email.toUpperCase());
      const unknown = await timed(fresh('nobody'));
      expect(unknown.result).toEqual(known.result);
      expect(known.result).toEqual({ status: 200, data: { requestPasswordReset: true }, errors: undefined });
      expect(known.ms).toBeGreaterThanOrEqual(RESET_REQUEST_MIN_MS - 5);
      expect(unknown.ms).toBeGreaterThanOrEqual(RESET_REQUEST_MIN_MS - 5);
      const latest = await latestAccountToken(app, user.id, 'password_reset');
      expect((await eventsOf(user.id)).filter((e) => e.type === 'identity.password_reset_requested')).toEqual(
        [
          {
            type: 'identity.password_reset_requested',
            payload: { userId: user.id, tokenId: latest?.id, email: user.email },
          },
        ],
      );
    });

    it('is valid for 30 minutes', async () => {
      const user = await app.user();
      await resetTokenFor(app, user);
      const [row] = await app.dataSource.query(
        `SELECT extract(epoch FROM expires_at - created_at)::int AS seconds FROM account_tokens
          WHERE user_id = $1 AND purpose = 'password_reset'`,
        [user.id],
      );
      expect(Math.abs(row.seconds - 30 * 60)).toBeLessThanOrEqual(2);
    });

    it('sets the new password once, ends every session, and she signs in with it', async () => {
      const user = await app.user();
      const token = await resetTokenFor(app, user);
      expect((await app.gql(RESET, { t: token, p: 'my-new-password-2026' })).data).toEqual({
        resetPassword: true,
      });
      expect(codes(await app.gql(ME, {}, { token: user.token }))).toEqual(['UNAUTHENTICATED']);
      const refresh = await app.gql(
        'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }',
        {
          r: user.refreshToken,
        },
      );
      expect(codes(refresh)).toEqual(['UNAUTHENTICATED']);
      expect(codes(await signIn(user.email, user.password))).toEqual(['UNAUTHENTICATED']);
      expect((await signIn(user.email, 'my-new-password-2026')).data?.signIn.user.id).toBe(user.id);
      const reuse = await app.gql(RESET, { t: token, p: 'yet-another-password' });
      expect(codes(reuse)).toEqual(['BAD_USER_INPUT']);
      expect(reuse.errors?.[0]?.extensions?.fields).toEqual({
        token: 'このリンクは使えません。有効期限が切れたか、すでに使われたか、新しいリンクが送られています。',
      });
    });

    it('keeps the sign-up password rules', async () => {
      const user = await app.user();
      const token = await resetTokenFor(app, user);
      const short = await app.gql(RESET, { t: token, p: 'short' });
      expect(codes(short)).toEqual(['BAD_USER_INPUT']);
      expect(short.errors?.[0]?.extensions?.fields).toEqual({
        newPassword: '10文字以上で入力してください。',
      });
      expect(
        (await app.gql(RESET, { t: token, p: 'x'.repeat(129) })).errors?.[0]?.extensions?.fields,
      ).toEqual({
        newPassword: '128文字以内で入力してください。',
      });
      expect((await app.gql(RESET, { t: token, p: 'long-enough-now' })).data).toEqual({
        resetPassword: true,
      });
    });

    it('an expired link and a superseded link are refused', async () => {
      const user = await app.user();
      const older = await resetTokenFor(app, user);
      const newer = await resetTokenFor(app, user);
      expect(codes(await app.gql(RESET, { t: older, p: 'a-new-password-2026' }))).toEqual(['BAD_USER_INPUT']);
      await app.dataSource.query(
        `UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'password_reset'`,
        [user.id],
      );
      expect(codes(await app.gql(RESET, { t: newer, p: 'a-new-password-2026' }))).toEqual(['BAD_USER_INPUT']);
      expect((await signIn(user.email, user.password)).data?.signIn.user.id).toBe(user.id);
    });

    it('of two concurrent resets with one link only one succeeds', async () => {
      const user = await app.user();
      const token = await resetTokenFor(app, user);
      const results = await Promise.all([
        app.gql(RESET, { t: token, p: 'first-new-password' }),
        app.gql(RESET, { t: token, p: 'second-new-password' }),
      ]);
      expect(results.filter((r) => r.data?.['resetPassword'] === true)).toHaveLength(1);
      expect(results.flatMap(codes)).toEqual(['BAD_USER_INPUT']);
      const winner = results[0]?.data ? 'first-new-password' : 'second-new-password';
      expect((await signIn(user.email, winner)).data?.signIn.user.id).toBe(user.id);
    });

    it('is throttled per address (known or not) and per IP, with the same answer either way', async () => {
      const limited = await TestApp.create({
        env: { ACCOUNT_MAIL_MAX_PER_ADDRESS: '2', ACCOUNT_MAIL_MAX_PER_IP: '3' },
      });
      try {
        const user = await limited.user();
        const unknown = fresh('nobody');
        const ask = (email: string, ip = randomIp()) => limited.gql(REQUEST_RESET, { e: email }, { ip });
        for (const email of [user.email, unknown]) {
          expect(codes(await ask(email))).toEqual([]);
          expect(codes(await ask(email))).toEqual([]);
        }
        const [known3, unknown3] = [await ask(user.email), await ask(unknown)];
        expect(codes(known3)).toEqual(['TOO_MANY_REQUESTS']);
        expect(unknown3).toEqual(known3);
        const ip = randomIp();
        for (let i = 0; i < 3; i++) expect(codes(await ask(fresh('ip'), ip))).toEqual([]);
        expect(codes(await ask(fresh('ip'), ip))).toEqual(['TOO_MANY_REQUESTS']);
      } finally {
        await limited.close();
      }
    });
  });

  describe('change of address', () => {
    it('takes effect only when the link sent to the new address is opened', async () => {
      const user = await app.user();
      const next = fresh('moving');
      expect(
        (await app.gql(CHANGE, { e: ` ${next.toUpperCase()} `, p: user.password }, { token: user.token }))
          .data,
      ).toEqual({ requestEmailChange: true });
      expect(await me(user)).toEqual({ email: user.email, emailVerified: false, pendingEmail: next });
      const latest = await latestAccountToken(app, user.id, 'email_verification');
      expect(latest?.email).toBe(next);
      expect((await eventsOf(user.id)).at(-1)).toEqual({
        type: 'identity.email_verification_requested',
        payload: { userId: user.id, tokenId: latest?.id, email: next },
      });
      // Until then she signs in with her old address.
      expect((await signIn(user.email, user.password)).data?.signIn.user.id).toBe(user.id);
      expect((await app.gql(VERIFY, { t: latest?.token })).data).toEqual({ verifyEmail: true });
      expect(await me(user)).toEqual({ email: next, emailVerified: true, pendingEmail: null });
      expect((await signIn(next, user.password)).data?.signIn.user.id).toBe(user.id);
      expect(codes(await signIn(user.email, user.password))).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses a wrong password, her own address and one already registered', async () => {
      const user = await app.user();
      const other = await app.user();
      const wrong = await app.gql(CHANGE, { e: fresh('x'), p: 'not-my-password' }, { token: user.token });
      expect(wrong.errors?.[0]?.extensions?.fields).toEqual({
        currentPassword: '現在のパスワードが正しくありません。',
      });
      const same = await app.gql(CHANGE, { e: user.email, p: user.password }, { token: user.token });
      expect(same.errors?.[0]?.extensions?.fields).toEqual({ newEmail: '現在のメールアドレスと同じです。' });
      const taken = await app.gql(CHANGE, { e: other.email, p: user.password }, { token: user.token });
      expect(codes(taken)).toEqual(['CONFLICT']);
      expect(taken.errors?.[0]?.extensions?.fields).toEqual({
        newEmail: 'このメールアドレスは既に登録されています。',
      });
      const bad = await app.gql(CHANGE, { e: 'not-an-email', p: user.password }, { token: user.token });
      expect(bad.errors?.[0]?.extensions?.fields).toEqual({
        newEmail: 'メールアドレスの形式が正しくありません。',
      });
      expect((await me(user)).pendingEmail).toBeNull();
    });

    it('refuses again at verification when the address was taken meanwhile, and keeps hers', async () => {
      const user = await app.user();
      const next = fresh('contested');
      await app.gql(CHANGE, { e: next, p: user.password }, { token: user.token });
      const token = await verificationTokenFor(app, user.id);
      await app.user({ email: next });
      const result = await app.gql(VERIFY, { t: token });
      expect(codes(result)).toEqual(['CONFLICT']);
      expect(result.errors?.[0]?.message).toBe('このメールアドレスは既に登録されています。');
      expect((await me(user)).email).toBe(user.email);
    });

    it('a reset link sent to her old address stops working once the new one takes effect', async () => {
      const user = await app.user();
      const reset = await resetTokenFor(app, user);
      await app.gql(CHANGE, { e: fresh('moved'), p: user.password }, { token: user.token });
      await app.gql(VERIFY, { t: await verificationTokenFor(app, user.id) });
      expect(codes(await app.gql(RESET, { t: reset, p: 'a-new-password-2026' }))).toEqual(['BAD_USER_INPUT']);
    });

    it('resend goes to the address she is changing to', async () => {
      const user = await app.user();
      const next = fresh('pending');
      await app.gql(CHANGE, { e: next, p: user.password }, { token: user.token });
      await app.gql(RESEND, {}, { token: user.token, ip: randomIp() });
      expect((await latestAccountToken(app, user.id, 'email_verification'))?.email).toBe(next);
    });
  });

  describe('staff see unverified addresses', () => {
    it('on the roster, for a learner of their session, verified or not', async () => {
      const city = await app.organisation('city');
      const staff = await app.user({ roles: [[city, 'staff']] });
      const { sessionId } = await seminarSession(app, { providerOrganisationId: city });
      const learner = await app.user();
      await app.gql(
        'mutation($s: ID!) { enrol(input: { sessionId: $s }) { id } }',
        { s: sessionId },
        {
          token: learner.token,
        },
      );
      const roster = async () =>
        (
          await app.gql<{ sessionRoster: { learner: { email: string; emailVerified: boolean } }[] }>(
            'query($s: ID!) { sessionRoster(sessionId: $s) { learner { email emailVerified } } }',
            { s: sessionId },
            { token: staff.token },
          )
        ).data?.sessionRoster;
      expect(await roster()).toEqual([{ learner: { email: learner.email, emailVerified: false } }]);
      await app.gql(VERIFY, { t: await verificationTokenFor(app, learner.id) });
      expect(await roster()).toEqual([{ learner: { email: learner.email, emailVerified: true } }]);
      const [row] = await app.dataSource.query(
        'SELECT email_verified FROM identity_user_directory WHERE id = $1',
        [learner.id],
      );
      expect(row.email_verified).toBe(true);
    });
  });
});
