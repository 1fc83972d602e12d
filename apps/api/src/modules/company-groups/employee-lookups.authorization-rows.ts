import type { AuthorizationRows } from '../../../test/authorization/matrix';

/** Her choices of company and her own consent record (company-employments.service.ts). */
export const EMPLOYEE_LOOKUP_OPERATIONS: AuthorizationRows['operations'] = {
  'Query.partnerCompanies': {
    document: '{ partnerCompanies { organisationId name } }',
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: any signed-in person (approved companies only)' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
  'Query.myConsentHistory': {
    document: '{ myConsentHistory { id field value } }',
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: her own record' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
};
