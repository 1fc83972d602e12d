import type { AuthorizationRows } from '../../../test/authorization/matrix';

const MEMBER_INVITATION = { email: 'new@test.tsunagu.jp', role: 'learner' };

/** Who may call the organisations module's operations (run by modules/authorization.int-spec.ts). */
export const AUTHORIZATION: AuthorizationRows = {
  operations: {
    'Query.organisations': {
      document: '{ organisations { id } }',
      cases: [
        { as: 'learnerA', expect: 'ok', why: 'allowed: any signed-in user' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Query.organisation': {
      document: 'query($id: ID!) { organisation(id: $id) { id } }',
      request: (c) => ({ variables: { id: c.orgA } }),
      cases: [
        { as: 'staffB', expect: 'ok', why: 'allowed: organisation profiles are visible to signed-in users' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Query.organisationMembers': {
      document: 'query($o: ID!) { organisationMembers(organisationId: $o) { id } }',
      request: (c) => ({ variables: { o: c.orgA } }),
      cases: [
        { as: 'staffA', expect: 'ok', why: 'allowed: staff of the organisation' },
        { as: 'admin', expect: 'ok', why: 'allowed: platform admin' },
        { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
        { as: 'staffB', expect: 'FORBIDDEN', why: 'other organisation' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Query.invitation': {
      public: true,
      document: 'query($t: String!) { invitation(token: $t) { role organisation { name } } }',
      request: async (c) => ({ variables: { t: await c.invitationToken() } }),
      cases: [
        {
          as: 'anonymous',
          expect: 'ok',
          why: 'allowed: the sign-up page shows it before she has an account',
        },
      ],
    },
    'Mutation.createOrganisation': {
      document: 'mutation { createOrganisation(input: { name: "新しい団体", kind: npo }) { id } }',
      cases: [
        { as: 'admin', expect: 'ok', why: 'allowed: platform admin' },
        { as: 'staffA', expect: 'FORBIDDEN', why: 'wrong role' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.inviteMember': {
      document: 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }',
      request: (c, { given }) => ({
        variables: {
          i:
            given === 'staff in her company'
              ? { organisationId: c.companyC, email: MEMBER_INVITATION.email, role: 'staff' }
              : { organisationId: c.orgA, ...MEMBER_INVITATION },
        },
      }),
      cases: [
        { as: 'staffA', expect: 'ok', why: 'allowed: staff of the organisation' },
        { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
        { as: 'staffB', expect: 'FORBIDDEN', why: 'other organisation' },
        {
          as: 'companyAdminC',
          expect: 'FORBIDDEN',
          why: 'company admin may not grant staff in her own company',
          given: 'staff in her company',
        },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.acceptInvitation': {
      document: 'mutation($t: String!) { acceptInvitation(token: $t) { role } }',
      request: async (c) => ({ variables: { t: await c.invitationToken() } }),
      cases: [
        { as: 'invitee', expect: 'ok', why: 'allowed: the invited email' },
        { as: 'staffB', expect: 'FORBIDDEN', why: 'someone else (other organisation) holding the link' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    // issue 8: organisation contact (問い合わせ先) and privacy notice
    'Mutation.updateOrganisationContact': {
      document:
        'mutation($i: UpdateOrganisationContactInput!) { updateOrganisationContact(input: $i) { id contactPhone } }',
      request: (c, { given }) => ({
        variables: {
          i: { organisationId: given === 'her company' ? c.companyC : c.orgA, phone: '0299-00-1111' },
        },
      }),
      cases: [
        { as: 'staffA', expect: 'ok', why: 'allowed: staff of the organisation' },
        {
          as: 'companyAdminC',
          expect: 'ok',
          why: 'allowed: the company admin of a partner company keeps its own contact',
          given: 'her company',
        },
        { as: 'admin', expect: 'ok', why: 'allowed: platform admin' },
        { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
        { as: 'staffB', expect: 'FORBIDDEN', why: 'other organisation' },
        { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'other organisation' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
  },
  fields: {
    'User.memberships (own)': {
      document: '{ me { memberships { role organisation { name } } personas } }',
      cases: [{ as: 'learnerA', expect: 'ok', why: 'herself' }],
    },
    'User.memberships (other member)': {
      document: 'query($o: ID!) { organisationMembers(organisationId: $o) { user { memberships { id } } } }',
      request: (c) => ({ variables: { o: c.orgA } }),
      cases: [{ as: 'staffA', expect: 'FORBIDDEN', why: 'staff see members, not their other organisations' }],
    },
    'Membership.user (staff of org)': {
      document: 'query($o: ID!) { organisationMembers(organisationId: $o) { user { familyName } } }',
      request: (c) => ({ variables: { o: c.orgA } }),
      cases: [{ as: 'staffA', expect: 'ok', why: 'staff of the organisation' }],
    },
    'Invitation.organisation': {
      document: 'query($t: String!) { invitation(token: $t) { organisation { name } } }',
      request: async (c) => ({ variables: { t: await c.invitationToken() } }),
      cases: [{ as: 'anonymous', expect: 'ok', why: 'public with the token' }],
    },
  },
};
