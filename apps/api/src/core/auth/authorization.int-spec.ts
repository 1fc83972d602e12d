import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { codes, type GqlResult, TestApp, type TestUser } from '../../../test/harness';
import { seminarSession } from '../../../test/seminar-fixtures';
import { Public } from './policy';
import { schemaRootOperations, unprotectedOperations } from './policy-audit';

/** A deliberately unprotected resolver: proves the audit and the guard catch a missing policy. */
@Resolver()
class UnprotectedFixtureResolver {
  @Query(() => String)
  unprotectedFixture(): string {
    return 'should never be returned';
  }
}

@Module({ providers: [UnprotectedFixtureResolver] })
class UnprotectedFixtureModule {}

type Expect = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type Actor =
  'anonymous' | 'learnerA' | 'learnerB' | 'staffA' | 'staffB' | 'companyAdminC' | 'admin' | 'invitee';

interface Case {
  as: Actor;
  expect: Expect;
  /** Why this caller: "allowed", "wrong role", "other organisation", "not signed in". */
  why: string;
  call: (ctx: Context, token: string | null) => Promise<GqlResult>;
}

interface Context {
  app: TestApp;
  orgA: string;
  orgB: string;
  companyC: string;
  users: Record<Exclude<Actor, 'anonymous'>, TestUser>;
  invitationToken: () => Promise<string>;
}

const q =
  (query: string, variables: Record<string, unknown> = {}) =>
  (ctx: Context, token: string | null) =>
    ctx.app.gql(query, variables, { token });

/**
 * Every root operation of the schema must appear here with at least one allowed caller and, unless
 * public, at least one refused caller. The first test fails when an operation is added without a row.
 */
