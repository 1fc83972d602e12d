import { companyC } from '../../../test/authorization/company-builders';
import type { AuthorizationRows } from '../../../test/authorization/matrix';

/** The secretariat's cross-company overview (cross-company-overview.service.ts): its staff only. */
export const CROSS_COMPANY_OPERATIONS: AuthorizationRows['operations'] = {
  'Query.crossCompanyOverview': {
    document:
      'query($o: ID!) { crossCompanyOverview(organisationId: $o) { grandTotal companies { total } } }',
    request: async (c, { given }) => {
      await companyC(c);
      return { variables: { o: given === 'other organisation' ? c.orgB : c.orgA } };
    },
    cases: [
      { as: 'staffA', expect: 'ok', why: "allowed: staff of the companies' secretariat" },
      {
        as: 'staffA',
        expect: 'FORBIDDEN',
        why: "other organisation: another secretariat's companies",
        given: 'other organisation',
      },
      { as: 'admin', expect: 'FORBIDDEN', why: 'wrong role: platform admins do not see participation' },
      { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'wrong role: a company admin' },
      { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
};
