import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { codes, type GqlResult, TestApp, type TestUser } from '../../../test/harness';
import { seminarSession, type SessionOptions } from '../../../test/seminar-fixtures';
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
  | 'anonymous'
  | 'learnerA'
  | 'learnerB'
  | 'staffA'
  | 'staffB'
  | 'staffCo'
  | 'companyAdminC'
  | 'admin'
  | 'invitee';

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
  /** Co-organises (共催) orgA's fixture courses; its staff run them too. */
  orgCo: string;
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
        as: 'staffCo',
        expect: 'ok',
        why: 'allowed: staff of a co-organiser',
        call: async (c, t) =>
          c.app.gql(
            'mutation($e: ID!) { cancelEnrolment(id: $e) { status } }',
            { e: await enrolmentOf(c, c.users.learnerA) },
            { token: t },
          ),
      },
      {
        as: 'staffB',
        expect: 'NOT_FOUND',
        why: "staff of another organisation: someone else's enrolment is not revealed",
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
    cases: organiserRows(async (c, t) =>
      c.app.gql(
        'query($s: ID!) { sessionRoster(sessionId: $s) { id childAgesMonths } }',
        { s: (await organisedSession(c)).sessionId },
        { token: t },
      ),
    ),
  },
  'Mutation.drawLottery': {
    cases: organiserRows(async (c, t) =>
      c.app.gql(
        'mutation($s: ID!) { drawLottery(sessionId: $s) { drawnAt } }',
        { s: (await organisedSession(c, { mode: 'lottery', closesInHours: -1 })).sessionId },
        { token: t },
      ),
    ),
  },
  'Mutation.checkIn': { cases: organiserRows(async (c, t) => checkIn(c, t)) },
  'Mutation.markAttendance': { cases: organiserRows(async (c, t) => markAttendance(c, t)) },
  'Query.lotteryDraw': {
    public: true,
    cases: [
      {
        as: 'anonymous',
        expect: 'ok',
        why: 'allowed: anyone may check the lottery of a session she may see',
        call: async (c, t) =>
          c.app.gql(
            'query($s: ID!) { lotteryDraw(sessionId: $s) { commitment seed } }',
            { s: (await organisedSession(c, { mode: 'lottery' })).sessionId },
            { token: t },
          ),
      },
      {
        as: 'learnerB',
        expect: 'NOT_FOUND',
        why: 'other organisation: the lottery of a course private to organisation A is not revealed',
        call: async (c, t) =>
          c.app.gql(
            'query($s: ID!) { lotteryDraw(sessionId: $s) { commitment } }',
            { s: (await organisedSession(c, { mode: 'lottery', visibility: 'organisation' })).sessionId },
            { token: t },
          ),
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

  // Catalogue. A course is edited by its provider's staff (and company admins) and its co-organisers'
  // staff; staff of any other organisation are refused: editing a course she can see is FORBIDDEN, one
  // she cannot see (a draft, a restricted course) NOT_FOUND.
  'Query.catalogue': {
    public: true,
    cases: [
      {
        as: 'anonymous',
        expect: 'ok',
        why: 'allowed: the public catalogue',
        call: q('{ catalogue { totalCount items { course { title } provider { name } } } }'),
      },
      {
        as: 'learnerA',
        expect: 'ok',
        why: 'allowed: plus what her organisations may see',
        call: q('{ catalogue(filter: { limit: 5 }) { items { seatsLeft } } }'),
      },
    ],
  },
  'Query.course': {
    public: true,
    cases: [
      {
        as: 'anonymous',
        expect: 'ok',
        why: 'allowed: a published public course',
        call: catalogueCall((f) => [
          'query($id: ID!) { course(id: $id) { title lessons { title } } }',
          { id: f.course },
        ]),
      },
      {
        as: 'companyAdminC',
        expect: 'NOT_FOUND',
        why: 'other organisation: a draft is not revealed',
        call: catalogueCall((f) => ['query($id: ID!) { course(id: $id) { title } }', { id: f.draft }]),
      },
      {
        as: 'staffCo',
        expect: 'ok',
        why: 'allowed: staff of a co-organiser see its drafts',
        call: catalogueCall((f) => ['query($id: ID!) { course(id: $id) { title } }', { id: f.draft }]),
      },
      {
        as: 'staffB',
        expect: 'NOT_FOUND',
        why: "staff of another organisation: another organisation's draft is not revealed",
        call: catalogueCall((f) => ['query($id: ID!) { course(id: $id) { title } }', { id: f.draft }]),
      },
    ],
  },
  'Query.session': {
    public: true,
    cases: [
      {
        as: 'anonymous',
        expect: 'ok',
        why: 'allowed: a session of a published public course',
        call: catalogueCall((f) => [
          'query($id: ID!) { session(id: $id) { seatsLeft meetings { startsAt } course { title } } }',
          { id: f.session },
        ]),
      },
      {
        as: 'anonymous',
        expect: 'NOT_FOUND',
        why: 'not signed in: a session of a draft is not revealed',
        call: catalogueCall((f) => ['query($id: ID!) { session(id: $id) { id } }', { id: f.draftSession }]),
      },
    ],
  },
  'Query.editableCourses': {
    cases: [
      { as: 'staffA', expect: 'ok', why: 'allowed: staff', call: q('{ editableCourses { id } }') },
      {
        as: 'companyAdminC',
        expect: 'ok',
        why: 'allowed: company admin (her own company’s courses)',
        call: q('{ editableCourses { id } }'),
      },
      { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role', call: q('{ editableCourses { id } }') },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: q('{ editableCourses { id } }'),
      },
    ],
  },
  'Mutation.createCourse': {
    cases: [
      {
        as: 'staffA',
        expect: 'ok',
        why: 'allowed: staff of the provider',
        call: (c, t) => c.app.gql(CREATE_COURSE, { i: courseInput(c.orgA) }, { token: t }),
      },
      {
        as: 'companyAdminC',
        expect: 'ok',
        why: 'allowed: company admin of the provider',
        call: (c, t) => c.app.gql(CREATE_COURSE, { i: courseInput(c.companyC) }, { token: t }),
      },
      {
        as: 'companyAdminC',
        expect: 'FORBIDDEN',
        why: 'other organisation',
        call: (c, t) => c.app.gql(CREATE_COURSE, { i: courseInput(c.orgA) }, { token: t }),
      },
      {
        as: 'staffB',
        expect: 'FORBIDDEN',
        why: "staff of another organisation cannot create a course in organisation A's name",
        call: (c, t) => c.app.gql(CREATE_COURSE, { i: courseInput(c.orgA) }, { token: t }),
      },
      {
        as: 'staffCo',
        expect: 'FORBIDDEN',
        why: "a co-organiser's staff cannot create a course in the provider's name",
        call: (c, t) => c.app.gql(CREATE_COURSE, { i: courseInput(c.orgA) }, { token: t }),
      },
      {
        as: 'learnerA',
        expect: 'FORBIDDEN',
        why: 'wrong role',
        call: (c, t) => c.app.gql(CREATE_COURSE, { i: courseInput(c.orgA) }, { token: t }),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: (c, t) => c.app.gql(CREATE_COURSE, { i: courseInput(c.orgA) }, { token: t }),
      },
    ],
  },
  ...editorRows('Mutation.updateCourse', (f) => [
    'mutation($id: ID!) { updateCourse(id: $id, input: { summary: "更新" }) { id } }',
    { id: f.course },
  ]),
  'Mutation.copyCourse': {
    cases: (() => {
      const call = catalogueCall((f) => [
        'mutation($id: ID!) { copyCourse(id: $id) { id } }',
        { id: f.course },
      ]);
      return [
        { as: 'staffA', expect: 'ok', why: 'allowed: staff of the provider', call },
        { as: 'admin', expect: 'ok', why: 'allowed: platform admin', call },
        {
          as: 'staffCo',
          expect: 'FORBIDDEN',
          why: "a co-organiser's staff: the copy would be a course in the provider's name",
          call,
        },
        { as: 'staffB', expect: 'FORBIDDEN', why: 'staff of another organisation', call },
        { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role', call },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in', call },
      ] satisfies Case[];
    })(),
  },
  ...editorRows('Mutation.publishCourse', (f) => [
    'mutation($id: ID!) { publishCourse(id: $id) { status } }',
    { id: f.course },
  ]),
  ...editorRows('Mutation.unpublishCourse', (f) => [
    'mutation($id: ID!) { unpublishCourse(id: $id) { status } }',
    { id: f.course },
  ]),
  ...editorRows('Mutation.addLesson', (f) => [
    'mutation($i: AddLessonInput!) { addLesson(input: $i) { id } }',
    { i: { courseId: f.course, kind: 'text', title: '資料' } },
  ]),
  ...editorRows('Mutation.updateLesson', (f) => [
    'mutation($id: ID!) { updateLesson(id: $id, input: { title: "資料（改）" }) { id } }',
    { id: f.lesson },
  ]),
  ...editorRows('Mutation.removeLesson', (f) => [
    'mutation($id: ID!) { removeLesson(id: $id) { id } }',
    { id: f.lesson },
  ]),
  ...editorRows('Mutation.reorderLessons', (f) => [
    'mutation($c: ID!, $l: [ID!]!) { reorderLessons(courseId: $c, lessonIds: $l) { id } }',
    { c: f.course, l: [f.lesson] },
  ]),
  ...editorRows('Mutation.createSession', (f) => [
    'mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }',
    { i: sessionInput(f.course) },
  ]),
  ...editorRows('Mutation.updateSession', (f) => [
    'mutation($id: ID!) { updateSession(id: $id, input: { capacity: 12 }) { capacity } }',
    { id: f.session },
  ]),
  ...editorRows('Mutation.cancelSession', (f) => [
    'mutation($id: ID!) { cancelSession(id: $id) { status } }',
    { id: f.session },
  ]),
  'Mutation.completeLesson': {
    cases: [
      {
        as: 'learnerB',
        expect: 'ok',
        why: 'allowed: a lesson of a public course',
        call: catalogueCall((f) => [
          'mutation($l: ID!) { completeLesson(lessonId: $l) { id } }',
          { l: f.lesson },
        ]),
      },
      {
        as: 'learnerB',
        expect: 'NOT_FOUND',
        why: 'other organisation: a lesson of an organisation-only course',
        call: catalogueCall((f) => [
          'mutation($l: ID!) { completeLesson(lessonId: $l) { id } }',
          { l: f.restrictedLesson },
        ]),
      },
      {
        as: 'learnerA',
        expect: 'ok',
        why: 'allowed: a member of the provider',
        call: catalogueCall((f) => [
          'mutation($l: ID!) { completeLesson(lessonId: $l) { id } }',
          { l: f.restrictedLesson },
        ]),
      },
      {
        as: 'anonymous',
        expect: 'UNAUTHENTICATED',
        why: 'not signed in',
        call: catalogueCall((f) => [
          'mutation($l: ID!) { completeLesson(lessonId: $l) { id } }',
          { l: f.lesson },
        ]),
      },
    ],
  },
  // issue 8: organisation contact (問い合わせ先) and privacy notice
  'Mutation.updateOrganisationContact': {
    cases: [
      { as: 'staffA', expect: 'ok', why: 'allowed: staff of the organisation', call: contactCall('orgA') },
      {
        as: 'companyAdminC',
        expect: 'ok',
        why: 'allowed: the company admin of a partner company keeps its own contact',
        call: contactCall('companyC'),
      },
      { as: 'admin', expect: 'ok', why: 'allowed: platform admin', call: contactCall('orgA') },
      { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role', call: contactCall('orgA') },
      { as: 'staffB', expect: 'FORBIDDEN', why: 'other organisation', call: contactCall('orgA') },
      { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'other organisation', call: contactCall('orgA') },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in', call: contactCall('orgA') },
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

/** A session of a course provided by orgA and co-organised by orgCo. */
function organisedSession(c: Context, options: Omit<SessionOptions, 'providerOrganisationId'> = {}) {
  return seminarSession(c.app, { providerOrganisationId: c.orgA, coOrganiserIds: [c.orgCo], ...options });
}

/** Operations that run a session (roster, lottery, check-in, attendance): its organisers only. */
function organiserRows(call: Case['call']): Case[] {
  return [
    { as: 'staffA', expect: 'ok', why: 'allowed: staff of the provider', call },
    { as: 'staffCo', expect: 'ok', why: 'allowed: staff of a co-organiser (共催)', call },
    { as: 'admin', expect: 'ok', why: 'allowed: platform admin', call },
    { as: 'staffB', expect: 'FORBIDDEN', why: 'staff of another organisation', call },
    { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'other organisation: a company admin elsewhere', call },
    { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role', call },
    { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in', call },
  ];
}

async function enrolmentOf(c: Context, learner: TestUser): Promise<string> {
  const { sessionId } = await organisedSession(c);
  const result = await c.app.gql<{ enrol: { id: string } }>(
    'mutation($s: ID!) { enrol(input: { sessionId: $s }) { id } }',
    { s: sessionId },
    { token: learner.token },
  );
  return result.data!.enrol.id;
}

async function checkIn(c: Context, token: string | null): Promise<GqlResult> {
  const fixture = await organisedSession(c, { meetings: 2, firstMeetingInHours: -1 });
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
  const fixture = await organisedSession(c, { meetings: 2, firstMeetingInHours: -1 });
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
  const fixture = await seminarSession(c.app, {
    providerOrganisationId: c.orgA,
    meetings: 1,
    firstMeetingInHours: -3,
  });
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

interface CatalogueFixture {
  course: string;
  lesson: string;
  session: string;
  draft: string;
  draftSession: string;
  restrictedLesson: string;
}

const CREATE_COURSE = 'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }';
function courseInput(providerOrganisationId: string) {
  return { providerOrganisationId, title: '権限確認講座', category: 'leadership' };
}

function contactCall(organisation: 'orgA' | 'companyC'): Case['call'] {
  return (c, t) =>
    c.app.gql(
      'mutation($i: UpdateOrganisationContactInput!) { updateOrganisationContact(input: $i) { id contactPhone } }',
      { i: { organisationId: c[organisation], phone: '0299-00-1111' } },
      { token: t },
    );
}

function sessionInput(courseId: string) {
  const start = Date.now() + 30 * 24 * 60 * 60 * 1000;
  const iso = (t: number) => new Date(t).toISOString();
  return {
    courseId,
    venueName: '会場',
    capacity: 10,
    registrationOpensAt: iso(Date.now()),
    registrationClosesAt: iso(start - 2 * 24 * 60 * 60 * 1000),
    cancellationDeadline: iso(start - 24 * 60 * 60 * 1000),
    meetings: [{ startsAt: iso(start), endsAt: iso(start + 2 * 60 * 60 * 1000) }],
  };
}

/**
 * Fresh catalogue data of orgA, made by its staff through the API: a published public course with a
 * lesson and a session, a draft with a session, and an organisation-only course with a lesson.
 */
async function catalogueFixture(c: Context): Promise<CatalogueFixture> {
  const token = c.users.staffA.token;
  const lessonOf = async (courseId: string) => {
    const added = await c.app.gql<{ addLesson: { id: string } }>(
      'mutation($i: AddLessonInput!) { addLesson(input: $i) { id } }',
      { i: { courseId, kind: 'text', title: '資料' } },
      { token },
    );
    return added.data!.addLesson.id;
  };
  const coOrganiserIds = [c.orgCo];
  const course = await c.app.course(token, {
    providerOrganisationId: c.orgA,
    title: '公開講座',
    coOrganiserIds,
  });
  const draft = await c.app.course(
    token,
    { providerOrganisationId: c.orgA, title: '下書き', coOrganiserIds },
    { publish: false },
  );
  const restricted = await c.app.course(token, {
    providerOrganisationId: c.orgA,
    title: '市内限定講座',
    visibility: 'organisation',
    coOrganiserIds,
  });
  return {
    course,
    lesson: await lessonOf(course),
    session: await c.app.session(token, course),
    draft,
    draftSession: await c.app.session(token, draft),
    restrictedLesson: await lessonOf(restricted),
  };
}

function catalogueCall(build: (f: CatalogueFixture) => [string, Record<string, unknown>]): Case['call'] {
  return async (c, token) => {
    const [query, variables] = build(await catalogueFixture(c));
    return c.app.gql(query, variables, { token });
  };
}

/** The rows every course-editing operation shares: allowed editors, wrong role, other organisation, anonymous. */
function editorRows(
  name: string,
  build: (f: CatalogueFixture) => [string, Record<string, unknown>],
): Record<string, { cases: Case[] }> {
  const call = catalogueCall(build);
  return {
    [name]: {
      cases: [
        { as: 'staffA', expect: 'ok', why: 'allowed: staff of the provider', call },
        { as: 'staffCo', expect: 'ok', why: 'allowed: staff of a co-organiser (共催)', call },
        {
          as: 'staffB',
          expect: 'FORBIDDEN',
          why: 'staff of another organisation: neither provider nor co-organiser',
          call,
        },
        { as: 'admin', expect: 'ok', why: 'allowed: platform admin', call },
        { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role', call },
        { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'other organisation', call },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in', call },
      ],
    },
  };
}

describe('authorization', () => {
  let ctx: Context;

  beforeAll(async () => {
    const app = await TestApp.create();
    const orgA = await app.organisation('city');
    const orgB = await app.organisation('city');
    const orgCo = await app.organisation('prefecture');
    const companyC = await app.organisation('partner_company');
    const adminOrg = await app.organisation('city');
    const users = {
      learnerA: await app.user({ roles: [[orgA, 'learner']] }),
      learnerB: await app.user({ roles: [[orgB, 'learner']] }),
      staffA: await app.user({ roles: [[orgA, 'staff']] }),
      staffB: await app.user({ roles: [[orgB, 'staff']] }),
      staffCo: await app.user({ roles: [[orgCo, 'staff']] }),
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
    ctx = { app, orgA, orgB, orgCo, companyC, users, invitationToken };
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