const MATRIX: Record<string, { public?: true; cases: Case[] }> = {
  'Query.me': {
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: any signed-in user', call: q('{ me { id } }') },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in', call: q('{ me { id } }') },
    ],
  },
  'Query.organisations': {
    cases: [
      {
        as: 'learnerA',
        expect: 'ok',
        why: 'allowed: any signed-in user',
        call: q('{ organisations { id } }'),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: q('{ organisations { id } }'),
      },
    ],
  },
  'Query.organisation': {
    cases: [
      {
        as: 'staffB',
        expect: 'ok',
        why: 'allowed: organisation profiles are visible to signed-in users',
        call: (c, t) =>
          c.app.gql('query($id: ID!) { organisation(id: $id) { id } }', { id: c.orgA }, { token: t }),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: (c, t) =>
          c.app.gql('query($id: ID!) { organisation(id: $id) { id } }', { id: c.orgA }, { token: t }),
      },
    ],
  },
  'Query.organisationMembers': {
    cases: [
      {
        as: 'staffA',
        expect: 'ok',
        why: 'allowed: staff of the organisation',
        call: (c, t) =>
          c.app.gql(
            'query($o: ID!) { organisationMembers(organisationId: $o) { id user { id } } }',
            { o: c.orgA },
            { token: t },
          ),
      },
      {
        as: 'admin',
        expect: 'ok',
        why: 'allowed: platform admin',
        call: (c, t) =>
          c.app.gql(
            'query($o: ID!) { organisationMembers(organisationId: $o) { id } }',
            { o: c.orgA },
            { token: t },
          ),
      },
      {
        as: 'learnerA',
        expect: 'FORBIDDEN',
        why: 'wrong role',
        call: (c, t) =>
          c.app.gql(
            'query($o: ID!) { organisationMembers(organisationId: $o) { id } }',
            { o: c.orgA },
            { token: t },
          ),
      },
      {
        as: 'staffB',
        expect: 'FORBIDDEN',
        why: 'other organisation',
        call: (c, t) =>
          c.app.gql(
            'query($o: ID!) { organisationMembers(organisationId: $o) { id } }',
            { o: c.orgA },
            { token: t },
          ),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: (c, t) =>
          c.app.gql(
            'query($o: ID!) { organisationMembers(organisationId: $o) { id } }',
            { o: c.orgA },
            { token: t },
          ),
      },
    ],
  },
  'Query.invitation': {
    public: true,
    cases: [
      {
        as: 'anonymous',
        expect: 'ok',
        why: 'allowed: the sign-up page shows it before she has an account',
        call: async (c, t) =>
          c.app.gql(
            'query($t: String!) { invitation(token: $t) { role organisation { name } } }',
            { t: await c.invitationToken() },
            { token: t },
          ),
      },
    ],
  },
  'Mutation.signUp': {
    public: true,
    cases: [
      {
        as: 'anonymous',
        expect: 'ok',
        why: 'allowed: anyone may create an account',
        call: (c, t) =>
          c.app.gql(
            'mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }',
            {
              i: {
                email: `m-${Date.now()}-${Math.random()}@test.tsunagu.jp`,
                password: 'long-enough-pw',
                familyName: '山田',
                givenName: '花子',
                familyNameKana: 'ヤマダ',
                givenNameKana: 'ハナコ',
              },
            },
            { token: t },
          ),
      },
    ],
  },
  'Mutation.signIn': {
    public: true,
    cases: [
      {
        as: 'anonymous',
        expect: 'ok',
        why: 'allowed: anyone may sign in',
        call: (c, t) =>
          c.app.gql(
            'mutation($i: SignInInput!) { signIn(input: $i) { user { id memberships { role } } } }',
            { i: { email: c.users.learnerA.email, password: c.users.learnerA.password } },
            { token: t },
          ),
      },
    ],
  },
  'Mutation.refreshSession': {
    public: true,
    cases: [
      {
        as: 'anonymous',
        expect: 'ok',
        why: 'allowed: the refresh token is the credential',
        call: async (c, t) => {
          const u = await c.app.user();
          return c.app.gql(
            'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }',
            { r: u.refreshToken },
            { token: t },
          );
        },
      },
    ],
  },
  'Mutation.signOut': {
    cases: [
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in', call: q('mutation { signOut }') },
      {
        as: 'learnerA',
        expect: 'ok',
        why: 'allowed: any signed-in user ends her own session',
        call: async (c) => {
          const u = await c.app.user();
          return c.app.gql('mutation { signOut }', {}, { token: u.token });
        },
      },
    ],
  },
  'Mutation.changePassword': {
    cases: [
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: q('mutation($i: ChangePasswordInput!) { changePassword(input: $i) }', {
          i: { currentPassword: 'x', newPassword: 'new-password-123' },
        }),
      },
      {
        as: 'learnerA',
        expect: 'ok',
        why: 'allowed: her own password',
        call: async (c) => {
          const u = await c.app.user();
          return c.app.gql(
            'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
            { i: { currentPassword: u.password, newPassword: 'new-password-123' } },
            { token: u.token },
          );
        },
      },
    ],
  },
  'Mutation.updatePreferredLocale': {
    cases: [
      {
        as: 'learnerA',
        expect: 'ok',
        why: 'allowed: her own preference',
        call: q('mutation { updatePreferredLocale(locale: ja) { preferredLocale } }'),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: q('mutation { updatePreferredLocale(locale: en) { preferredLocale } }'),
      },
    ],
  },
  'Mutation.createOrganisation': {
    cases: [
      {
        as: 'admin',
        expect: 'ok',
        why: 'allowed: platform admin',
        call: q('mutation { createOrganisation(input: { name: "新しい団体", kind: npo }) { id } }'),
      },
      {
        as: 'staffA',
        expect: 'FORBIDDEN',
        why: 'wrong role',
        call: q('mutation { createOrganisation(input: { name: "新しい団体", kind: npo }) { id } }'),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: q('mutation { createOrganisation(input: { name: "新しい団体", kind: npo }) { id } }'),
      },
    ],
  },
  'Mutation.inviteMember': {
    cases: [
      {
        as: 'staffA',
        expect: 'ok',
        why: 'allowed: staff of the organisation',
        call: (c, t) =>
          c.app.gql(
            'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }',
            { i: { organisationId: c.orgA, email: 'new@test.tsunagu.jp', role: 'learner' } },
            { token: t },
          ),
      },
      {
        as: 'learnerA',
        expect: 'FORBIDDEN',
        why: 'wrong role',
        call: (c, t) =>
          c.app.gql(
            'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }',
            { i: { organisationId: c.orgA, email: 'new@test.tsunagu.jp', role: 'learner' } },
            { token: t },
          ),
      },
      {
        as: 'staffB',
        expect: 'FORBIDDEN',
        why: 'other organisation',
        call: (c, t) =>
          c.app.gql(
            'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }',
            { i: { organisationId: c.orgA, email: 'new@test.tsunagu.jp', role: 'learner' } },
            { token: t },
          ),
      },
      {
        as: 'companyAdminC',
        expect: 'FORBIDDEN',
        why: 'company admin may not grant staff in her own company',
        call: (c, t) =>
          c.app.gql(
            'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }',
            { i: { organisationId: c.companyC, email: 'new@test.tsunagu.jp', role: 'staff' } },
            { token: t },
          ),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: (c, t) =>
          c.app.gql(
            'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }',
            { i: { organisationId: c.orgA, email: 'new@test.tsunagu.jp', role: 'learner' } },
            { token: t },
          ),
      },
    ],
  },
  'Mutation.acceptInvitation': {
    cases: [
      {
        as: 'invitee',
        expect: 'ok',
        why: 'allowed: the invited email',
        call: async (c, t) =>
          c.app.gql(
            'mutation($t: String!) { acceptInvitation(token: $t) { role } }',
            { t: await c.invitationToken() },
            { token: t },
          ),
      },
      {
        as: 'staffB',
        expect: 'FORBIDDEN',
        why: 'someone else (other organisation) holding the link',
        call: async (c, t) =>
          c.app.gql(
            'mutation($t: String!) { acceptInvitation(token: $t) { role } }',
            { t: await c.invitationToken() },
            { token: t },
          ),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: async (c, t) =>
          c.app.gql(
            'mutation($t: String!) { acceptInvitation(token: $t) { role } }',
            { t: await c.invitationToken() },
            { token: t },
          ),
      },
    ],
  },
  // ---- enrolment (sessions are built per case: apps/api/test/seminar-fixtures.ts)
  'Mutation.enrol': {
    cases: [
      {
        as: 'learnerB',
        expect: 'ok',
        why: 'allowed: any signed-in learner, even from another organisation, for a public course',
        call: async (c, t) =>
          c.app.gql(
            'mutation($s: ID!) { enrol(input: { sessionId: $s }) { status } }',
            { s: (await seminarSession(c.app, { providerOrganisationId: c.orgA })).sessionId },
            { token: t },
          ),
      },
      {
        as: 'learnerB',
        expect: 'NOT_FOUND',
        why: 'other organisation: a course private to organisation A does not exist for her',
        call: async (c, t) =>
          c.app.gql(
            'mutation($s: ID!) { enrol(input: { sessionId: $s }) { status } }',
            {
              s: (await seminarSession(c.app, { providerOrganisationId: c.orgA, visibility: 'organisation' }))
                .sessionId,
            },
            { token: t },
          ),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: async (c, t) =>
          c.app.gql(
            'mutation($s: ID!) { enrol(input: { sessionId: $s }) { status } }',
            { s: (await seminarSession(c.app, { providerOrganisationId: c.orgA })).sessionId },
            { token: t },
          ),
      },
    ],
  },
  'Mutation.cancelEnrolment': {
    cases: [
      {
        as: 'learnerA',
        expect: 'ok',
        why: 'allowed: her own enrolment',
        call: async (c, t) =>
          c.app.gql(
            'mutation($e: ID!) { cancelEnrolment(id: $e) { status } }',
            { e: await enrolmentOf(c, c.users.learnerA) },
            { token: t },
          ),
      },
      {
        as: 'staffA',
        expect: 'ok',
        why: 'allowed: staff of the provider',
        call: async (c, t) =>
          c.app.gql(
            'mutation($e: ID!) { cancelEnrolment(id: $e) { status } }',
            { e: await enrolmentOf(c, c.users.learnerA) },
            { token: t },
          ),
      },
      {
        as: 'learnerB',
        expect: 'NOT_FOUND',
        why: "another learner's enrolment (wrong person)",
        call: async (c, t) =>
          c.app.gql(
            'mutation($e: ID!) { cancelEnrolment(id: $e) { status } }',
            { e: await enrolmentOf(c, c.users.learnerA) },
            { token: t },
          ),
      },
      {
        as: 'companyAdminC',
        expect: 'NOT_FOUND',
        why: 'other organisation (a company admin of another provider)',
        call: async (c, t) =>
          c.app.gql(
            'mutation($e: ID!) { cancelEnrolment(id: $e) { status } }',
            { e: await enrolmentOf(c, c.users.learnerA) },
            { token: t },
          ),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: async (c, t) =>
          c.app.gql(
            'mutation($e: ID!) { cancelEnrolment(id: $e) { status } }',
            { e: await enrolmentOf(c, c.users.learnerA) },
            { token: t },
          ),
      },
    ],
  },
  'Query.myEnrolments': {
    cases: [
      { as: 'learnerA', expect: 'ok', why: 'allowed: her own list', call: q('{ myEnrolments { id } }') },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: q('{ myEnrolments { id } }'),
      },
    ],
  },
  'Query.sessionRoster': {
    cases: [
      {
        as: 'staffA',
        expect: 'ok',
        why: 'allowed: staff',
        call: async (c, t) =>
          c.app.gql(
            'query($s: ID!) { sessionRoster(sessionId: $s) { id childAgesMonths } }',
            { s: (await seminarSession(c.app, { providerOrganisationId: c.orgA })).sessionId },
            { token: t },
          ),
      },
      {
        as: 'learnerA',
        expect: 'FORBIDDEN',
        why: 'wrong role',
        call: async (c, t) =>
          c.app.gql(
            'query($s: ID!) { sessionRoster(sessionId: $s) { id } }',
            { s: (await seminarSession(c.app, { providerOrganisationId: c.orgA })).sessionId },
            { token: t },
          ),
      },
      {
        as: 'companyAdminC',
        expect: 'FORBIDDEN',
        why: "other organisation: a company admin sees only her own company's sessions",
        call: async (c, t) =>
          c.app.gql(
            'query($s: ID!) { sessionRoster(sessionId: $s) { id } }',
            { s: (await seminarSession(c.app, { providerOrganisationId: c.orgA })).sessionId },
            { token: t },
          ),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: async (c, t) =>
          c.app.gql(
            'query($s: ID!) { sessionRoster(sessionId: $s) { id } }',
            { s: (await seminarSession(c.app, { providerOrganisationId: c.orgA })).sessionId },
            { token: t },
          ),
      },
    ],
  },
  'Mutation.drawLottery': {
    cases: [
      {
        as: 'staffA',
        expect: 'ok',
        why: 'allowed: staff',
        call: async (c, t) =>
          c.app.gql(
            'mutation($s: ID!) { drawLottery(sessionId: $s) { lotterySeed } }',
            {
              s: (await seminarSession(c.app, { providerOrganisationId: c.orgA, mode: 'lottery' })).sessionId,
            },
            { token: t },
          ),
      },
      {
        as: 'learnerA',
        expect: 'FORBIDDEN',
        why: 'wrong role',
        call: async (c, t) =>
          c.app.gql(
            'mutation($s: ID!) { drawLottery(sessionId: $s) { lotterySeed } }',
            {
              s: (await seminarSession(c.app, { providerOrganisationId: c.orgA, mode: 'lottery' })).sessionId,
            },
            { token: t },
          ),
      },
      {
        as: 'companyAdminC',
        expect: 'FORBIDDEN',
        why: 'other organisation',
        call: async (c, t) =>
          c.app.gql(
            'mutation($s: ID!) { drawLottery(sessionId: $s) { lotterySeed } }',
            {
              s: (await seminarSession(c.app, { providerOrganisationId: c.orgA, mode: 'lottery' })).sessionId,
            },
            { token: t },
          ),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: async (c, t) =>
          c.app.gql(
            'mutation($s: ID!) { drawLottery(sessionId: $s) { lotterySeed } }',
            {
              s: (await seminarSession(c.app, { providerOrganisationId: c.orgA, mode: 'lottery' })).sessionId,
            },
            { token: t },
          ),
      },
    ],
  },
  'Mutation.checkIn': {
    cases: [
      { as: 'staffA', expect: 'ok', why: 'allowed: staff', call: async (c, t) => checkIn(c, t) },
      {
        as: 'learnerA',
        expect: 'FORBIDDEN',
        why: 'wrong role (even with her own code)',
        call: async (c, t) => checkIn(c, t),
      },
      {
        as: 'companyAdminC',
        expect: 'FORBIDDEN',
        why: 'other organisation',
        call: async (c, t) => checkIn(c, t),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: async (c, t) => checkIn(c, t),
      },
    ],
  },
  'Mutation.markAttendance': {
    cases: [
      { as: 'staffA', expect: 'ok', why: 'allowed: staff', call: async (c, t) => markAttendance(c, t) },
      { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role', call: async (c, t) => markAttendance(c, t) },
      {
        as: 'companyAdminC',
        expect: 'FORBIDDEN',
        why: 'other organisation',
        call: async (c, t) => markAttendance(c, t),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: async (c, t) => markAttendance(c, t),
      },
    ],
  },
  'Query.verifyCertificate': {
    public: true,
    cases: [
      {
        as: 'anonymous',
        expect: 'NOT_FOUND',
        why: 'public: anyone may check a code (an unknown one is simply not found)',
        call: q('{ verifyCertificate(code: "TSU-AAAA-AAAA") { learnerName } }'),
      },
      {
        as: 'anonymous',
        expect: 'ok',
        why: 'allowed: the public verification page',
        call: async (c, t) =>
          c.app.gql(
            'query($v: String!) { verifyCertificate(code: $v) { learnerName } }',
            { v: await certificateCode(c) },
            { token: t },
          ),
      },
    ],
  },
};

