import type { AuthorizationRows } from '../../../test/authorization/matrix';

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
    'Mutation.updatePreferredLocale': {
      document: 'mutation { updatePreferredLocale(locale: ja) { preferredLocale } }',
      cases: [
        { as: 'learnerA', expect: 'ok', why: 'allowed: her own preference' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
  },
};
