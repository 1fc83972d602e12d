import { randomUUID } from 'node:crypto';
import { codes, TestApp } from '../../../test/harness';
import { nth } from '../../../test/nth';

const signUpInput = (email: string) => ({
  email,
  password: 'correct-horse-battery',
  familyName: '試験',
  givenName: '花子',
  familyNameKana: 'シケン',
  givenNameKana: 'ハナコ',
});
const SIGN_UP = 'mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }';
/** An address of TEST-NET-2 for requests whose address does not matter. */
const freshIp = () => `198.51.100.${Math.floor(Math.random() * 250)}`;

describe('Identity limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.create({ env: { SIGN_UP_MAX_PER_IP: '3', SIGN_UP_WINDOW_MINUTES: '60' } });
  });
  afterAll(() => app.close());

  const users = async (emails: string[]) =>
    (
      (await app.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = ANY($1)`, [
        emails,
      ])) as {
        n: number;
      }[]
    )[0]?.n;

  describe('sign-up throttling per IP', () => {
    it('accepts the 3rd sign-up from one address in the window and refuses the 4th, localized, writing nothing', async () => {
      const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
      await app.dataSource.query(`DELETE FROM sign_up_attempts WHERE ip = $1`, [ip]);
      const emails = Array.from({ length: 4 }, () => `throttle-${randomUUID()}@test.tsunagu.jp`);
      for (const email of emails.slice(0, 3)) {
        const ok = await app.gql(SIGN_UP, { i: signUpInput(email) }, { ip });
        expect(ok.errors).toBeUndefined();
      }
      const refused = await app.gql(SIGN_UP, { i: signUpInput(nth(emails, 3)) }, { ip, locale: 'en' });
      expect([codes(refused), refused.errors?.[0]?.message]).toEqual([
        ['TOO_MANY_REQUESTS'],
        'Too many sign-ups from this network. Please try again in about 60 minutes.',
      ]);
      expect(await users(emails)).toBe(3);
      const ja = await app.gql(SIGN_UP, { i: signUpInput(nth(emails, 3)) }, { ip });
      expect(ja.errors?.[0]?.message).toBe(
        'この接続元からの登録が多すぎます。60分ほどしてから再度お試しください。',
      );

      // Another address is not held up; and the window slides.
      expect(
        (await app.gql(SIGN_UP, { i: signUpInput(nth(emails, 3)) }, { ip: freshIp() })).errors,
      ).toBeUndefined();
      await app.dataSource.query(
        `UPDATE sign_up_attempts SET created_at = now() - interval '61 minutes' WHERE ip = $1`,
        [ip],
      );
      const later = await app.gql(
        SIGN_UP,
        { i: signUpInput(`later-${randomUUID()}@test.tsunagu.jp`) },
        { ip },
      );
      expect(later.errors).toBeUndefined();
    });

    it('counts a sign-up that hashed a password but failed (the email was taken)', async () => {
      const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
      await app.dataSource.query(`DELETE FROM sign_up_attempts WHERE ip = $1`, [ip]);
      const email = `taken-${randomUUID()}@test.tsunagu.jp`;
      expect((await app.gql(SIGN_UP, { i: signUpInput(email) }, { ip })).errors).toBeUndefined();
      expect(codes(await app.gql(SIGN_UP, { i: signUpInput(email) }, { ip }))).toEqual(['CONFLICT']);
      expect(codes(await app.gql(SIGN_UP, { i: signUpInput(email) }, { ip }))).toEqual(['CONFLICT']);
      expect(codes(await app.gql(SIGN_UP, { i: signUpInput(email) }, { ip }))).toEqual(['TOO_MANY_REQUESTS']);
    });
  });

  describe('one password check per request', () => {
    const SIGN_IN = (alias: string) => `${alias}: signIn(input: $i) { accessToken }`;

    it('runs one signIn and refuses two aliased ones before checking any password, counting nothing', async () => {
      const email = `one-check-${randomUUID()}@test.tsunagu.jp`;
      const failures = async () =>
        (
          (await app.dataSource.query(
            `SELECT count(*)::int AS n FROM sign_in_failures WHERE email_key = $1`,
            [email],
          )) as { n: number }[]
        )[0]?.n;
      const i = { email, password: 'wrong-password-123' };
      const one = await app.gql(`mutation($i: SignInInput!) { ${SIGN_IN('a')} }`, { i }, { ip: freshIp() });
      expect(codes(one)).toEqual(['UNAUTHENTICATED']);
      expect(await failures()).toBe(1);

      const two = await app.gql(
        `mutation($i: SignInInput!) { ${SIGN_IN('a')} ${SIGN_IN('b')} }`,
        { i },
        { ip: freshIp(), locale: 'en' },
      );
      expect([two.status, codes(two), two.errors?.[0]?.message]).toEqual([
        429,
        ['TOO_MANY_REQUESTS'],
        'Sign-in, sign-up and password changes are limited to one per request.',
      ]);
      expect(await failures()).toBe(1);
    });

    it('refuses 20 aliased signUp at once (the issue’s 4 s of hashing), creating no account', async () => {
      const emails = Array.from({ length: 20 }, () => `alias-${randomUUID()}@test.tsunagu.jp`);
      const started = Date.now();
      const result = await app.gql(
        `mutation { ${emails
          .map(
            (e, n) =>
              `s${n}: signUp(input: { email: "${e}", password: "correct-horse-battery", familyName: "試験", givenName: "花子", familyNameKana: "シケン", givenNameKana: "ハナコ" }) { accessToken }`,
          )
          .join(' ')} }`,
        {},
        { ip: freshIp() },
      );
      expect(codes(result)).toContain('TOO_MANY_REQUESTS');
      expect(result.errors?.map((e) => e.message)).toContain(
        'サインイン・登録・パスワード変更は、1回のリクエストにつき1つまでです。',
      );
      expect(Date.now() - started).toBeLessThan(2000);
      expect(await users(emails)).toBe(0);
    });

    it('counts checks hidden in fragments and mixed operations, and merged duplicates as one', async () => {
      const i = { email: `frag-${randomUUID()}@test.tsunagu.jp`, password: 'wrong-password-123' };
      const viaFragment = await app.gql(
        `mutation($i: SignInInput!) { ${SIGN_IN('a')} ...F } fragment F on Mutation { ... on Mutation { ${SIGN_IN('b')} } }`,
        { i },
      );
      expect(codes(viaFragment)).toEqual(['TOO_MANY_REQUESTS']);
      const mixed = await app.gql(
        `mutation($i: SignInInput!, $p: ChangePasswordInput!) { ${SIGN_IN('a')} changePassword(input: $p) }`,
        { i, p: { currentPassword: 'wrong-password-123', newPassword: 'another-password-456' } },
      );
      expect(codes(mixed)).toEqual(['TOO_MANY_REQUESTS']);
      // graphql-js merges identical fields into one, so this checks one password.
      const merged = await app.gql(
        `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } signIn(input: $i) { accessToken } }`,
        { i },
        { ip: freshIp() },
      );
      expect(codes(merged)).toEqual(['UNAUTHENTICATED']);
    });
  });
});
