import { CANCEL } from '../../../test/enrolment-fixtures';
import type { ReceivedMail } from '../../../test/mailbox';
import { NotificationsWorld } from '../../../test/notifications-world';

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

function calendarOf(mail: ReceivedMail | undefined): string {
  const part = mail?.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!part) throw new Error(`no calendar in ${mail?.subject}`);
  return part.content.toString('utf8');
}

function icsField(calendar: string, name: string): string[] {
  return [...calendar.matchAll(new RegExp(`^${name}[:;](.*)$`, 'gm'))].map((m) => (m[1] ?? '').trim());
}

/** Waitlist, promotion, cancellations (hers, the organisers', the session's), lottery results, changes, and the .ics. */
describe('seminar notification kinds', () => {
  let w: NotificationsWorld;

  beforeAll(async () => {
    w = await NotificationsWorld.create();
  });
  afterAll(() => w.close());

  it('tells the waitlisted learner her ticket, then her promotion when a place frees; the one who cancelled hears it too', async () => {
    const { sessionId } = await w.session({ capacity: 1 });
    const first = await w.learner('ja');
    const second = await w.learner('en');
    const firstPlace = await w.enrol(first, sessionId);
    expect((await w.enrol(second, sessionId)).status).toBe('waitlisted');
    const [waitlisted] = await w.mailbox.waitForTo(second.email);
    expect(waitlisted?.kind).toBe('enrolment_waitlisted');
    expect(waitlisted?.subject).toMatch(/^You are on the waitlist: /);
    expect(waitlisted?.text).toContain('number 1');
    expect(waitlisted?.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(false);

    const cancelled = await w.app.gql(CANCEL, { id: firstPlace.id }, { token: first.token });
    expect(cancelled.errors).toBeUndefined();
    const [, promoted] = await w.mailbox.waitForTo(second.email, 2);
    expect(promoted?.kind).toBe('enrolment_promoted');
    expect(promoted?.subject).toMatch(/^You moved up from the waitlist: /);
    expect(promoted?.attachments.some((a) => a.cid === 'check-in-qr@tsunagu')).toBe(true);
    expect(calendarOf(promoted)).toContain('METHOD:REQUEST');
    const [, own] = await w.mailbox.waitForTo(first.email, 2);
    expect(own?.kind).toBe('enrolment_cancelled');
    expect(own?.subject).toMatch(/^【キャンセル受付】/);
    expect(calendarOf(own)).toContain('METHOD:CANCEL');
  });

  it('says so when the organisers cancel her place', async () => {
    const { sessionId } = await w.session();
    const her = await w.learner('ja');
    const place = await w.enrol(her, sessionId);
    await w.mailbox.waitForTo(her.email);
    const result = await w.app.gql(CANCEL, { id: place.id }, { token: w.staff.token });
    expect(result.errors).toBeUndefined();
    const [, mail] = await w.mailbox.waitForTo(her.email, 2);
    expect(mail?.subject).toMatch(/^【お申し込み取り消し】/);
    expect(mail?.text).toContain('主催者により');
  });

  it('tells the lottery result: a seat with her QR code, or the waitlist ticket', async () => {
    const { sessionId } = await w.session();
    const winner = await w.learner('ja');
    const other = await w.learner('ja');
    const won = await w.enrol(winner, sessionId);
    const lost = await w.enrol(other, sessionId);
    await w.mailbox.waitForTo(other.email);
    // The draw's events as the lottery writes them (the draw itself is tested in the enrolment module).
    await w.app.dataSource.query(
      `INSERT INTO domain_events (type, payload) VALUES
        ('enrolment.lottery_won', jsonb_build_object('enrolmentId', $1::text, 'sessionId', $3::text, 'userId', $4::text, 'status', 'confirmed', 'waitlistPosition', null)),
        ('enrolment.lottery_waitlisted', jsonb_build_object('enrolmentId', $2::text, 'sessionId', $3::text, 'userId', $5::text, 'status', 'waitlisted', 'waitlistPosition', 1))`,
      [won.id, lost.id, sessionId, winner.id, other.id],
    );
    const [, winning] = await w.mailbox.waitForTo(winner.email, 2);
    expect(winning?.kind).toBe('lottery_result');
    expect(winning?.subject).toMatch(/^【抽選結果】当選：/);
    expect(winning?.attachments.some((a) => a.cid === 'check-in-qr@tsunagu')).toBe(true);
    const [, losing] = await w.mailbox.waitForTo(other.email, 2);
    expect(losing?.subject).toMatch(/^【抽選結果】キャンセル待ち：/);
    expect(losing?.text).toContain('キャンセル待ち（1番目）');
  });

  it('keeps each meeting UID across confirmation, change and cancellation, with a higher SEQUENCE each time, in Asia/Tokyo', async () => {
    // 10:00–12:00 in Tokyo, 14 days from now.
    const day = new Date(Date.now() + 14 * 86400_000);
    const start = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 1, 0));
    const hoursAhead = (start.getTime() - Date.now()) / 3600_000;
    const { sessionId, meetingIds } = await w.session({ meetings: 1, firstMeetingInHours: hoursAhead });
    const her = await w.learner('ja');
    await w.enrol(her, sessionId);
    const [confirmation] = await w.mailbox.waitForTo(her.email);
    const first = calendarOf(confirmation);
    const uid = `meeting-${meetingIds[0]}@tsunagu`;
    expect(icsField(first, 'UID')).toEqual([uid]);
    const stamp = `${start.toISOString().slice(0, 10).replace(/-/g, '')}T010000Z`;
    expect(icsField(first, 'DTSTART')).toEqual([stamp]);
    expect(confirmation?.text).toMatch(/ 10:00〜12:00/);

    await pause(1100);
    const moved = await w.app.gql(
      'mutation($id: ID!) { updateSession(id: $id, input: { venueName: "小美玉市生涯学習センター" }) { id } }',
      { id: sessionId },
      { token: w.staff.token },
    );
    expect(moved.errors).toBeUndefined();
    const [, change] = await w.mailbox.waitForTo(her.email, 2);
    const second = calendarOf(change);
    expect(change?.kind).toBe('session_changed');
    expect(change?.subject).toMatch(/^【会場の変更】/);
    expect(icsField(second, 'METHOD')).toEqual(['REQUEST']);
    expect(icsField(second, 'UID')).toEqual([uid]);
    expect(icsField(second, 'LOCATION')[0]).toContain('小美玉市生涯学習センター');

    await pause(1100);
    const cancelled = await w.app.gql(
      'mutation($id: ID!) { cancelSession(id: $id) { id } }',
      { id: sessionId },
      {
        token: w.staff.token,
      },
    );
    expect(cancelled.errors).toBeUndefined();
    const [, , cancellation] = await w.mailbox.waitForTo(her.email, 3);
    expect(cancellation?.kind).toBe('session_cancelled');
    expect(cancellation?.subject).toMatch(/^【開催中止】/);
    const third = calendarOf(cancellation);
    expect(icsField(third, 'METHOD')).toEqual(['CANCEL']);
    expect(icsField(third, 'STATUS')).toEqual(['CANCELLED']);
    expect(icsField(third, 'UID')).toEqual([uid]);
    const sequences = [first, second, third].map((ics) => Number(icsField(ics, 'SEQUENCE')[0]));
    expect(sequences[1]).toBeGreaterThan(sequences[0] ?? Infinity);
    expect(sequences[2]).toBeGreaterThan(sequences[1] ?? Infinity);
  });

  it('tells every confirmed participant once when the dates or the place change, in her language; a waitlisted one and other edits tell nothing', async () => {
    const { sessionId, meetingIds } = await w.session({
      capacity: 2,
      meetings: 2,
      firstMeetingInHours: 24 * 20,
    });
    const ja = await w.learner('ja');
    const en = await w.learner('en');
    const waiting = await w.learner('ja');
    await w.enrol(ja, sessionId);
    await w.enrol(en, sessionId);
    expect((await w.enrol(waiting, sessionId)).status).toBe('waitlisted');
    await w.mailbox.waitForTo(ja.email);
    await w.mailbox.waitForTo(en.email);
    await w.mailbox.waitForTo(waiting.email);
    const eventsOf = async () =>
      Number(
        (
          await w.app.dataSource.query(
            `SELECT count(*)::int AS n FROM domain_events WHERE type = 'session.changed' AND payload->>'sessionId' = $1`,
            [sessionId],
          )
        )[0].n,
      );

    // Capacity, questions and the reminder time are not hers to hear about; resending the same meetings
    // in another order changes nothing either.
    const meetings = await w.app.dataSource.query(
      `SELECT id, starts_at AS "startsAt", ends_at AS "endsAt" FROM session_meetings WHERE session_id = $1 ORDER BY starts_at DESC`,
      [sessionId],
    );
    const quiet = await w.app.gql(
      `mutation($id: ID!, $meetings: [MeetingInput!]) { updateSession(id: $id, input: { capacity: 3, reminderHoursBefore: 48, meetings: $meetings }) { id } }`,
      {
        id: sessionId,
        meetings: meetings.map((m: { id: string; startsAt: Date; endsAt: Date }) => ({
          id: m.id,
          startsAt: new Date(m.startsAt).toISOString(),
          endsAt: new Date(m.endsAt).toISOString(),
        })),
      },
      { token: w.staff.token },
    );
    expect(quiet.errors).toBeUndefined();
    expect(await eventsOf()).toBe(0);
    // The third place went to the waitlisted learner; the next one waits.
    const later = await w.learner('ja');
    expect((await w.enrol(later, sessionId)).status).toBe('waitlisted');
    await w.mailbox.waitForTo(later.email);

    // The second meeting moves one hour later.
    const moved = meetings.map((m: { id: string; startsAt: Date; endsAt: Date }) => ({
      id: m.id,
      startsAt: new Date(
        new Date(m.startsAt).getTime() + (m.id === meetingIds[1] ? 3600_000 : 0),
      ).toISOString(),
      endsAt: new Date(new Date(m.endsAt).getTime() + (m.id === meetingIds[1] ? 3600_000 : 0)).toISOString(),
    }));
    const changed = await w.app.gql(
      `mutation($id: ID!, $meetings: [MeetingInput!]) { updateSession(id: $id, input: { meetings: $meetings }) { id } }`,
      { id: sessionId, meetings: moved },
      { token: w.staff.token },
    );
    expect(changed.errors).toBeUndefined();
    expect(await eventsOf()).toBe(1);
    const [, jaMail] = await w.mailbox.waitForTo(ja.email, 2);
    const [, enMail] = await w.mailbox.waitForTo(en.email, 2);
    expect(jaMail?.kind).toBe('session_changed');
    expect(jaMail?.subject).toMatch(/^【日時の変更】/);
    expect(jaMail?.text).toContain('日時が変更されました');
    expect(enMail?.subject).toMatch(/^Changed: /);
    expect(enMail?.text).toContain('The dates of');
    const calendar = calendarOf(jaMail);
    expect(icsField(calendar, 'UID').sort()).toEqual(meetingIds.map((id) => `meeting-${id}@tsunagu`).sort());
    const second = new Date(moved.find((m: { id: string }) => m.id === meetingIds[1]).startsAt);
    expect(icsField(calendar, 'DTSTART')).toContain(
      `${second.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`,
    );
    // Once each, and only to those confirmed when the event was handled.
    // Delivered concurrently: her promotion and the change may arrive in either order.
    const waitingMail = await w.mailbox.waitForTo(waiting.email, 3);
    expect(waitingMail.map((m) => m.kind).sort()).toEqual([
      'enrolment_promoted',
      'enrolment_waitlisted',
      'session_changed',
    ]);
    const told: { user_id: string; n: number }[] = await w.app.dataSource.query(
      `SELECT user_id, count(*)::int AS n FROM notifications WHERE kind = 'session_changed' AND params->>'sessionId' = $1 GROUP BY user_id`,
      [sessionId],
    );
    expect(told.map((t) => t.n)).toEqual(told.map(() => 1));
    expect(new Set(told.map((t) => t.user_id))).toEqual(new Set([ja.id, en.id, waiting.id]));
    expect(w.mailbox.to(later.email).map((m) => m.kind)).toEqual(['enrolment_waitlisted']);
  });
});
