import {
  CANCEL,
  ENROL,
  enrolAs,
  enrolmentWorld,
  newLearners,
  seatCounts,
} from '../../../test/enrolment-fixtures';
import { codes, type TestApp, type TestUser } from '../../../test/harness';
import { seminarSession } from '../../../test/seminar-fixtures';

describe('enrolment', () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;

  beforeAll(async () => {
    ({ app, city, staff } = await enrolmentWorld());
  });
  afterAll(() => app.close());

  const enrol = (user: TestUser, input: Record<string, unknown>) => enrolAs(app, user, input);
  const learners = <N extends number>(n: N) => newLearners(app, n);
  const counts = (sessionId: string) => seatCounts(app, sessionId);

  describe('check-in, completion and certificates', () => {
    const CHECK_IN = `mutation($s: ID!, $m: ID!, $c: String!) { checkIn(sessionId: $s, meetingId: $m, code: $c) { status } }`;

    it('checks in with the signed QR code, completes after every meeting and issues a verifiable certificate', async () => {
      // Both meetings are over: attendance can be recorded and completion decided at once.
      const past = { firstMeetingInHours: -24 * 15 };
      const fixture = await seminarSession(app, { providerOrganisationId: city, meetings: 2, ...past });
      const other = await seminarSession(app, { providerOrganisationId: city, meetings: 1, ...past });
      const [learner] = await learners(1);
      await enrol(learner, { sessionId: fixture.sessionId });
      const mine = await app.gql<{ myEnrolments: { checkInCode: string }[] }>(
        '{ myEnrolments { checkInCode } }',
        {},
        { token: learner.token },
      );
      const code = mine.data!.myEnrolments[0]?.checkInCode;
      expect(code).toMatch(/\./);

      const forged = await app.gql(
        CHECK_IN,
        { s: fixture.sessionId, m: fixture.meetingIds[0], c: `${code?.slice(0, -2)}xx` },
        { token: staff.token },
      );
      expect(forged.errors?.[0]?.extensions?.fields).toEqual({ code: 'この受付コードは無効です。' });
      const elsewhere = await app.gql(
        CHECK_IN,
        { s: other.sessionId, m: other.meetingIds[0], c: code },
        { token: staff.token },
      );
      expect(elsewhere.errors?.[0]?.extensions?.fields).toEqual({
        code: 'この受付コードは別の開催回のものです。',
      });
      const byLearner = await app.gql(
        CHECK_IN,
        { s: fixture.sessionId, m: fixture.meetingIds[0], c: code },
        { token: learner.token },
      );
      expect(codes(byLearner)).toEqual(['FORBIDDEN']);
      const [{ n }] = await app.dataSource.query(
        'SELECT count(*)::int AS n FROM attendance a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.user_id = $1',
        [learner.id],
      );
      expect(n).toBe(0);

      const day1 = await app.gql<{ checkIn: { status: string } }>(
        CHECK_IN,
        { s: fixture.sessionId, m: fixture.meetingIds[0], c: code },
        { token: staff.token },
      );
      expect(day1.data?.checkIn.status).toBe('confirmed');
      const day2 = await app.gql<{ checkIn: { status: string } }>(
        CHECK_IN,
        { s: fixture.sessionId, m: fixture.meetingIds[1], c: code },
        { token: staff.token },
      );
      expect(day2.data?.checkIn.status).toBe('completed');

      const withCertificate = await app.gql<{
        myEnrolments: { certificate: { verificationCode: string } }[];
      }>('{ myEnrolments { certificate { verificationCode } } }', {}, { token: learner.token });
      const verification = withCertificate.data!.myEnrolments[0]?.certificate.verificationCode;
      expect(verification).toMatch(/^TSU-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      const verified = await app.gql<{ verifyCertificate: { learnerName: string; courseTitle: string } }>(
        'query($c: String!) { verifyCertificate(code: $c) { learnerName courseTitle } }',
        { c: verification?.toLowerCase() },
      );
      expect(verified.data?.verifyCertificate.learnerName).toBe('試験 花子');
      expect(codes(await app.gql('{ verifyCertificate(code: "TSU-NONE-NONE") { learnerName } }'))).toEqual([
        'NOT_FOUND',
      ]);
    });

    it('completes on "at least N" meetings, marked by hand', async () => {
      const fixture = await seminarSession(app, {
        providerOrganisationId: city,
        meetings: 3,
        completionRule: 'at_least',
        completionMin: 2,
        firstMeetingInHours: -24 * 22,
      });
      const [learner] = await learners(1);
      const enrolment = (await enrol(learner, { sessionId: fixture.sessionId })).data!.enrol;
      const MARK = `mutation($e: ID!, $m: ID!, $s: AttendanceStatus!) { markAttendance(enrolmentId: $e, meetingId: $m, status: $s) { status } }`;
      await app.gql(
        MARK,
        { e: enrolment.id, m: fixture.meetingIds[0], s: 'attended' },
        { token: staff.token },
      );
      await app.gql(
        MARK,
        { e: enrolment.id, m: fixture.meetingIds[1], s: 'no_show' },
        { token: staff.token },
      );
      const done = await app.gql<{ markAttendance: { status: string } }>(
        MARK,
        { e: enrolment.id, m: fixture.meetingIds[2], s: 'attended' },
        { token: staff.token },
      );
      expect(done.data?.markAttendance.status).toBe('completed');
    });
  });

  describe('what no one may do, editors included', () => {
    const MARK = `mutation($e: ID!, $m: ID!) { markAttendance(enrolmentId: $e, meetingId: $m, status: attended) { status certificate { verificationCode } } }`;

    it('takes no seat in a draft course, not even for its editors', async () => {
      const draft = await seminarSession(app, { providerOrganisationId: city, status: 'draft' });
      const admin = await app.user({ roles: [[city, 'admin']] });
      for (const editor of [staff, admin]) {
        const refused = await app.gql(
          ENROL,
          { input: { sessionId: draft.sessionId } },
          {
            token: editor.token,
            locale: 'en',
          },
        );
        expect(codes(refused)).toEqual(['CONFLICT']);
        expect(refused.errors?.[0]?.message).toBe('This course is not published yet, so nobody can apply.');
      }
      expect((await counts(draft.sessionId)).all_rows).toBe(0);
    });

    it('never cancels a completion, which would leave its certificate valid', async () => {
      const done = await seminarSession(app, {
        providerOrganisationId: city,
        meetings: 1,
        firstMeetingInHours: -24,
      });
      const [learner] = await learners(1);
      const enrolment = (await enrol(learner, { sessionId: done.sessionId })).data!.enrol;
      const marked = await app.gql<{
        markAttendance: { status: string; certificate: { verificationCode: string } };
      }>(MARK, { e: enrolment.id, m: done.meetingIds[0] }, { token: staff.token });
      expect(marked.errors).toBeUndefined();
      expect(marked.data?.markAttendance.status).toBe('completed');
      const refused = await app.gql(CANCEL, { id: enrolment.id }, { token: staff.token });
      expect(codes(refused)).toEqual(['CONFLICT']);
      expect(await counts(done.sessionId)).toMatchObject({ confirmed_count: 1, confirmed_rows: 1 });
      const verified = await app.gql<{ verifyCertificate: { courseTitle: string } | null }>(
        'query($c: String!) { verifyCertificate(code: $c) { courseTitle } }',
        { c: marked.data!.markAttendance.certificate.verificationCode },
      );
      expect(verified.data?.verifyCertificate).not.toBeNull();
    });

    it('moves nobody up into a session that is over when an editor cancels a place', async () => {
      const over = await seminarSession(app, {
        providerOrganisationId: city,
        capacity: 1,
        meetings: 1,
        firstMeetingInHours: -24,
      });
      const [held, waiting] = await learners(2);
      const place = (await enrol(held, { sessionId: over.sessionId })).data!.enrol;
      expect((await enrol(waiting, { sessionId: over.sessionId })).data?.enrol.status).toBe('waitlisted');
      expect((await app.gql(CANCEL, { id: place.id }, { token: staff.token })).errors).toBeUndefined();
      const statuses = await app.dataSource.query(
        `SELECT status FROM enrolments WHERE session_id = $1 ORDER BY created_at`,
        [over.sessionId],
      );
      expect(statuses).toEqual([{ status: 'cancelled' }, { status: 'waitlisted' }]);
    });
  });
});