/** Field resolvers with their own policies: who may read a field of someone else's object. */
const FIELD_CASES: { name: string; as: Actor; expect: Expect; why: string; call: Case['call'] }[] = [
  {
    name: 'User.memberships (own)',
    as: 'learnerA',
    expect: 'ok',
    why: 'herself',
    call: q('{ me { memberships { role organisation { name } } personas } }'),
  },
  {
    name: 'User.memberships (other member)',
    as: 'staffA',
    expect: 'FORBIDDEN',
    why: 'staff see members, not their other organisations',
    call: (c, t) =>
      c.app.gql(
        'query($o: ID!) { organisationMembers(organisationId: $o) { user { memberships { id } } } }',
        { o: c.orgA },
        { token: t },
      ),
  },
  {
    name: 'Membership.user (staff of org)',
    as: 'staffA',
    expect: 'ok',
    why: 'staff of the organisation',
    call: (c, t) =>
      c.app.gql(
        'query($o: ID!) { organisationMembers(organisationId: $o) { user { familyName } } }',
        { o: c.orgA },
        { token: t },
      ),
  },
  {
    name: 'Invitation.organisation',
    as: 'anonymous',
    expect: 'ok',
    why: 'public with the token',
    call: async (c, t) =>
      c.app.gql(
        'query($t: String!) { invitation(token: $t) { organisation { name } } }',
        { t: await c.invitationToken() },
        { token: t },
      ),
  },
];

