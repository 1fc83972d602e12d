import { rawHeader } from '../../../test/mailbox';
import { NotificationsWorld } from '../../../test/notifications-world';

/** Each seminar notification's recipient, language, sender, subject, body and attachments, through real SMTP. */
describe('notification emails', () => {
  let w: NotificationsWorld;

  beforeAll(async () => {
    w = await NotificationsWorld.create();
  });
  afterAll(() => w.close());

  it('confirms a place in Japanese: the organisation as sender, her QR code inline, the .ics, unsubscribe headers', async () => {
    const { sessionId, meetingIds } = await w.session({ firstMeetingInHours: 24 * 10 });
    const her = await w.learner('ja');
    const enrolment = await w.enrol(her, sessionId);
    expect(enrolment.status).toBe('confirmed');
    const [mail] = await w.mailbox.waitForTo(her.email);
    expect(mail?.kind).toBe('enrolment_confirmed');
    expect(mail?.subject).toMatch(/^【受講確定】女性リーダー育成講座 .+ 第1期$/);
    expect(mail?.from).toBe(`"${w.cityName}" <no-reply@tsunagu.localhost>`);
    expect(mail?.headers.get('reply-to')).toMatchObject({ text: 'seminar@city.test' });
    expect(mail?.text).toContain('受講が確定しました');
    expect(mail?.text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日\([月火水木金土日]\) \d\d:\d\d〜\d\d:\d\d/);
    expect(mail?.text).toContain('0299-00-0000');
    expect(mail?.html).toContain('src="cid:check-in-qr@tsunagu"');
    const delivery = (await w.app.dataSource.query(
      `SELECT d.id, d.status, d.external_id FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE n.user_id = $1 AND n.kind = 'enrolment_confirmed'`,
      [her.id],
    )) as { id: string; status: string; external_id: string }[];
    expect(delivery).toHaveLength(1);
    expect(mail?.messageId).toBe(`<${delivery[0]?.id}@tsunagu.test>`);
    const png = mail?.attachments.find((a) => a.contentType === 'image/png');
    expect(png?.cid).toBe('check-in-qr@tsunagu');
    expect(png?.content.subarray(1, 4).toString()).toBe('PNG');
    const ics = mail?.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    const calendar = ics?.content.toString() ?? '';
    expect(calendar).toContain('METHOD:REQUEST');
    expect(calendar).toContain(`UID:meeting-${meetingIds[0]}@tsunagu`);
    if (!mail) throw new Error('no mail');
    expect(rawHeader(mail, 'List-Unsubscribe')).toMatch(
      /^<http:\/\/tsunagu\.test\/api\/notifications\/unsubscribe\?token=[^>]+>$/,
    );
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  });

  it('writes to an English-speaking learner in English', async () => {
    const { sessionId } = await w.session();
    const her = await w.learner('en');
    await w.enrol(her, sessionId);
    const [mail] = await w.mailbox.waitForTo(her.email);
    expect(mail?.subject).toMatch(/^Your place is confirmed: /);
    expect(mail?.text).toContain('Your place in');
    expect(mail?.text).toMatch(/\w{3}, \d{1,2} \w+ \d{4}, \d\d:\d\d–\d\d:\d\d \(JST\)/);
    expect(mail?.html).toContain('<html lang="en">');
  });
});
