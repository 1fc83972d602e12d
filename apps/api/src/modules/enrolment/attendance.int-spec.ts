import { codes, TestApp, type TestUser } from '../../../test/harness';
import { seminarSession, type SessionOptions } from '../../../test/seminar-fixtures';
import { EnrolmentService } from './enrolment.service';

const ENROL = `mutation($s: ID!) { enrol(input: { sessionId: $s }) { id status } }`;
const MARK = `mutation($e: ID!, $m: ID!, $s: AttendanceStatus!) {
  markAttendance(enrolmentId: $e, meetingId: $m, status: $s) { status certificate { id } } }`;

/** Attendance only when it happened; completion and the certificate only once the last meeting is over. */
describe('attendance and completion', () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
  });
  afterAll(() => app.close());

  async function enrolled(options: Omit<SessionOptions, 'providerOrganisationId'>) {
    const fixture = await seminarSession(app, { providerOrganisationId: city, ...options });
    const learner = await app.user();
    const result = await app.gql<{ enrol: { id: string } }>(
      ENROL,
      { s: fixture.sessionId },
      { token: learner.token },
    );
    return { ...fixture, learner, enrolmentId: result.data!.enrol.id };
  }
  const mark = (e: string, m: string, s = 'attended', locale = 'ja') =>
    app.gql<{ markAttendance: { status: string; certificate: { id: string } | null } }>(
      MARK,
      { e, m, s },
      { token: staff.token, locale },
    );
  const state = async (enrolmentId: string) => {
    const [row] = await app.dataSource.query(
      `SELECT e.status, (SELECT count(*)::int FROM attendance a WHERE a.enrolment_id = e.id) AS marks,
              (SELECT count(*)::int FROM certificates c WHERE c.enrolment_id = e.id) AS certificates
         FROM enrolments e WHERE e.id = $1`,
      [enrolmentId],
    );
    return row as { status: string; marks: number; certificates: number };
  };

  it('refuses to mark a meeting that has not started, whatever the mark, and writes nothing', async () => {
    const { enrolmentId, meetingIds } = await enrolled({ meetings: 1, firstMeetingInHours: 24 * 20 });
    for (const status of ['attended', 'no_show']) {
      const refused = await mark(enrolmentId, meetingIds[0], status);
      expect(codes(refused)).toEqual(['CONFLICT']);
    }
    const en = await mark(enrolmentId, meetingIds[0], 'attended', 'en');
    expect(en.errors?.[0].message).toBe(
      'Attendance for this meeting can be recorded from 0 minutes before it starts.',
    );
    expect(await state(enrolmentId)).toEqual({ status: 'confirmed', marks: 0, certificates: 0 });
  });

  it('opens reception as many minutes before the start as the organisers set, and not earlier', async () => {
    // The meeting starts in 20 minutes.
    const early = await enrolled({
      meetings: 1,
      firstMeetingInHours: 20 / 60,
      checkInOpensMinutesBefore: 30,
    });
    expect((await mark(early.enrolmentId, early.meetingIds[0])).errors).toBeUndefined();
    const tooEarly = await enrolled({
      meetings: 1,
      firstMeetingInHours: 20 / 60,
      checkInOpensMinutesBefore: 10,
    });
    const refused = await mark(tooEarly.enrolmentId, tooEarly.meetingIds[0]);
    expect(codes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0].message).toBe('この回の出欠は、開始時刻の10分前から記録できます。');
  });

  it('completes her only after the last meeting has ended, then issues the certificate once', async () => {
    // One meeting that started an hour ago and ends in an hour.
    const { enrolmentId, meetingIds, sessionId } = await enrolled({ meetings: 1, firstMeetingInHours: -1 });
    const during = await mark(enrolmentId, meetingIds[0]);
    expect(during.data?.markAttendance).toEqual({ status: 'confirmed', certificate: null });
    const service = app.app.get(EnrolmentService);
    await service.completeFinishedSessions();
    expect(await state(enrolmentId)).toEqual({ status: 'confirmed', marks: 1, certificates: 0 });

    // The meeting ends.
    await app.dataSource.query(
      `UPDATE session_meetings SET ends_at = now() - interval '1 minute' WHERE session_id = $1`,
      [sessionId],
    );
    expect(await service.completeFinishedSessions()).toBeGreaterThanOrEqual(1);
    expect(await state(enrolmentId)).toEqual({ status: 'completed', marks: 1, certificates: 1 });
    await service.completeFinishedSessions();
    expect(await state(enrolmentId)).toEqual({ status: 'completed', marks: 1, certificates: 1 });
    const [event] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM domain_events WHERE type = 'enrolment.completed' AND payload->>'enrolmentId' = $1`,
      [enrolmentId],
    );
    expect(event.n).toBe(1);
  });

  it('completes at once when attendance is recorded after the last meeting, and not without enough of it', async () => {
    const done = await enrolled({ meetings: 2, firstMeetingInHours: -24 * 10 });
    expect((await mark(done.enrolmentId, done.meetingIds[0])).data?.markAttendance.status).toBe('confirmed');
    const second = await mark(done.enrolmentId, done.meetingIds[1]);
    expect(second.data?.markAttendance.status).toBe('completed');
    expect(second.data?.markAttendance.certificate).not.toBeNull();

    const missed = await enrolled({ meetings: 2, firstMeetingInHours: -24 * 10 });
    await mark(missed.enrolmentId, missed.meetingIds[0]);
    await mark(missed.enrolmentId, missed.meetingIds[1], 'no_show');
    await app.app.get(EnrolmentService).completeFinishedSessions();
    expect(await state(missed.enrolmentId)).toMatchObject({ status: 'confirmed', certificates: 0 });
  });

  it('completes no one in a cancelled session', async () => {
    const { enrolmentId, meetingIds, sessionId } = await enrolled({ meetings: 1, firstMeetingInHours: -1 });
    await mark(enrolmentId, meetingIds[0]);
    await app.dataSource.query(`UPDATE sessions SET status = 'cancelled' WHERE id = $1`, [sessionId]);
    await app.dataSource.query(
      `UPDATE session_meetings SET ends_at = now() - interval '1 minute' WHERE session_id = $1`,
      [sessionId],
    );
    await app.app.get(EnrolmentService).completeFinishedSessions();
    expect(await state(enrolmentId)).toMatchObject({ status: 'confirmed', certificates: 0 });
  });
});