async function enrolmentOf(c: Context, learner: TestUser): Promise<string> {
  const { sessionId } = await seminarSession(c.app, { providerOrganisationId: c.orgA });
  const result = await c.app.gql<{ enrol: { id: string } }>(
    'mutation($s: ID!) { enrol(input: { sessionId: $s }) { id } }',
    { s: sessionId },
    { token: learner.token },
  );
  return result.data!.enrol.id;
}

async function checkIn(c: Context, token: string | null): Promise<GqlResult> {
  const fixture = await seminarSession(c.app, { providerOrganisationId: c.orgA, meetings: 2 });
  await c.app.gql(
    'mutation($s: ID!) { enrol(input: { sessionId: $s }) { id } }',
    { s: fixture.sessionId },
    { token: c.users.learnerA.token },
  );
  const mine = await c.app.gql<{ myEnrolments: { checkInCode: string | null; session: { id: string } }[] }>(
    '{ myEnrolments { checkInCode session { id } } }',
    {},
    { token: c.users.learnerA.token },
  );
  const code = mine.data!.myEnrolments.find((e) => e.session.id === fixture.sessionId)!.checkInCode!;
  return c.app.gql(
    'mutation($s: ID!, $m: ID!, $c: String!) { checkIn(sessionId: $s, meetingId: $m, code: $c) { status } }',
    { s: fixture.sessionId, m: fixture.meetingIds[0], c: code },
    { token },
  );
}

