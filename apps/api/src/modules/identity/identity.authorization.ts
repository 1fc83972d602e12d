import { resetTokenFor, verificationTokenFor } from '../../../test/account-token-fixtures';
import type { AuthorizationRows } from '../../../test/authorization/matrix';
import { enrolmentOf, ORGANISER_CASES } from '../../../test/authorization/seminar-builders';

/** Who may call the identity module's operations (run by modules/authorization.int-spec.ts). */
export const AUTHORIZATION: AuthorizationRows = {
  operations: {
    'Query.me': {
      document: '{ me { id } }',
      cases: [
        { as: 'learnerA', expect: 'ok', why: 'allowed: any signed-in user' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.signUp': {
      public: true,
      document: 'mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }',
      request: () => ({
        variables: {
          i: {
            email: `m-${Date.now()}-${Math.random()}@test.tsunagu.jp`,
            password: 'long-enough-pw',
            familyName: '山田',
            givenName: '花子',
            familyNameKana: 'ヤマダ',
            givenNameKana: 'ハナコ',
          },
        },
      }),
      cases: [{ as: 'anonymous', expect: 'ok', why: 'allowed: anyone may create an account' }],
    },
    'Mutation.signIn': {
      public: true,
      document: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id memberships { role } } } }',
      request: (c) => ({
        variables: { i: { email: c.users.learnerA.email, password: c.users.learnerA.password } },
      }),
      cases: [{ as: 'anonymous', expect: 'ok', why: 'allowed: anyone may sign in' }],
    },
    'Mutation.refreshSession': {
      public: true,
      document: 'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }',
      request: async (c) => ({ variables: { r: (await c.app.user()).refreshToken } }),
      cases: [{ as: 'anonymous', expect: 'ok', why: 'allowed: the refresh token is the credential' }],
    },
    'Mutation.signOut': {
      document: 'mutation { signOut }',
      // A fresh user's session: signing out the shared learnerA would end her token for the other rows.
      request: async (c, { as }) => (as === 'anonymous' ? {} : { token: (await c.app.user()).token }),
      cases: [
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
        { as: 'learnerA', expect: 'ok', why: 'allowed: any signed-in user ends her own session' },
      ],
    },
    'Mutation.changePassword': {
      document: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
      // A fresh user, for the same reason as signOut (changing a password ends her other sessions).
      request: async (c, { as }) => {
        if (as === 'anonymous')
          return { variables: { i: { currentPassword: 'x', newPassword: 'new-password-123' } } };
        const u = await c.app.user();
        return {
          variables: { i: { currentPassword: u.password, newPassword: 'new-password-123' } },
          token: u.token,
        };
      },
      cases: [
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
        { as: 'learnerA', expect: 'ok', why: 'allowed: her own password' },
      ],
    },
    'Mutation.requestPasswordReset': {
      public: true,
      document: 'mutation($e: String!) { requestPasswordReset(email: $e) }',
      request: () => ({ variables: { e: `nobody-${Math.random()}@test.tsunagu.jp` } }),
      cases: [{ as: 'anonymous', expect: 'ok', why: 'allowed: anyone may ask (the answer says nothing)' }],
    },
    'Mutation.resetPassword': {
      public: true,
      document: 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }',
      request: async (c) => {
        const u = await c.app.user();
        return { variables: { t: await resetTokenFor(c.app, u), p: 'a-new-password-2026' } };
      },
      cases: [{ as: 'anonymous', expect: 'ok', why: 'allowed: the emailed link is the credential' }],
    },
    'Mutation.verifyEmail': {
      public: true,
      document: 'mutation($t: String!) { verifyEmail(token: $t) }',
      request: async (c) => ({
        variables: { t: await verificationTokenFor(c.app, (await c.app.user()).id) },
      }),
      cases: [{ as: 'anonymous', expect: 'ok', why: 'allowed: the emailed link is the credential' }],
    },
    'Mutation.resendEmailVerification': {
      document: 'mutation { resendEmailVerification }',
      // A fresh (unverified) user: the shared ones would run into the per-account limit.
      request: async (c, { as }) => (as === 'anonymous' ? {} : { token: (await c.app.user()).token }),
      cases: [
        { as: 'learnerA', expect: 'ok', why: 'allowed: her own address' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.requestEmailChange': {
      document:
        'mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, currentPassword: $p) }',
      request: async (c, { as }) => {
        const e = `new-${Math.random()}@test.tsunagu.jp`;
        if (as === 'anonymous') return { variables: { e, p: 'x' } };
        const u = await c.app.user();
        return { variables: { e, p: u.password }, token: u.token };
      },
      cases: [
        { as: 'learnerA', expect: 'ok', why: 'allowed: her own address' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.updatePreferredLocale': {
      document: 'mutation { updatePreferredLocale(locale: ja) { preferredLocale } }',
      cases: [
        { as: 'learnerA', expect: 'ok', why: 'allowed: her own preference' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
  },
  fields: {
    'User.emailVerified and pendingEmail (own)': {
      document: '{ me { emailVerified pendingEmail } }',
      cases: [{ as: 'learnerA', expect: 'ok', why: 'herself' }],
    },
    "User.emailVerified (a learner's, on the roster)": {
      document: 'query($s: ID!) { sessionRoster(sessionId: $s) { learner { email emailVerified } } }',
      request: async (c) => ({ variables: { s: (await enrolmentOf(c, c.users.learnerA)).sessionId } }),
      cases: ORGANISER_CASES,
    },
    "User.pendingEmail (a learner's, on the roster)": {
      document: 'query($s: ID!) { sessionRoster(sessionId: $s) { learner { pendingEmail } } }',
      request: async (c) => ({ variables: { s: (await enrolmentOf(c, c.users.learnerA)).sessionId } }),
      cases: [
        {
          as: 'staffA',
          expect: 'FORBIDDEN',
          why: 'staff see whether it is verified, not where she is moving',
        },
        { as: 'admin', expect: 'ok', why: 'allowed: platform admin' },
      ],
    },
  },
};
