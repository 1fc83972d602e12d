import { enrolAs } from '../../../../test/enrolment-fixtures';
import { TestApp, type TestUser } from '../../../../test/harness';
import { seminarSession } from '../../../../test/seminar-fixtures';
import { DigestService, tokyoDate } from '../digest/digest.service';
import { NotificationTemplates } from '../notification-templates';
import { RemindersService } from './reminders.service';

const HOUR = 3_600_000;

describe('reminders and the staff digest (written through NotificationsService.notify)', () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
  });

  afterAll(() => app.close());

  const notificationsOf = (
    userId: string,
    kind: string,
  ): Promise<{ dedupeKey: string; params: Record<string, unknown> }[]> =>
    app.dataSource.query(
      `SELECT dedupe_key AS "dedupeKey", params FROM notifications WHERE user_id = $1 AND kind = $2 ORDER BY created_at`,
      [userId, kind],
    );

  async function confirmedIn(user: TestUser, firstMeetingInHours: number, capacity = 10) {
    const fixture = await seminarSession(app, {
      providerOrganisationId: city,
      firstMeetingInHours,
      capacity,
    });
    const enrolled = await enrolAs(app, user, { sessionId: fixture.sessionId });
    return { ...fixture, status: enrolled.data?.enrol.status };
  }

  it('keeps reminderHoursBefore on the session: 24 by default, 0..168, a clear localized error outside', async () => {
    const course = await app.course(staff.token, { providerOrganisationId: city });
    const created = await app.session(staff.token, course);
    const read = await app.gql<{ session: { reminderHoursBefore: number } }>(
      'query($id: ID!) { session(id: $id) { reminderHoursBefore } }',
      { id: created },
      { token: staff.token },
    );
    expect(read.data?.session.reminderHoursBefore).toBe(24);
    const update = (hours: number) =>
      app.gql<{ updateSession: { reminderHoursBefore: number } }>(
        'mutation($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { reminderHoursBefore } }',
        { id: created, i: { reminderHoursBefore: hours } },
        { token: staff.token, locale: 'en' },
      );
    expect((await update(0)).data?.updateSession.reminderHoursBefore).toBe(0);
    expect((await update(168)).data?.updateSession.reminderHoursBefore).toBe(168);
    const tooMany = await update(169);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.extensions?.fields?.['reminderHoursBefore']).toMatch(/0.*168/);
    const negative = await app.gql(
      'mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }',
      {
        i: {
          courseId: course,
          capacity: 5,
          reminderHoursBefore: -1,
          registrationOpensAt: new Date().toISOString(),
          registrationClosesAt: new Date(Date.now() + 48 * HOUR).toISOString(),
          cancellationDeadline: new Date(Date.now() + 48 * HOUR).toISOString(),
          meetings: [
            {
              startsAt: new Date(Date.now() + 72 * HOUR).toISOString(),
              endsAt: new Date(Date.now() + 74 * HOUR).toISOString(),
            },
          ],
        },
      },
      { token: staff.token },
    );
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0]?.extensions?.fields?.['reminderHoursBefore']).toBeTruthy();
  });

  it("reminds confirmed participants once, within each session's reminder hours", async () => {
    const reminders = app.app.get(RemindersService);
    const learner = await app.user();
    const soon = await confirmedIn(learner, 10);
    const later = await confirmedIn(learner, 30);
    const off = await confirmedIn(learner, 5);
    await app.dataSource.query(`UPDATE sessions SET reminder_hours_before = 0 WHERE id = $1`, [
      off.sessionId,
    ]);
    const short = await confirmedIn(learner, 5);
    await app.dataSource.query(`UPDATE sessions SET reminder_hours_before = 3 WHERE id = $1`, [
      short.sessionId,
    ]);
    const other = await app.user();
    const full = await confirmedIn(other, 8, 1);
    const waitlisted = await enrolAs(app, learner, { sessionId: full.sessionId });
    expect(waitlisted.data?.enrol.status).toBe('waitlisted');

    await reminders.remind();
    expect((await notificationsOf(learner.id, 'session_reminder')).map((n) => n.dedupeKey)).toEqual([
      `reminder:${soon.meetingIds[0]}:${learner.id}`,
    ]);
    expect(await notificationsOf(other.id, 'session_reminder')).toHaveLength(1);
    // The next tick writes nothing again.
    const now = new Date();
    const mine = async (at: Date) =>
      (await reminders.due(app.dataSource.manager, at)).filter((d) => d.userId === learner.id);
    expect(await mine(now)).toEqual([]);
    // Two and a half hours later the 3-hour session is due.
    expect((await mine(new Date(now.getTime() + 2.5 * HOUR))).map((d) => d.sessionId)).toEqual([
      short.sessionId,
    ]);
    // Seven hours later the one 30 hours away is due; the 3-hour one has begun by then (too late).
    expect((await mine(new Date(now.getTime() + 7 * HOUR))).map((d) => d.sessionId)).toEqual([
      later.sessionId,
    ]);
    // Once a meeting has begun it is too late.
    expect((await mine(new Date(now.getTime() + 31 * HOUR))).map((d) => d.sessionId)).not.toContain(
      later.sessionId,
    );
  });

  it('renders the reminder in Japanese and English with the meeting in Asia/Tokyo', async () => {
    const learner = await app.user();
    const session = await confirmedIn(learner, 10);
    await app.app.get(RemindersService).remind();
    const [stored] = await notificationsOf(learner.id, 'session_reminder');
    if (!stored) throw new Error('no reminder');
    const renderer = app.app.get(NotificationTemplates).renderer();
    const params = stored.params as Record<string, string>;
    expect(params).toMatchObject({ sessionId: session.sessionId, meetingId: session.meetingIds[0] });
    const ja = await renderer.render('session_reminder', params, 'ja');
    const en = await renderer.render('session_reminder', params, 'en');
    expect(ja.subject).toMatch(/^【リマインダー】女性リーダー育成講座/);
    expect(ja.text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日\([月火水木金土日]\) \d{2}:\d{2}〜\d{2}:\d{2}/);
    expect(en.subject).toMatch(/^Reminder: /);
    expect(en.text).toContain('(JST)');
    expect(ja.html).toContain('<');
  });

  it("digests the day's new enrolments for the staff who run the sessions, once, and nothing when nothing is new", async () => {
    const digest = app.app.get(DigestService);
    const elsewhere = await app.organisation('city');
    const otherStaff = await app.user({ roles: [[elsewhere, 'staff']] });
    const [a, b] = [await app.user(), await app.user()];
    const session = await seminarSession(app, { providerOrganisationId: city });
    await enrolAs(app, a, { sessionId: session.sessionId });
    await enrolAs(app, b, { sessionId: session.sessionId });

    const now = new Date();
    const requests = await digest.digests(now);
    const mine = requests.find((r) => r.userId === staff.id);
    expect(mine).toMatchObject({ kind: 'staff_digest', dedupeKey: `digest:${tokyoDate(now)}:${staff.id}` });
    const ids = String(mine?.params['sessionIds']).split(',');
    const counts = String(mine?.params['counts']).split(',');
    expect(counts[ids.indexOf(session.sessionId)]).toBe('2');
    expect(requests.some((r) => r.userId === otherStaff.id)).toBe(false);
    expect(requests.some((r) => r.userId === a.id)).toBe(false);

    await digest.sendDigests(now);
    expect(await notificationsOf(staff.id, 'staff_digest')).toHaveLength(1);
    const renderer = app.app.get(NotificationTemplates).renderer();
    const [stored] = await notificationsOf(staff.id, 'staff_digest');
    const ja = await renderer.render('staff_digest', (stored?.params ?? {}) as Record<string, string>, 'ja');
    expect(ja.subject).toMatch(/^【新しいお申し込み】/);
    expect(ja.text).toContain('2件');
    // The next morning: nothing new since this digest, so nothing for her.
    const next = await digest.digests(new Date(now.getTime() + 24 * HOUR));
    expect(next.some((r) => r.userId === staff.id)).toBe(false);
  });
});