async function markAttendance(c: Context, token: string | null): Promise<GqlResult> {
  const fixture = await seminarSession(c.app, { providerOrganisationId: c.orgA, meetings: 2 });
  const enrolled = await c.app.gql<{ enrol: { id: string } }>(
    'mutation($s: ID!) { enrol(input: { sessionId: $s }) { id } }',
    { s: fixture.sessionId },
    { token: c.users.learnerA.token },
  );
  return c.app.gql(
    'mutation($e: ID!, $m: ID!) { markAttendance(enrolmentId: $e, meetingId: $m, status: attended) { status } }',
    { e: enrolled.data!.enrol.id, m: fixture.meetingIds[0] },
    { token },
  );
}

async function certificateCode(c: Context): Promise<string> {
  const fixture = await seminarSession(c.app, { providerOrganisationId: c.orgA, meetings: 1 });
  const enrolled = await c.app.gql<{ enrol: { id: string } }>(
    'mutation($s: ID!) { enrol(input: { sessionId: $s }) { id } }',
    { s: fixture.sessionId },
    { token: c.users.learnerA.token },
  );
  await c.app.gql(
    'mutation($e: ID!, $m: ID!) { markAttendance(enrolmentId: $e, meetingId: $m, status: attended) { status } }',
    { e: enrolled.data!.enrol.id, m: fixture.meetingIds[0] },
    { token: c.users.staffA.token },
  );
  const [row] = await c.app.dataSource.query(
    'SELECT verification_code FROM certificates WHERE enrolment_id = $1',
    [enrolled.data!.enrol.id],
  );
  return row.verification_code;
}

