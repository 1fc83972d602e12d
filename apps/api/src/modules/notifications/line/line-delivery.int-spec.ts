import { enrolAs } from '../../../../test/enrolment-fixtures';
import { freshDatabase, type FreshDatabase } from '../../../../test/fresh-database';
import { TestApp, type TestUser } from '../../../../test/harness';
import { LineStub, lineUserId, postWebhook, textEvent } from '../../../../test/line-stub';
import { eventually, TestMailbox } from '../../../../test/mailbox';
import { jobsEnv } from '../../../../test/notifications-world';
import { seminarSession } from '../../../../test/seminar-fixtures';
import { DeliveryService } from '../delivery.service';

/** A notification on LINE through the whole pipeline: event → notify → deliver job → LINE (the stub). */
describe('LINE deliveries (jobs on a database of their own, a local LINE stub)', () => {
  let db: FreshDatabase;
  let mailbox: TestMailbox;
  let stub: LineStub;
  let app: TestApp;
  let city: string;

  beforeAll(async () => {
    db = await freshDatabase();
    mailbox = await TestMailbox.start();
    stub = await LineStub.start();
    app = await TestApp.create({ env: { ...jobsEnv(db, mailbox), ...stub.env() } });
    city = await app.organisation('city');
  }, 120_000);

  afterAll(async () => {
    await app.close();
    await stub.stop();
    await mailbox.stop();
    await db.drop();
  });

  async function linked(user: TestUser): Promise<string> {
    const issued = await app.gql<{ issueLineLinkCode: { code: string } }>(
      'mutation { issueLineLinkCode { code } }',
      {},
      { token: user.token },
    );
    const from = lineUserId();
    await postWebhook(app.url.replace(/\/graphql$/, ''), {
      events: [textEvent(from, issued.data?.issueLineLinkCode.code ?? '')],
    });
    return from;
  }

  const lineDeliveries = (
    userId: string,
  ): Promise<{ id: string; status: string; externalId: string | null }[]> =>
    app.dataSource.query(
      `SELECT d.id, d.status, d.external_id AS "externalId" FROM notification_deliveries d
         JOIN notifications n ON n.id = d.notification_id
        WHERE n.user_id = $1 AND d.channel = 'line'`,
      [userId],
    );

  it('pushes her confirmation to her linked LINE once, with the delivery id as the retry key', async () => {
    const her = await app.user();
    const lineId = await linked(her);
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city });
    await enrolAs(app, her, { sessionId });
    const [delivered] = await eventually(async () => {
      const found = stub.delivered.filter((d) => d.to === lineId);
      return found.length > 0 && found;
    }, 30_000);
    expect(delivered?.text).toMatch(/^【受講確定】女性リーダー育成講座.*\n.+/);
    const [delivery] = await eventually(async () => {
      const rows = await lineDeliveries(her.id);
      return rows[0]?.status === 'sent' && rows;
    });
    expect(delivered?.retryKey).toBe(delivery?.id);
    expect(delivery?.externalId).toBe(delivered?.requestId);

    // A worker that died after LINE accepted it but before recording it sends it again: LINE
    // recognises the retry key (409) and nothing reaches her twice.
    await app.dataSource.query(
      `UPDATE notification_deliveries SET status = 'pending', sent_at = NULL WHERE id = $1`,
      [delivery?.id],
    );
    await app.app.get(DeliveryService).deliver(delivery?.id ?? '', { lastAttempt: false });
    expect(stub.delivered.filter((d) => d.to === lineId)).toHaveLength(1);
    expect(
      stub
        .pushes()
        .filter((p) => p.body.to === lineId)
        .map((p) => p.status),
    ).toEqual([200, 409]);
    expect((await lineDeliveries(her.id))[0]?.status).toBe('sent');
  }, 60_000);

  it('writes no LINE delivery for someone not linked', async () => {
    const her = await app.user();
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city });
    await enrolAs(app, her, { sessionId });
    await eventually(async () =>
      mailbox.messages.some((m) => m.to.includes(her.email) && m.kind === 'enrolment_confirmed'),
    );
    expect(await lineDeliveries(her.id)).toEqual([]);
  }, 60_000);
});
