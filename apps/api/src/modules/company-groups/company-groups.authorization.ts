import {
  certificationOf,
  companyC,
  companyOf,
  otherCompany,
} from '../../../test/authorization/company-builders';
import { linkOf, withoutLink } from '../../../test/authorization/employee-builders';
import type { AuthorizationRows, Case } from '../../../test/authorization/matrix';
import { applicationInput } from '../../../test/company-fixtures';
import { CROSS_COMPANY_OPERATIONS } from './cross-company-overview.authorization-rows';
import { EMPLOYEE_LOOKUP_OPERATIONS } from './employee-lookups.authorization-rows';
import { GROUP_FIELDS, GROUP_OPERATIONS } from './groups/company-groups.authorization-rows';
import { SEAT_POOL_FIELDS, SEAT_POOL_OPERATIONS } from './seat-pools/seat-pools.authorization';

/** Who may change a company's own profile and certifications: its company admins, platform admins. */
const COMPANY_ADMIN_CASES: readonly Case[] = [
  { as: 'companyAdminC', expect: 'ok', why: 'allowed: a company admin of the company' },
  { as: 'admin', expect: 'ok', why: 'allowed: platform admin' },
  {
    as: 'companyAdminC',
    expect: 'FORBIDDEN',
    why: "other organisation: another company's profile",
    given: 'other company',
  },
  { as: 'staffA', expect: 'FORBIDDEN', why: "wrong role: the secretariat's staff do not edit a company" },
  { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
];

/** Who sees a profile's private fields: its company admins, its secretariat's staff, platform admins. */
const INSIDER_CASES: readonly Case[] = [
  { as: 'companyAdminC', expect: 'ok', why: 'a company admin of the company' },
  { as: 'staffA', expect: 'ok', why: "staff of the company's secretariat" },
  { as: 'admin', expect: 'ok', why: 'platform admin' },
  { as: 'learnerA', expect: 'FORBIDDEN', why: 'a signed-in user who sees only the public profile' },
  { as: 'staffB', expect: 'FORBIDDEN', why: "staff of another organisation than the company's secretariat" },
];

/** Who acts for a company towards its employees: its company admins only (not platform admins). */
const EMPLOYER_CASES: readonly Case[] = [
  { as: 'companyAdminC', expect: 'ok', why: 'allowed: a company admin of the company' },
  {
    as: 'companyAdminC',
    expect: 'FORBIDDEN',
    why: "other organisation: another company's employees",
    given: 'other company',
  },
  { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
  { as: 'admin', expect: 'FORBIDDEN', why: "wrong role: platform admins do not see a company's employees" },
  { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
];

/** Her answer to a company's invitation: she alone. */
const INVITEE_CASES: readonly Case[] = [
  { as: 'learnerA', expect: 'ok', why: 'allowed: the invited learner' },
  { as: 'learnerB', expect: 'FORBIDDEN', why: "other organisation: someone else's invitation" },
  { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'wrong role: the company does not answer for her' },
  { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
];

const EMPLOYMENT = '{ id status }';

/** The employees-and-consent operations (company-employments.service.ts, company-participation.service.ts). */
const EMPLOYEE_OPERATIONS: AuthorizationRows['operations'] = {
  'Query.myEmployments': {
    document: '{ myEmployments { id sharesParticipation } }',
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: her own links' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
  'Mutation.requestEmployment': {
    document: `mutation($o: ID!) { requestEmployment(organisationId: $o) ${EMPLOYMENT} }`,
    request: async (c, { given }) => ({
      variables: { o: given === 'unapproved' ? await otherCompany(c, 'applied') : await withoutLink(c) },
    }),
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: any signed-in person, to an approved company' },
      {
        as: 'learnerA',
        expect: 'NOT_FOUND',
        why: 'wrong role: an unapproved company is not revealed',
        given: 'unapproved',
      },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
  'Mutation.acceptEmploymentInvitation': {
    document: `mutation($id: ID!) { acceptEmploymentInvitation(id: $id) ${EMPLOYMENT} }`,
    request: async (c) => ({ variables: { id: await linkOf(c, 'invited') } }),
    cases: INVITEE_CASES,
  },
  'Mutation.declineEmploymentInvitation': {
    document: `mutation($id: ID!) { declineEmploymentInvitation(id: $id) ${EMPLOYMENT} }`,
    request: async (c) => ({ variables: { id: await linkOf(c, 'invited') } }),
    cases: INVITEE_CASES,
  },
  'Mutation.endEmployment': {
    document: `mutation($id: ID!) { endEmployment(id: $id) ${EMPLOYMENT} }`,
    request: async (c, { given }) => ({ variables: { id: await linkOf(c, 'active', given) } }),
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: the employee herself' },
      { as: 'companyAdminC', expect: 'ok', why: 'allowed: a company admin of her company' },
      {
        as: 'companyAdminC',
        expect: 'FORBIDDEN',
        why: "other organisation: another company's employee",
        given: 'other company',
      },
      { as: 'learnerB', expect: 'FORBIDDEN', why: "wrong role: someone else's link" },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
  'Mutation.setCompanyConsent': {
    document:
      'mutation($i: SetCompanyConsentInput!) { setCompanyConsent(input: $i) { sharesParticipation } }',
    request: async (c, { given }) => {
      await linkOf(c, 'active');
      return {
        variables: {
          i: { organisationId: given ? await withoutLink(c, given) : c.companyC, sharesParticipation: true },
        },
      };
    },
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: an active employee of the company' },
      {
        as: 'learnerA',
        expect: 'FORBIDDEN',
        why: 'other organisation: no link to it',
        given: 'other company',
      },
      { as: 'learnerB', expect: 'FORBIDDEN', why: 'wrong role: not its employee' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
  'Query.companyEmployees': {
    document: 'query($o: ID!) { companyEmployees(organisationId: $o) { id status } }',
    request: async (c, { given }) => ({ variables: { o: await companyOf(c, given) } }),
    cases: EMPLOYER_CASES,
  },
  'Query.companyParticipation': {
    document: 'query($o: ID!) { companyParticipation(organisationId: $o) { employees { enrolmentId } } }',
    request: async (c, { given }) => ({ variables: { o: await companyOf(c, given) } }),
    cases: EMPLOYER_CASES,
  },
  'Mutation.inviteEmployee': {
    document: 'mutation($i: InviteEmployeeInput!) { inviteEmployee(input: $i) }',
    request: async (c, { given }) => ({
      variables: { i: { organisationId: await companyOf(c, given), email: c.users.learnerB.email } },
    }),
    cases: EMPLOYER_CASES,
  },
  'Mutation.confirmEmployment': {
    document: `mutation($id: ID!) { confirmEmployment(id: $id) ${EMPLOYMENT} }`,
    request: async (c, { given }) => ({ variables: { id: await linkOf(c, 'requested', given) } }),
    cases: EMPLOYER_CASES,
  },
  'Mutation.declineEmploymentRequest': {
    document: `mutation($id: ID!) { declineEmploymentRequest(id: $id) ${EMPLOYMENT} }`,
    request: async (c, { given }) => ({ variables: { id: await linkOf(c, 'requested', given) } }),
    cases: EMPLOYER_CASES,
  },
};

/**
 * Who may call the company-groups module's operations (run by modules/authorization.int-spec.ts).
 * companyC's profile has orgA as its secretariat; each case first puts it into the state it needs.
 */
export const AUTHORIZATION: AuthorizationRows = {
  operations: {
    ...EMPLOYEE_OPERATIONS,
    ...EMPLOYEE_LOOKUP_OPERATIONS,
    ...CROSS_COMPANY_OPERATIONS,
    ...GROUP_OPERATIONS,
    ...SEAT_POOL_OPERATIONS,
    'Query.companyProfile': {
      document: 'query($o: ID!) { companyProfile(organisationId: $o) { name status } }',
      request: async (c, { given }) => ({
        variables: { o: given === 'unapproved' ? await otherCompany(c, 'applied') : await companyC(c) },
      }),
      cases: [
        { as: 'learnerA', expect: 'ok', why: 'allowed: an approved profile, for any signed-in user' },
        {
          as: 'learnerA',
          expect: 'NOT_FOUND',
          why: 'wrong role: an unapproved company is not revealed',
          given: 'unapproved',
        },
        { as: 'staffA', expect: 'ok', why: 'allowed: staff of its secretariat', given: 'unapproved' },
        {
          as: 'staffB',
          expect: 'NOT_FOUND',
          why: 'other organisation: an unapproved company is not revealed',
          given: 'unapproved',
        },
        { as: 'anonymous', expect: 'ok', why: 'allowed: an approved profile is public (its company page)' },
        {
          as: 'anonymous',
          expect: 'NOT_FOUND',
          why: 'anonymous: an unapproved company is not revealed',
          given: 'unapproved',
        },
      ],
    },
    'Query.companyApplications': {
      document: '{ companyApplications { organisationId status } }',
      cases: [
        { as: 'staffA', expect: 'ok', why: "allowed: staff, for their organisation's secretariat" },
        { as: 'admin', expect: 'ok', why: 'allowed: platform admin (all)' },
        { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
        { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'wrong role: a company admin' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Query.myCompanies': {
      document: '{ myCompanies { organisationId } }',
      cases: [
        { as: 'companyAdminC', expect: 'ok', why: 'allowed: her companies' },
        { as: 'learnerA', expect: 'ok', why: 'allowed: none, for a signed-in user who runs no company' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.applyAsCompany': {
      document:
        'mutation($i: CompanyApplicationInput!) { applyAsCompany(input: $i) { status contacts { name } } }',
      request: (c) => ({ variables: { i: applicationInput(c.orgA) } }),
      cases: [
        // The invitee (no other row uses her after this) becomes the new company's admin.
        { as: 'invitee', expect: 'ok', why: 'allowed: any signed-in user, who becomes its company admin' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.registerCompany': {
      document: 'mutation($i: CompanyRegistrationInput!) { registerCompany(input: $i) { status } }',
      request: (c) => ({ variables: { i: applicationInput(c.orgA) } }),
      cases: [
        { as: 'staffA', expect: 'ok', why: 'allowed: staff of the secretariat named' },
        { as: 'admin', expect: 'ok', why: 'allowed: platform admin' },
        { as: 'staffB', expect: 'FORBIDDEN', why: 'other organisation' },
        { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
        { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'wrong role: a company admin' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.decideCompanyApplication': {
      document:
        'mutation($i: DecideCompanyApplicationInput!) { decideCompanyApplication(input: $i) { status } }',
      request: async (c) => ({
        variables: { i: { organisationId: await companyC(c, 'applied'), approve: true } },
      }),
      cases: [
        { as: 'staffA', expect: 'ok', why: "allowed: staff of the company's secretariat" },
        { as: 'admin', expect: 'ok', why: 'allowed: platform admin' },
        { as: 'staffB', expect: 'FORBIDDEN', why: 'other organisation: staff of another city' },
        { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'wrong role: a company does not approve itself' },
        { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.inviteCompanyAdmin': {
      document:
        'mutation($i: InviteCompanyAdminInput!) { inviteCompanyAdmin(input: $i) { invitation { role } } }',
      request: async (c) => ({
        variables: { i: { organisationId: await companyC(c), email: 'first-admin@example.jp' } },
      }),
      cases: [
        { as: 'staffA', expect: 'ok', why: "allowed: staff of the company's secretariat" },
        { as: 'admin', expect: 'ok', why: 'allowed: platform admin' },
        { as: 'staffB', expect: 'FORBIDDEN', why: 'other organisation: staff of another city' },
        {
          as: 'companyAdminC',
          expect: 'FORBIDDEN',
          why: 'wrong role: its own admins invite through inviteMember',
        },
        { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.updateCompanyProfile': {
      document: 'mutation($i: UpdateCompanyProfileInput!) { updateCompanyProfile(input: $i) { website } }',
      request: async (c, { given }) => ({
        variables: { i: { organisationId: await companyOf(c, given), website: 'https://example.jp' } },
      }),
      cases: COMPANY_ADMIN_CASES,
    },
    'Mutation.resubmitCompanyApplication': {
      document: 'mutation($o: ID!) { resubmitCompanyApplication(organisationId: $o) { status } }',
      request: async (c, { given }) => ({ variables: { o: await companyOf(c, given, 'declined') } }),
      cases: COMPANY_ADMIN_CASES,
    },
    'Mutation.addCompanyCertification': {
      document:
        'mutation($i: AddCompanyCertificationInput!) { addCompanyCertification(input: $i) { certifications { id } } }',
      request: async (c, { given }) => ({
        variables: {
          i: {
            organisationId: await companyOf(c, given),
            kind: 'other',
            otherName: 'テスト認定',
            certifiedOn: '2020-01-01',
          },
        },
      }),
      cases: COMPANY_ADMIN_CASES,
    },
    'Mutation.removeCompanyCertification': {
      document: 'mutation($id: ID!) { removeCompanyCertification(id: $id) { organisationId } }',
      request: async (c, { given }) => ({
        variables: { id: await certificationOf(c, await companyOf(c, given)) },
      }),
      cases: [...COMPANY_ADMIN_CASES, { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' }],
    },
  },
  fields: {
    ...GROUP_FIELDS,
    ...SEAT_POOL_FIELDS,
    'CompanyProfile.contacts': {
      document: 'query($o: ID!) { companyProfile(organisationId: $o) { contacts { name } } }',
      request: async (c) => ({ variables: { o: await companyC(c) } }),
      cases: INSIDER_CASES,
    },
    'CompanyProfile application details': {
      document:
        'query($o: ID!) { companyProfile(organisationId: $o) { declineReason appliedAt appliedBy { id } decidedBy { id } decidedAt } }',
      request: async (c) => ({ variables: { o: await companyC(c) } }),
      cases: INSIDER_CASES,
    },
  },
};
