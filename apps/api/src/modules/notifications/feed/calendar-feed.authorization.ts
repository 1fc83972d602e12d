import type { AuthorizationRows } from '../../../../test/authorization/matrix';

/**
 * Who may call the calendar feed's operations (spread into notifications.authorization.ts). Each acts
 * on the caller's own feed only: another learner gets her own, anonymous callers nothing.
 */
export const CALENDAR_FEED_AUTHORIZATION: AuthorizationRows['operations'] = {
  'Query.myCalendarFeed': {
    document: '{ myCalendarFeed { url createdAt } }',
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: her own feed' },
      { as: 'learnerB', expect: 'ok', why: 'another learner: sees only her own' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
  'Mutation.issueCalendarFeed': {
    document: 'mutation { issueCalendarFeed { url } }',
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: her own feed' },
      { as: 'staffB', expect: 'ok', why: 'another person: only ever her own feed' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
  'Mutation.revokeCalendarFeed': {
    document: 'mutation { revokeCalendarFeed { url createdAt } }',
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: her own feed' },
      { as: 'learnerB', expect: 'ok', why: 'another learner: only ever her own feed' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
};
