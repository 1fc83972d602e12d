import type { AuthorizationRows } from '../../../test/authorization/matrix';
import {
  catalogueFixture,
  EDITOR_CASES,
  enrolmentOf,
  organisedSession,
  ORGANISER_CASES,
} from '../../../test/authorization/seminar-builders';
import { seminarSession } from '../../../test/seminar-fixtures';

/** A fresh session of orgA's a learner is confirmed in, its first meeting begun an hour ago. */
async function startedEnrolment(c: Parameters<typeof enrolmentOf>[0]) {
  return enrolmentOf(c, c.users.learnerA, { meetings: 2, firstMeetingInHours: -1 });
}

/**
 * Who may call the enrolment module's operations (run by modules/authorization.int-spec.ts). Sessions
 * are built per case (test/seminar-fixtures.ts).
 */
export const AUTHORIZATION: AuthorizationRows = {
  operations: {
    'Mutation.enrol': {
      document: 'mutation($s: ID!) { enrol(input: { sessionId: $s }) { status } }',
      request: async (c, { given }) => ({
        variables: {
          s: (
            await seminarSession(c.app, {
              providerOrganisationId: c.orgA,
              ...(given === 'restricted' && { visibility: 'organisation' as const }),
            })
          ).sessionId,
        },
      }),
      cases: [
        {
          as: 'learnerB',
          expect: 'ok',
          why: 'allowed: any signed-in learner, even from another organisation, for a public course',
        },
        {
          as: 'learnerB',
          expect: 'NOT_FOUND',
          why: 'other organisation: a course private to organisation A does not exist for her',
          given: 'restricted',
        },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.cancelEnrolment': {
      document: 'mutation($e: ID!) { cancelEnrolment(id: $e) { status } }',
      request: async (c) => ({ variables: { e: (await enrolmentOf(c, c.users.learnerA)).enrolmentId } }),
      cases: [
        { as: 'learnerA', expect: 'ok', why: 'allowed: her own enrolment' },
        { as: 'staffA', expect: 'ok', why: 'allowed: staff of the provider' },
        { as: 'staffCo', expect: 'ok', why: 'allowed: staff of a co-organiser' },
        {
          as: 'staffB',
          expect: 'NOT_FOUND',
          why: "staff of another organisation: someone else's enrolment is not revealed",
        },
        { as: 'learnerB', expect: 'NOT_FOUND', why: "another learner's enrolment (wrong person)" },
        {
          as: 'companyAdminC',
          expect: 'NOT_FOUND',
          why: 'other organisation (a company admin of another provider)',
        },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Query.myEnrolments': {
      document: '{ myEnrolments { id } }',
      cases: [
        { as: 'learnerA', expect: 'ok', why: 'allowed: her own list' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Query.sessionRoster': {
      document: 'query($s: ID!) { sessionRoster(sessionId: $s) { id childAgesMonths } }',
      request: async (c) => ({ variables: { s: (await organisedSession(c)).sessionId } }),
      cases: ORGANISER_CASES,
    },
    'Mutation.drawLottery': {
      document: 'mutation($s: ID!) { drawLottery(sessionId: $s) { drawnAt } }',
      request: async (c) => ({
        variables: { s: (await organisedSession(c, { mode: 'lottery', closesInHours: -1 })).sessionId },
      }),
      cases: ORGANISER_CASES,
    },
    'Mutation.checkIn': {
      document:
        'mutation($s: ID!, $m: ID!, $c: String!) { checkIn(sessionId: $s, meetingId: $m, code: $c) { status } }',
      request: async (c) => {
        const enrolled = await startedEnrolment(c);
        const mine = await c.app.gql<{
          myEnrolments: { checkInCode: string | null; session: { id: string } }[];
        }>('{ myEnrolments { checkInCode session { id } } }', {}, { token: c.users.learnerA.token });
        const code = mine.data?.myEnrolments.find((e) => e.session.id === enrolled.sessionId)?.checkInCode;
        return { variables: { s: enrolled.sessionId, m: enrolled.meetingIds[0], c: code } };
      },
      cases: ORGANISER_CASES,
    },
    'Mutation.markAttendance': {
      document:
        'mutation($e: ID!, $m: ID!) { markAttendance(enrolmentId: $e, meetingId: $m, status: attended) { status } }',
      request: async (c) => {
        const enrolled = await startedEnrolment(c);
        return { variables: { e: enrolled.enrolmentId, m: enrolled.meetingIds[0] } };
      },
      cases: ORGANISER_CASES,
    },
    'Mutation.cancelSession': {
      document: 'mutation($id: ID!) { cancelSession(id: $id) { status } }',
      request: async (c) => ({ variables: { id: (await catalogueFixture(c)).session } }),
      cases: EDITOR_CASES,
    },
    'Query.lotteryDraw': {
      public: true,
      document: 'query($s: ID!) { lotteryDraw(sessionId: $s) { commitment seed } }',
      request: async (c, { given }) => ({
        variables: {
          s: (
            await organisedSession(c, {
              mode: 'lottery',
              ...(given === 'restricted' && { visibility: 'organisation' as const }),
            })
          ).sessionId,
        },
      }),
      cases: [
        {
          as: 'anonymous',
          expect: 'ok',
          why: 'allowed: anyone may check the lottery of a session she may see',
        },
        {
          as: 'learnerB',
          expect: 'NOT_FOUND',
          why: 'other organisation: the lottery of a course private to organisation A is not revealed',
          given: 'restricted',
        },
      ],
    },
    'Query.verifyCertificate': {
      public: true,
      document: 'query($v: String!) { verifyCertificate(code: $v) { learnerName } }',
      request: async (c, { given }) => ({
        variables: { v: given === 'unknown code' ? 'TSU-AAAA-AAAA' : await certificateCode(c) },
      }),
      cases: [
        {
          as: 'anonymous',
          expect: 'NOT_FOUND',
          why: 'public: anyone may check a code (an unknown one is simply not found)',
          given: 'unknown code',
        },
        { as: 'anonymous', expect: 'ok', why: 'allowed: the public verification page' },
      ],
    },
  },
};

/** The verification code of a certificate learnerA earned in a fresh one-meeting session. */
async function certificateCode(c: Parameters<typeof enrolmentOf>[0]): Promise<string> {
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
  const enrolmentId = enrolled.data?.enrol.id;
  await c.app.gql(
    'mutation($e: ID!, $m: ID!) { markAttendance(enrolmentId: $e, meetingId: $m, status: attended) { status } }',
    { e: enrolmentId, m: fixture.meetingIds[0] },
    { token: c.users.staffA.token },
  );
  const rows: { verification_code: string }[] = await c.app.dataSource.query(
    'SELECT verification_code FROM certificates WHERE enrolment_id = $1',
    [enrolmentId],
  );
  const code = rows[0]?.verification_code;
  if (!code) throw new Error('no certificate was issued for the fixture enrolment');
  return code;
}
