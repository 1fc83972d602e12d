import type { AuthorizationRows } from '../../../../test/authorization/matrix';

/**
 * Who may call the LINE link's operations (spread into notifications.authorization.ts, run by
 * modules/authorization.int-spec.ts, whose app has LINE configured against an unreachable base: issuing
 * a code calls nothing at LINE). Each acts on the caller's own link only, so there is no other person's
 * to reach: another learner gets her own, anonymous callers nothing.
 */
export const LINE_AUTHORIZATION: AuthorizationRows['operations'] = {
  'Query.myLineLink': {
    document: '{ myLineLink { enabled linked } }',
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: her own link' },
      { as: 'learnerB', expect: 'ok', why: 'another learner: sees only her own' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
  'Mutation.issueLineLinkCode': {
    document: 'mutation { issueLineLinkCode { code codeExpiresAt } }',
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: a code for her own account' },
      { as: 'staffB', expect: 'ok', why: 'another person: a code for her own account only' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
  'Mutation.unlinkLine': {
    document: 'mutation { unlinkLine { linked } }',
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: her own link' },
      { as: 'learnerB', expect: 'ok', why: 'another learner: only ever her own link' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
};
