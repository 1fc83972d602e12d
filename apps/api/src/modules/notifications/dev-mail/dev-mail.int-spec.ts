import { enrolAs } from '../../../../test/enrolment-fixtures';
import { freshDatabase, type FreshDatabase } from '../../../../test/fresh-database';
import { TestApp } from '../../../../test/harness';
import { eventually } from '../../../../test/mailbox';
import { seminarSession } from '../../../../test/seminar-fixtures';

interface Listed {
  id: string;
  to: string[];
  subject: string;
  messageId: string;
  kind: string;
  attachments: { index: number; filename: string; contentType: string; size: number }[];
}

/** The development mailbox: the app's own SMTP server, listed over REST, where (and only where) it runs. */
describe('development mailbox', () => {
  let db: FreshDatabase;
  let app: TestApp;
  let base: string;

  beforeAll(async () => {
    db = await freshDatabase();
    // As in development with SMTP_URL unset (the test asks for it: it is off in tests).
    app = await TestApp.create({
      env: {
        DATABASE_URL: db.url,
        DEV_MAILBOX: 'on',
        DEV_SMTP_PORT: '0',
        JOBS_WORK: 'inline',
        JOBS_POLL_SECONDS: '0.5',
        OUTBOX_POLL_MS: '100',
      },
    });
    base = app.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('receives the app’s mail and lists it newest first, with the message, its text and HTML, and its attachments', async () => {
    const city = await app.organisation('city');
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city });
    const her = await app.user({ locale: 'ja' });
    const enrolled = await enrolAs(app, her, { sessionId });
    expect(enrolled.errors).toBeUndefined();
    const listed = await eventually(async () => {
      const answer = await fetch(`${base}/api/dev/mail`).catch(() => null);
      const mails = answer?.ok ? ((await answer.json()) as Listed[]) : [];
      return mails.length ? mails : undefined;
    }, 40_000);
    const [mail] = listed;
    expect(mail).toMatchObject({
      to: [her.email],
      kind: 'enrolment_confirmed',
      subject: expect.stringMatching(/^【受講確定】/),
    });
    const one = (await (await fetch(`${base}/api/dev/mail/${mail?.id}`)).json()) as Listed & {
      text: string;
      html: string;
    };
    expect(one.text).toContain('受講が確定しました');
    expect(one.html).toContain('<html lang="ja">');
    const png = mail?.attachments.find((a) => a.contentType === 'image/png');
    const file = await fetch(`${base}/api/dev/mail/${mail?.id}/attachments/${png?.index}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    expect((await fetch(`${base}/api/dev/mail/999999`)).status).toBe(404);
    expect((await fetch(`${base}/api/dev/mail/${mail?.id}/attachments/99`)).status).toBe(404);
  });

  it('is not there where the mailbox does not run (tests, production)', async () => {
    const plain = await TestApp.create();
    try {
      const url = plain.url.replace(/\/graphql$/, '');
      expect((await fetch(`${url}/api/dev/mail`)).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
