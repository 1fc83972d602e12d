import { eventually } from '../../../../test/mailbox';
import { NotificationsWorld } from '../../../../test/notifications-world';
import { DigestService } from '../digest/digest.service';
import { RemindersService } from './reminders.service';

/** The reminder and the staff digest as they arrive, through the deliver job and real SMTP. */
describe('reminder and digest emails', () => {
  let w: NotificationsWorld;

  beforeAll(async () => {
    w = await NotificationsWorld.create();
  }, 120_000);
  afterAll(() => w.close());

  /** The mails of one kind to one address, once at least one has arrived. */
  const mailsOf = (address: string, kind: string) =>
    eventually(async () => {
      const found = w.mailbox.messages.filter((m) => m.to.includes(address) && m.kind === kind);
      return found.length > 0 && found;
    });

  it('reminds her in her language the day before, once, and digests the enrolment for the staff', async () => {
    const { sessionId } = await w.session({ firstMeetingInHours: 20 });
    const ja = await w.learner('ja');
    const en = await w.learner('en');
    await w.enrol(ja, sessionId);
    await w.enrol(en, sessionId);
    await mailsOf(ja.email, 'enrolment_confirmed');
    await mailsOf(en.email, 'enrolment_confirmed');

    const reminders = w.app.app.get(RemindersService);
    await reminders.remind();
    await reminders.remind();
    const [jaReminder] = await mailsOf(ja.email, 'session_reminder');
    const [enReminder] = await mailsOf(en.email, 'session_reminder');
    expect(jaReminder?.subject).toMatch(/^【リマインダー】女性リーダー育成講座/);
    expect(jaReminder?.text).toMatch(
      /次回は \d{4}年\d{1,2}月\d{1,2}日\([月火水木金土日]\) \d\d:\d\d〜\d\d:\d\d です/,
    );
    expect(jaReminder?.from).toBe(`"${w.cityName}" <no-reply@tsunagu.localhost>`);
    expect(enReminder?.subject).toMatch(/^Reminder: /);
    expect(enReminder?.text).toContain('(JST)');

    await w.app.app.get(DigestService).sendDigests();
    const [digest] = await mailsOf(w.staff.email, 'staff_digest');
    expect(digest?.subject).toMatch(/^【新しいお申し込み】\d{4}-\d\d-\d\d 1件の開催回に2件$/);
    expect(digest?.text).toContain('2件');

    // Nothing more arrives: each was sent once.
    await new Promise((done) => setTimeout(done, 1500));
    expect(await mailsOf(ja.email, 'session_reminder')).toHaveLength(1);
    expect(await mailsOf(en.email, 'session_reminder')).toHaveLength(1);
    expect(await mailsOf(w.staff.email, 'staff_digest')).toHaveLength(1);
  }, 90_000);
});
