import { codes, TestApp, type TestUser } from '../../../test/harness';
import { nth } from '../../../test/nth';
import { seminarSession, type SessionOptions } from '../../../test/seminar-fixtures';
import { AttendanceService } from './attendance.service';

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
      const refused = await mark(enrolmentId, nth(meetingIds, 0), status);
      expect(codes(refused)).toEqual(['CONFLICT']);
    }
    const en = await mark(enrolmentId, nth(meetingIds, 0), 'attended', 'en');
    expect(en.errors?.[0]?.message).toBe(
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
    expect((await mark(early.enrolmentId, nth(early.meetingIds, 0))).errors).toBeUndefined();
    const tooEarly = await enrolled({
      meetings: 1,
      firstMeetingInHours: 20 / 60,
      checkInOpensMinutesBefore: 10,
    });
    const refused = await mark(tooEarly.enrolmentId, nth(tooEarly.meetingIds, 0));
    expect(codes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.message).toBe('この回の出欠は、開始時刻の10分前から記録できます。');
  });

  it('completes her only after the last meeting has ended, then issues the certificate once', async () => {
    // One meeting that started an hour ago and ends in an hour.
    const { enrolmentId, meetingIds, sessionId } = await enrolled({ meetings: 1, firstMeetingInHours: -1 });
    const during = await mark(enrolmentId, nth(meetingIds, 0));
    expect(during.data?.markAttendance).toEqual({ status: 'confirmed', certificate: null });
    const service = app.app.get(AttendanceService);
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
    expect((await mark(done.enrolmentId, nth(done.meetingIds, 0))).data?.markAttendance.status).toBe(
      'confirmed',
    );
    const second = await mark(done.enrolmentId, nth(done.meetingIds, 1));
    expect(second.data?.markAttendance.status).toBe('completed');
    expect(second.data?.markAttendance.certificate).not.toBeNull();

    const missed = await enrolled({ meetings: 2, firstMeetingInHours: -24 * 10 });
    await mark(missed.enrolmentId, nth(missed.meetingIds, 0));
    await mark(missed.enrolmentId, nth(missed.meetingIds, 1), 'no_show');
    await app.app.get(AttendanceService).completeFinishedSessions();
    expect(await state(missed.enrolmentId)).toMatchObject({ status: 'confirmed', certificates: 0 });
  });

  it('completes no one in a cancelled session', async () => {
    const { enrolmentId, meetingIds, sessionId } = await enrolled({ meetings: 1, firstMeetingInHours: -1 });
    await mark(enrolmentId, nth(meetingIds, 0));
    await app.dataSource.query(`UPDATE sessions SET status = 'cancelled' WHERE id = $1`, [sessionId]);
    await app.dataSource.query(
      `UPDATE session_meetings SET ends_at = now() - interval '1 minute' WHERE session_id = $1`,
      [sessionId],
    );
    await app.app.get(AttendanceService).completeFinishedSessions();
    expect(await state(enrolmentId)).toMatchObject({ status: 'confirmed', certificates: 0 });
  });

  describe('meetings cannot be moved to where attendance could be faked', () => {
    const UPDATE = `mutation($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { id } }`;
    const update = (id: string, i: Record<string, unknown>) =>
      app.gql(UPDATE, { id, i }, { token: staff.token, locale: 'en' });
    const meetingsOf = async (
      sessionId: string,
    ): Promise<{ id: string; startsAt: string; endsAt: string }[]> =>
      (
        await app.dataSource.query(
          `SELECT id, starts_at, ends_at FROM session_meetings WHERE session_id = $1 ORDER BY starts_at`,
          [sessionId],
        )
      ).map((m: { id: string; starts_at: Date; ends_at: Date }) => ({
        id: m.id,
        startsAt: m.starts_at.toISOString(),
        endsAt: m.ends_at.toISOString(),
      }));
    const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

    it('refuses to move a future meeting into the past or to add one there, changing nothing', async () => {
      const { sessionId, enrolmentId } = await enrolled({ meetings: 1, firstMeetingInHours: 24 * 20 });
      const meeting = nth(await meetingsOf(sessionId), 0);
      const moved = await update(sessionId, {
        registrationClosesAt: hoursFromNow(-30),
        cancellationDeadline: hoursFromNow(-30),
        meetings: [{ id: meeting.id, startsAt: hoursFromNow(-26), endsAt: hoursFromNow(-25) }],
      });
      expect(codes(moved)).toEqual(['BAD_USER_INPUT']);
      expect(moved.errors?.[0]?.extensions?.['fields']).toMatchObject({
        meetings: 'A meeting cannot be added or moved to a time in the past.',
      });
      const added = await update(sessionId, {
        meetings: [meeting, { startsAt: hoursFromNow(-3), endsAt: hoursFromNow(-2) }],
      });
      expect(codes(added)).toEqual(['BAD_USER_INPUT']);
      expect(await meetingsOf(sessionId)).toEqual([meeting]);
      // So the meeting still cannot be marked, and no certificate can be issued before it happens.
      expect(codes(await mark(enrolmentId, meeting.id))).toEqual(['CONFLICT']);
      expect(await state(enrolmentId)).toEqual({ status: 'confirmed', marks: 0, certificates: 0 });
    });

    it('refuses a new session whose meetings lie in the past', async () => {
      const courseId = await app.course(staff.token, { providerOrganisationId: city });
      const created = await app.gql(
        'mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }',
        {
          i: {
            courseId,
            venueName: '小美玉市四季文化館',
            capacity: 10,
            registrationOpensAt: hoursFromNow(-24 * 10),
            registrationClosesAt: hoursFromNow(-24 * 3),
            cancellationDeadline: hoursFromNow(-24 * 3),
            meetings: [{ startsAt: hoursFromNow(-48), endsAt: hoursFromNow(-46) }],
          },
        },
        { token: staff.token },
      );
      expect(codes(created)).toEqual(['BAD_USER_INPUT']);
      const [{ n }] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM sessions WHERE course_id = $1`,
        [courseId],
      );
      expect(n).toBe(0);
    });

    it('locks a meeting once its check-in has opened, even before it starts', async () => {
      // Starts in 20 minutes, check-in from 30 minutes before: attendance may already be recorded.
      const { sessionId, enrolmentId, meetingIds } = await enrolled({
        meetings: 1,
        firstMeetingInHours: 20 / 60,
        checkInOpensMinutesBefore: 30,
      });
      expect((await mark(enrolmentId, nth(meetingIds, 0))).errors).toBeUndefined();
      const meeting = nth(await meetingsOf(sessionId), 0);
      const later = await update(sessionId, {
        meetings: [{ id: meeting.id, startsAt: hoursFromNow(48), endsAt: hoursFromNow(50) }],
      });
      expect(codes(later)).toEqual(['BAD_USER_INPUT']);
      expect(later.errors?.[0]?.extensions?.['fields']).toMatchObject({
        meetings: 'A meeting whose check-in has opened cannot be changed or removed.',
      });
      expect(await meetingsOf(sessionId)).toEqual([meeting]);
      expect(await state(enrolmentId)).toMatchObject({ marks: 1 });
    });
  });
});
