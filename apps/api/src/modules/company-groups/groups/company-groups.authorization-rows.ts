import {
  companyFor,
  fileOnPost,
  groupWithC,
  groupWithCoordinator,
  postOnBoard,
} from '../../../../test/authorization/group-builders';
import type { AuthorizationRows, Case } from '../../../../test/authorization/matrix';

/** The owner's side runs the group: staff of the owning secretariat, platform admins. */
const OWNER_CASES: readonly Case[] = [
  { as: 'staffA', expect: 'ok', why: 'allowed: staff of the owning secretariat' },
  { as: 'staffB', expect: 'FORBIDDEN', why: "other organisation: another city's staff" },
  { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'wrong role: a member company does not run the group' },
  { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
  { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
];

/** A company's answer to its group: its company admins only. */
const COMPANY_CASES: readonly Case[] = [
  { as: 'companyAdminC', expect: 'ok', why: 'allowed: a company admin of the company' },
  {
    as: 'companyAdminC',
    expect: 'FORBIDDEN',
    why: 'other organisation: answering for another company',
    given: 'other company',
  },
  { as: 'staffA', expect: 'FORBIDDEN', why: 'wrong role: the owner does not answer for a company' },
  { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
];

/** The board: the owner's side, coordinators, people of current member companies. */
const BOARD_CASES: readonly Case[] = [
  { as: 'companyAdminC', expect: 'ok', why: 'allowed: a company admin of a current member' },
  { as: 'staffA', expect: 'ok', why: 'allowed: staff of the owner' },
  { as: 'staffB', expect: 'FORBIDDEN', why: 'other organisation: not in the group' },
  { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role: a learner of the owner is not on the board' },
  { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
];

/** Her own post (staffA wrote it): nobody else, however much she may do on the board. */
const AUTHOR_CASES: readonly Case[] = [
  { as: 'staffA', expect: 'ok', why: 'allowed: the author, on the board' },
  { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'wrong person: on the board, not the author' },
  { as: 'staffB', expect: 'FORBIDDEN', why: 'other organisation: not in the group' },
  { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
];

const GROUP = '{ id name }';
const answer = (name: string, state: 'invited' | 'member', selection = '') => ({
  document: `mutation($g: ID!, $o: ID!) { ${name}(groupId: $g, organisationId: $o) ${selection} }`,
  request: async (c: Parameters<typeof groupWithC>[0], { given }: { given?: string }) => ({
    variables: { g: await groupWithC(c, state), o: await companyFor(c, given) },
  }),
  cases: COMPANY_CASES,
});

/** Company groups and their boards (groups/), spread into company-groups.authorization.ts. */
export const GROUP_OPERATIONS: AuthorizationRows['operations'] = {
  'Query.companyGroups': {
    document: '{ companyGroups { id viewer { onBoard } } }',
    cases: [
      { as: 'staffA', expect: 'ok', why: 'allowed: the groups her organisation owns' },
      { as: 'companyAdminC', expect: 'ok', why: "allowed: her company's groups" },
      { as: 'learnerA', expect: 'ok', why: 'allowed: none, for someone in no group' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
  'Query.companyGroup': {
    document: `query($id: ID!) { companyGroup(id: $id) ${GROUP} }`,
    request: async (c) => ({ variables: { id: await groupWithC(c) } }),
    cases: [
      { as: 'staffA', expect: 'ok', why: 'allowed: staff of the owner' },
      { as: 'companyAdminC', expect: 'ok', why: 'allowed: a company admin of a member' },
      { as: 'staffB', expect: 'NOT_FOUND', why: 'other organisation: the group is not revealed' },
      { as: 'learnerA', expect: 'NOT_FOUND', why: 'wrong role: not revealed to a learner' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
  'Mutation.createCompanyGroup': {
    document: `mutation($i: CreateCompanyGroupInput!) { createCompanyGroup(input: $i) ${GROUP} }`,
    request: (c) => ({ variables: { i: { ownerOrganisationId: c.orgA, name: '新しい企業グループ' } } }),
    cases: [...OWNER_CASES, { as: 'admin', expect: 'ok', why: 'allowed: platform admin' }],
  },
  'Mutation.updateCompanyGroup': {
    document: `mutation($i: UpdateCompanyGroupInput!) { updateCompanyGroup(input: $i) ${GROUP} }`,
    request: async (c) => ({ variables: { i: { groupId: await groupWithC(c), charter: '規約' } } }),
    cases: OWNER_CASES,
  },
  'Mutation.inviteCompanyToGroup': {
    document: `mutation($g: ID!, $o: ID!) { inviteCompanyToGroup(groupId: $g, organisationId: $o) ${GROUP} }`,
    request: async (c) => ({ variables: { g: await groupWithC(c, 'none'), o: await companyFor(c) } }),
    cases: OWNER_CASES,
  },
  'Mutation.removeCompanyFromGroup': {
    document: `mutation($g: ID!, $o: ID!) { removeCompanyFromGroup(groupId: $g, organisationId: $o) ${GROUP} }`,
    request: async (c) => ({ variables: { g: await groupWithC(c, 'member'), o: await companyFor(c) } }),
    cases: OWNER_CASES,
  },
  'Mutation.addGroupCoordinator': {
    document: `mutation($g: ID!, $u: ID!) { addGroupCoordinator(groupId: $g, userId: $u) ${GROUP} }`,
    request: async (c) => ({ variables: { g: await groupWithCoordinator(c, false), u: c.users.staffA.id } }),
    cases: OWNER_CASES,
  },
  'Mutation.removeGroupCoordinator': {
    document: `mutation($g: ID!, $u: ID!) { removeGroupCoordinator(groupId: $g, userId: $u) ${GROUP} }`,
    request: async (c) => ({ variables: { g: await groupWithCoordinator(c, true), u: c.users.staffA.id } }),
    cases: OWNER_CASES,
  },
  'Mutation.acceptGroupInvitation': answer('acceptGroupInvitation', 'invited', GROUP),
  'Mutation.declineGroupInvitation': answer('declineGroupInvitation', 'invited'),
  'Mutation.leaveCompanyGroup': answer('leaveCompanyGroup', 'member'),
  'Mutation.createGroupPost': {
    document: 'mutation($i: CreateGroupPostInput!) { createGroupPost(input: $i) { id } }',
    request: async (c) => ({
      variables: { i: { groupId: await groupWithC(c), kind: 'post', title: '質問', body: '本文' } },
    }),
    cases: BOARD_CASES,
  },
  'Mutation.editGroupPost': {
    document: 'mutation($i: EditGroupPostInput!) { editGroupPost(input: $i) { id editedAt } }',
    request: async (c) => ({
      variables: { i: { postId: await postOnBoard(c), title: '質問', body: '直しました' } },
    }),
    cases: AUTHOR_CASES,
  },
  'Mutation.removeGroupPostFile': {
    document: 'mutation($f: ID!) { removeGroupPostFile(fileId: $f) { id } }',
    request: async (c) => ({ variables: { f: await fileOnPost(c) } }),
    cases: AUTHOR_CASES,
  },
  'Mutation.commentOnGroupPost': {
    document: 'mutation($i: CommentOnGroupPostInput!) { commentOnGroupPost(input: $i) { id } }',
    request: async (c) => ({ variables: { i: { postId: await postOnBoard(c), body: '賛成です' } } }),
    cases: BOARD_CASES,
  },
  'Mutation.setMeetingAttendance': {
    document: 'mutation($i: SetMeetingAttendanceInput!) { setMeetingAttendance(input: $i) { id } }',
    request: async (c, { given }) => ({
      variables: {
        i: {
          postId: await postOnBoard(c, 'meeting'),
          organisationId: await companyFor(c, given),
          status: 'attending',
        },
      },
    }),
    cases: COMPANY_CASES,
  },
};

export const GROUP_FIELDS: NonNullable<AuthorizationRows['fields']> = {
  'CompanyGroup.posts': {
    document:
      'query($id: ID!) { companyGroup(id: $id) { posts { id mine files { id url } comments { id } attendance { status } } } }',
    request: async (c, { given }) => ({
      variables: { id: await groupWithC(c, given === 'invited' ? 'invited' : 'member') },
    }),
    cases: [
      { as: 'companyAdminC', expect: 'ok', why: 'a company admin of a current member' },
      { as: 'staffA', expect: 'ok', why: 'staff of the owner' },
      { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'a company only invited', given: 'invited' },
    ],
  },
};