describe('authorization', () => {
  let ctx: Context;

  beforeAll(async () => {
    const app = await TestApp.create();
    const orgA = await app.organisation('city');
    const orgB = await app.organisation('city');
    const companyC = await app.organisation('partner_company');
    const adminOrg = await app.organisation('city');
    const users = {
      learnerA: await app.user({ roles: [[orgA, 'learner']] }),
      learnerB: await app.user({ roles: [[orgB, 'learner']] }),
      staffA: await app.user({ roles: [[orgA, 'staff']] }),
      staffB: await app.user({ roles: [[orgB, 'staff']] }),
      companyAdminC: await app.user({ roles: [[companyC, 'company_admin']] }),
      admin: await app.user({ roles: [[adminOrg, 'admin']] }),
      invitee: await app.user(),
    };
    const invitationToken = async () => {
      const result = await app.gql<{ inviteMember: { token: string } }>(
        'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }',
        { i: { organisationId: orgA, email: users.invitee.email, role: 'learner' } },
        { token: users.staffA.token },
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.inviteMember.token;
    };
    ctx = { app, orgA, orgB, companyC, users, invitationToken };
  });

  afterAll(() => ctx.app.close());

  it('declares a policy on every operation, field resolver and route of the app', () => {
    expect(unprotectedOperations(ctx.app.app)).toEqual([]);
  });

  it('has an authorization matrix row for every root operation in the schema', () => {
    const operations = schemaRootOperations(ctx.app.app).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
    for (const [name, row] of Object.entries(MATRIX)) {
      expect({ name, allowed: row.cases.some((c) => c.expect === 'ok') }).toEqual({ name, allowed: true });
      if (!row.public) {
        expect({ name, refused: row.cases.some((c) => c.expect !== 'ok') }).toEqual({ name, refused: true });
      }
    }
  });

  const rows = Object.entries(MATRIX).flatMap(([name, row]) => row.cases.map((c) => ({ name, ...c })));
  it.each(rows)('$name as $as ($why) → $expect', async ({ as, expect: expected, call }) => {
    const token = as === 'anonymous' ? null : ctx.users[as].token;
    const result = await call(ctx, token);
    if (expected === 'ok') {
      expect(result.errors).toBeUndefined();
      expect(result.data).not.toBeNull();
    } else {
      expect(codes(result)).toContain(expected);
    }
  });

  it.each(FIELD_CASES)('field $name as $as ($why) → $expect', async ({ as, expect: expected, call }) => {
    const token = as === 'anonymous' ? null : ctx.users[as].token;
    const result = await call(ctx, token);
    if (expected === 'ok') expect(result.errors).toBeUndefined();
    else expect(codes(result)).toContain(expected);
  });

  describe('with a deliberately unprotected resolver', () => {
    let withFixture: TestApp;
    beforeAll(async () => {
      withFixture = await TestApp.create({ imports: [UnprotectedFixtureModule] });
    });
    afterAll(() => withFixture.close());

    it('the audit reports it', () => {
      expect(unprotectedOperations(withFixture.app)).toEqual(['Query.unprotectedFixture']);
    });

    it('the guard refuses to run it, even for an admin', async () => {
      const result = await withFixture.gql('{ unprotectedFixture }', {}, { token: ctx.users.admin.token });
      expect(codes(result)).toEqual(['FORBIDDEN']);
      expect(result.data).toBeNull();
    });

    it('and Public is what would open it', () => {
      expect(Public.public).toBe(true);
    });
  });
});
