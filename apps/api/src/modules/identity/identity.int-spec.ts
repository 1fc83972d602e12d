import { JwtService } from '@nestjs/jwt';
import { codes, TestApp } from '../../../test/harness';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { id email familyName preferredLocale } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken user { id } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const ME = `{ me { id email } }`;

function validSignUp(overrides: Record<string, unknown> = {}) {
  return {
    email: `s-${Date.now()}-${Math.random().toString(36).slice(2)}@test.tsunagu.jp`,
    password: 'a-long-password',
    familyName: '佐藤',
    givenName: '美咲',
    familyNameKana: 'サトウ',
    givenNameKana: 'みさき',
    ...overrides,
  };
}

describe('identity', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.create();
  });
  afterAll(() => app.close());

  async function userCount(): Promise<number> {
    const [row] = await app.dataSource.query('SELECT count(*)::int AS n FROM users');
    return row.n;
  }

  describe('sign-up', () => {
    it('creates the account, signs her in, and stores only an argon2id hash', async () => {
      const input = validSignUp({ email: '  Misaki.Sato@Example.JP ' });
      const result = await app.gql<{
        signUp: { accessToken: string; user: { email: string; preferredLocale: string } };
      }>(SIGN_UP, { input: { ...input, email: `  Misaki.${Date.now()}@Example.JP ` } });
      expect(result.errors).toBeUndefined();
      expect(result.data?.signUp.user.email).toMatch(/^misaki\.\d+@example\.jp$/);
      expect(result.data?.signUp.user.preferredLocale).toBe('ja');
      const [row] = await app.dataSource.query('SELECT password_hash FROM users WHERE email = $1', [
        result.data?.signUp.user.email,
      ]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain(input.password);
      const me = await app.gql<{ me: { email: string } }>(ME, {}, { token: result.data?.signUp.accessToken });
      expect(me.data?.me.email).toBe(result.data?.signUp.user.email);
    });

    it.each([
      ['email', { email: 'not-an-email' }, 'メールアドレスの形式が正しくありません。'],
      ['password', { password: 'short' }, '10文字以上で入力してください。'],
      ['familyName', { familyName: 'あ'.repeat(51) }, '50文字以内で入力してください。'],
      ['givenName', { givenName: '' }, '入力してください。'],
      [
        'familyNameKana',
        { familyNameKana: '山田' },
        'ふりがなは、ひらがなまたはカタカナで入力してください。',
      ],
      [
        'givenNameKana',
        { givenNameKana: 'Hanako' },
        'ふりがなは、ひらがなまたはカタカナで入力してください。',
      ],
    ])(
      'refuses a bad %s with a Japanese message on that field and writes nothing',
      async (field, override, message) => {
        const before = await userCount();
        const result = await app.gql(SIGN_UP, { input: validSignUp(override) });
        expect(codes(result)).toEqual(['BAD_USER_INPUT']);
        expect(result.errors?.[0]?.extensions?.fields).toEqual({ [field]: message });
        expect(await userCount()).toBe(before);
      },
    );

    it('reports every bad field at once, in English when asked', async () => {
      const result = await app.gql(
        SIGN_UP,
        { input: validSignUp({ email: 'x', password: 'short', familyNameKana: 'abc' }) },
        { locale: 'en-US,en;q=0.9' },
      );
      expect(result.errors?.[0]?.message).toBe('Please check what you entered.');
      expect(result.errors?.[0]?.extensions?.fields).toEqual({
        email: 'Enter a valid email address.',
        password: 'Use at least 10 characters.',
        familyNameKana: 'Use hiragana or katakana only.',
      });
    });

    it('refuses a duplicate email (in any letter case) on the email field, once even under a race', async () => {
      const input = validSignUp();
      const before = await userCount();
      const results = await Promise.all([
        app.gql(SIGN_UP, { input }),
        app.gql(SIGN_UP, { input: { ...input, email: input.email.toUpperCase() } }),
        app.gql(SIGN_UP, { input }),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const failed of results.filter((r) => r.errors)) {
        expect(codes(failed)).toEqual(['CONFLICT']);
        expect(failed.errors?.[0]?.extensions?.fields).toEqual({
          email: 'このメールアドレスは既に登録されています。',
        });
      }
      expect(await userCount()).toBe(before + 1);
    });
  });

  describe('sign-in', () => {
    it('signs in with the right password, whatever the email case', async () => {
      const user = await app.user();
      const result = await app.gql<{ signIn: { user: { id: string } } }>(SIGN_IN, {
        input: { email: user.email.toUpperCase(), password: user.password },
      });
      expect(result.data?.signIn.user.id).toBe(user.id);
    });

    it('gives the same answer for a wrong password and an unknown email', async () => {
      const user = await app.user();
      const wrong = await app.gql(
        SIGN_IN,
        { input: { email: user.email, password: 'wrong-password' } },
        { ip: '10.1.0.1' },
      );
      const unknown = await app.gql(
        SIGN_IN,
        { input: { email: `nobody-${Date.now()}@test.tsunagu.jp`, password: 'wrong-password' } },
        { ip: '10.1.0.2' },
      );
      expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
      expect(wrong.errors?.[0]?.message).toBe('メールアドレスまたはパスワードが正しくありません。');
      expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    });

    it('refuses 20 aliased attempts in one request before checking any password, counting none', async () => {
      const user = await app.user();
      const aliases = Array.from(
        { length: 20 },
        (_, i) =>
          `a${i}: signIn(input: { email: "${user.email}", password: "guess-${i}-xxxx" }) { accessToken }`,
      );
      const result = await app.gql(`mutation { ${aliases.join('\n')} }`, {}, { ip: '10.2.0.1' });
      expect(result.data).toBeNull();
      expect(codes(result)).toEqual(expect.arrayContaining(['TOO_MANY_REQUESTS', 'QUERY_TOO_COMPLEX']));
      const [row] = await app.dataSource.query(
        'SELECT count(*)::int AS n FROM sign_in_failures WHERE email_key = $1',
        [user.email],
      );
      expect(row.n).toBe(0);
    });

    it('counts 20 concurrent attempts as 20: ten refused as wrong, then throttled', async () => {
      const user = await app.user();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          app.gql(
            SIGN_IN,
            { input: { email: user.email, password: `guess-${i}-xxxx` } },
            { ip: `10.2.1.${i}` },
          ),
        ),
      );
      const byCode = results
        .flatMap((r) => codes(r))
        .reduce<Record<string, number>>((acc, c) => ({ ...acc, [String(c)]: (acc[String(c)] ?? 0) + 1 }), {});
      expect(byCode).toEqual({ UNAUTHENTICATED: 10, TOO_MANY_REQUESTS: 10 });
      // Now even the right password is refused until the window passes, without revealing the account.
      const right = await app.gql(
        SIGN_IN,
        { input: { email: user.email, password: user.password } },
        { ip: '10.2.0.2' },
      );
      expect(codes(right)).toEqual(['TOO_MANY_REQUESTS']);
      const [row] = await app.dataSource.query(
        'SELECT count(*)::int AS n FROM sign_in_failures WHERE email_key = $1',
        [user.email],
      );
      expect(row.n).toBe(10);
    });

    it('throttles one IP address trying many accounts', async () => {
      const limited = await TestApp.create({ env: { SIGN_IN_MAX_FAILURES_PER_IP: '3' } });
      try {
        const attempt = (i: number) =>
          limited.gql(
            SIGN_IN,
            { input: { email: `spray-${i}-${Date.now()}@test.tsunagu.jp`, password: 'wrong-password' } },
            { ip: '10.3.0.9' },
          );
        for (let i = 0; i < 3; i++) expect(codes(await attempt(i))).toEqual(['UNAUTHENTICATED']);
        expect(codes(await attempt(3))).toEqual(['TOO_MANY_REQUESTS']);
        const other = await limited.gql(
          SIGN_IN,
          { input: { email: `spray-x@test.tsunagu.jp`, password: 'wrong-password' } },
          { ip: '10.3.0.10' },
        );
        expect(codes(other)).toEqual(['UNAUTHENTICATED']);
      } finally {
        await limited.close();
      }
    });
  });

  describe('tokens', () => {
    it('refuses missing, malformed, tampered, expired and unsigned access tokens', async () => {
      const user = await app.user();
      const jwt = new JwtService();
      const [header = '', payload = ''] = user.token.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = Buffer.from(
        JSON.stringify({ ...claims, sub: '00000000-0000-0000-0000-000000000000' }),
      ).toString('base64url');
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
      const expired = jwt.sign(
        { sid: claims.sid, typ: 'access' },
        { subject: user.id, expiresIn: -10, secret: 'tsunagu-development-secret-change-me-in-production' },
      );
      const otherSecret = jwt.sign(
        { sid: claims.sid, typ: 'access' },
        { subject: user.id, expiresIn: 60, secret: 'x'.repeat(40) },
      );
      for (const token of [
        undefined,
        'garbage',
        `${header}.${forged}.${user.token.split('.')[2]}`,
        unsigned,
        expired,
        otherSecret,
      ]) {
        expect(codes(await app.gql(ME, {}, { token }))).toEqual(['UNAUTHENTICATED']);
      }
      expect(codes(await app.gql(ME, {}, { token: user.token }))).toEqual([]);
    });

    it('rotates refresh tokens; a reused one ends the whole session', async () => {
      const user = await app.user();
      const first = await app.gql<{ refreshSession: { accessToken: string; refreshToken: string } }>(
        REFRESH,
        { t: user.refreshToken },
      );
      expect(first.errors).toBeUndefined();
      const second = first.data?.refreshSession;
      expect(second?.refreshToken).not.toBe(user.refreshToken);
      // The old token again: refused, and the session (with the newer token) is revoked.
      expect(codes(await app.gql(REFRESH, { t: user.refreshToken }))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await app.gql(REFRESH, { t: second?.refreshToken }))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await app.gql(ME, {}, { token: second?.accessToken }))).toEqual(['UNAUTHENTICATED']);
    });

    it('signing out revokes the refresh token and the access token', async () => {
      const user = await app.user();
      expect(
        (await app.gql<{ signOut: boolean }>('mutation { signOut }', {}, { token: user.token })).data
          ?.signOut,
      ).toBe(true);
      expect(codes(await app.gql(REFRESH, { t: user.refreshToken }))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await app.gql(ME, {}, { token: user.token }))).toEqual(['UNAUTHENTICATED']);
    });

    it('stores refresh tokens only as hashes', async () => {
      const user = await app.user();
      const rows: { token_hash: string }[] = await app.dataSource.query(
        'SELECT token_hash FROM refresh_tokens',
      );
      expect(rows.some((r) => r.token_hash === user.refreshToken)).toBe(false);
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    });
  });

  describe('password change', () => {
    const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`;

    it('needs the current password, and signs out her other devices', async () => {
      const user = await app.user();
      const otherDevice = await app.gql<{ signIn: { accessToken: string; refreshToken: string } }>(SIGN_IN, {
        input: { email: user.email, password: user.password },
      });
      const wrong = await app.gql(
        CHANGE,
        { i: { currentPassword: 'not-my-password', newPassword: 'brand-new-password' } },
        { token: user.token },
      );
      expect(wrong.errors?.[0]?.extensions?.fields).toEqual({
        currentPassword: '現在のパスワードが正しくありません。',
      });
      const short = await app.gql(
        CHANGE,
        { i: { currentPassword: user.password, newPassword: 'short' } },
        { token: user.token },
      );
      expect(short.errors?.[0]?.extensions?.fields).toEqual({
        newPassword: '10文字以上で入力してください。',
      });
      const ok = await app.gql(
        CHANGE,
        { i: { currentPassword: user.password, newPassword: 'brand-new-password' } },
        { token: user.token },
      );
      expect(ok.errors).toBeUndefined();
      expect(codes(await app.gql(ME, {}, { token: user.token }))).toEqual([]);
      expect(codes(await app.gql(ME, {}, { token: otherDevice.data?.signIn.accessToken }))).toEqual([
        'UNAUTHENTICATED',
      ]);
      expect(
        codes(await app.gql(SIGN_IN, { input: { email: user.email, password: user.password } })),
      ).toEqual(['UNAUTHENTICATED']);
      expect(
        codes(await app.gql(SIGN_IN, { input: { email: user.email, password: 'brand-new-password' } })),
      ).toEqual([]);
    });
  });

  it('remembers the preferred language per user', async () => {
    const user = await app.user();
    await app.gql(
      'mutation { updatePreferredLocale(locale: en) { preferredLocale } }',
      {},
      { token: user.token },
    );
    const signedIn = await app.gql<{ signIn: { user: { preferredLocale: string } } }>(
      'mutation($input: SignInInput!) { signIn(input: $input) { user { preferredLocale } } }',
      { input: { email: user.email, password: user.password } },
    );
    expect(signedIn.data?.signIn.user.preferredLocale).toBe('en');
    // Without an Accept-Language header, her messages follow her preference.
    const denied = await app.gql(
      '{ organisationMembers(organisationId: "00000000-0000-0000-0000-000000000000") { id } }',
      {},
      { token: user.token },
    );
    expect(denied.errors?.[0]?.message).toBe('You do not have permission to do this.');
  });
});
