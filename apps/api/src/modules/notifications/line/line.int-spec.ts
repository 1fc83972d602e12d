import { randomUUID } from 'node:crypto';
import { codes, TestApp, type TestUser } from '../../../../test/harness';
import {
  followEvent,
  LINE_TEST_SECRET,
  LineStub,
  lineUserId,
  postWebhook,
  textEvent,
} from '../../../../test/line-stub';
import { PermanentDeliveryError, type Outgoing } from '../channels/channel';
import { lineSignature } from './line-signature';
import { LineChannel } from './line.channel';
import { LINE_REPLIES } from './line.messages';

const LINK = 'linked linkedAt code codeExpiresAt enabled';

describe('LINE: webhook, linking and push (against a local LINE stub)', () => {
  let stub: LineStub;
  let app: TestApp;
  let base: string;

  beforeAll(async () => {
    stub = await LineStub.start();
    app = await TestApp.create({ env: stub.env() });
    base = app.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await app.close();
    await stub.stop();
  });

  const eventCount = async (): Promise<number> =>
    Number(
      ((await app.dataSource.query(`SELECT count(*) AS n FROM line_webhook_events`)) as { n: string }[])[0]
        ?.n,
    );

  async function issueCode(user: TestUser): Promise<string> {
    const result = await app.gql<{ issueLineLinkCode: { code: string; codeExpiresAt: string } }>(
      `mutation { issueLineLinkCode { ${LINK} } }`,
      {},
      { token: user.token },
    );
    const code = result.data?.issueLineLinkCode.code;
    if (!code) throw new Error(JSON.stringify(result.errors));
    return code;
  }

  async function myLink(user: TestUser) {
    const result = await app.gql<{ myLineLink: { linked: boolean; enabled: boolean; code: string | null } }>(
      `{ myLineLink { ${LINK} } }`,
      {},
      { token: user.token },
    );
    return result.data?.myLineLink;
  }

  const lastReply = () => stub.replies.at(-1)?.text;

  it('refuses a missing or wrong signature with 401 and records nothing', async () => {
    const before = await eventCount();
    const event = textEvent(lineUserId(), 'ABCDEFGH');
    const missing = await postWebhook(base, { destination: 'x', events: [event] }, { signature: null });
    const wrong = await postWebhook(
      base,
      { destination: 'x', events: [event] },
      { secret: 'another-secret' },
    );
    const garbage = await postWebhook(base, { destination: 'x', events: [event] }, { signature: 'bm9wZQ==' });
    expect([missing.status, wrong.status, garbage.status]).toEqual([401, 401, 401]);
    expect(await eventCount()).toBe(before);
  });

  it('checks the signature over the raw bytes: a re-serialised body does not verify', async () => {
    const raw = '{ "destination": "x",  "events": [] }';
    expect((await postWebhook(base, raw)).status).toBe(200);
    const signedOther = await postWebhook(base, raw, {
      signature: lineSignature(LINE_TEST_SECRET, JSON.stringify(JSON.parse(raw))),
    });
    expect(signedOther.status).toBe(401);
  });

  it("answers LINE's verification request (no events) with 200", async () => {
    expect(await postWebhook(base, { destination: 'x', events: [] })).toEqual({
      status: 200,
      body: { handled: 0 },
    });
  });

  it('links her account with a valid code, replies, and ignores the replayed event', async () => {
    const learner = await app.user();
    const code = await issueCode(learner);
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(await myLink(learner)).toMatchObject({ linked: false, code: null, enabled: true });
    const from = lineUserId();
    const event = textEvent(from, ` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `);
    const repliesBefore = stub.replies.length;
    expect(await postWebhook(base, { destination: 'x', events: [event] })).toEqual({
      status: 200,
      body: { handled: 1 },
    });
    expect(lastReply()).toBe(LINE_REPLIES.linked);
    expect(await myLink(learner)).toMatchObject({ linked: true });
    // LINE redelivers the same event: ignored, no second reply.
    expect(await postWebhook(base, { destination: 'x', events: [event] })).toEqual({
      status: 200,
      body: { handled: 0 },
    });
    expect(stub.replies.length).toBe(repliesBefore + 1);
    const stored: { lineUserId: string }[] = await app.dataSource.query(
      `SELECT line_user_id AS "lineUserId" FROM line_links WHERE user_id = $1`,
      [learner.id],
    );
    expect(stored).toEqual([{ lineUserId: from }]);
  });

  it('refuses a used, an expired, a replaced and a wrong code, and says so in chat', async () => {
    const learner = await app.user();
    const used = await issueCode(learner);
    await postWebhook(base, { events: [textEvent(lineUserId(), used)] });
    expect(await myLink(learner)).toMatchObject({ linked: true });

    const other = await app.user();
    const stranger = lineUserId();
    await postWebhook(base, { events: [textEvent(stranger, used)] });
    expect(lastReply()).toBe(LINE_REPLIES.invalidCode);

    const expired = await issueCode(other);
    await app.dataSource.query(
      `UPDATE line_link_codes SET expires_at = now() - interval '1 minute' WHERE user_id = $1`,
      [other.id],
    );
    await postWebhook(base, { events: [textEvent(stranger, expired)] });
    expect(lastReply()).toBe(LINE_REPLIES.invalidCode);

    const replaced = await issueCode(other);
    await issueCode(other);
    await postWebhook(base, { events: [textEvent(stranger, replaced)] });
    expect(lastReply()).toBe(LINE_REPLIES.invalidCode);

    await postWebhook(base, { events: [textEvent(stranger, 'ZZZZZZZZ')] });
    expect(lastReply()).toBe(LINE_REPLIES.invalidCode);
    expect(await myLink(other)).toMatchObject({ linked: false });

    // Ordinary chat from someone not linked gets the instructions.
    await postWebhook(base, { events: [textEvent(stranger, 'こんにちは')] });
    expect(lastReply()).toBe(LINE_REPLIES.welcome);
  });

  it('greets a new follower, and unlinks her when she blocks the account (unfollow)', async () => {
    const learner = await app.user();
    const from = lineUserId();
    await postWebhook(base, { events: [followEvent(from, 'follow')] });
    expect(lastReply()).toBe(LINE_REPLIES.welcome);
    await postWebhook(base, { events: [textEvent(from, await issueCode(learner))] });
    expect(await myLink(learner)).toMatchObject({ linked: true });
    await postWebhook(base, { events: [followEvent(from, 'unfollow')] });
    expect(await myLink(learner)).toMatchObject({ linked: false });
  });

  it('unlinkLine ends her link; the same LINE user linked again elsewhere moves', async () => {
    const first = await app.user();
    const second = await app.user();
    const from = lineUserId();
    await postWebhook(base, { events: [textEvent(from, await issueCode(first))] });
    await postWebhook(base, { events: [textEvent(from, await issueCode(second))] });
    expect(await myLink(first)).toMatchObject({ linked: false });
    expect(await myLink(second)).toMatchObject({ linked: true });
    const unlinked = await app.gql<{ unlinkLine: { linked: boolean } }>(
      `mutation { unlinkLine { ${LINK} } }`,
      {},
      { token: second.token },
    );
    expect(unlinked.data?.unlinkLine.linked).toBe(false);
  });

  describe('the channel', () => {
    const outgoing = (address: string, deliveryId = randomUUID()): Outgoing => ({
      deliveryId,
      userId: randomUUID(),
      kind: 'enrolment_confirmed',
      address,
      sender: { name: '小美玉市', replyTo: null },
      unsubscribeUrl: null,
      message: {
        subject: '受講が確定しました',
        summary: 'リーダー講座 第1期',
        text: 'x',
        html: 'x',
        attachments: [],
      },
    });

    it('pushes once with the delivery id as X-Line-Retry-Key: a retry is answered 409 and counts as sent', async () => {
      const channel = app.app.get(LineChannel);
      expect(channel.enabled).toBe(true);
      const to = lineUserId();
      const message = outgoing(to);
      const first = await channel.send(message);
      const retried = await channel.send(message);
      expect(retried).toEqual(first);
      const pushes = stub.pushes().filter((p) => p.body.to === to);
      expect(pushes.map((p) => [p.status, p.headers['x-line-retry-key']])).toEqual([
        [200, message.deliveryId],
        [409, message.deliveryId],
      ]);
      expect(pushes[0]?.headers['authorization']).toBe('Bearer line-test-access-token');
      expect(stub.delivered.filter((d) => d.to === to)).toEqual([
        expect.objectContaining({
          text: '【受講が確定しました】\nリーダー講座 第1期',
          requestId: first.externalId,
        }),
      ]);
    });

    it('an outage is retried; a blocked user is a permanent failure', async () => {
      const channel = app.app.get(LineChannel);
      stub.failNextPushes = { count: 1, status: 500 };
      const message = outgoing(lineUserId());
      await expect(channel.send(message)).rejects.toThrow('HTTP 500');
      await expect(channel.send(message)).resolves.toEqual({ externalId: expect.any(String) });
      const blocked = lineUserId();
      stub.blocked.add(blocked);
      await expect(channel.send(outgoing(blocked))).rejects.toBeInstanceOf(PermanentDeliveryError);
    });
  });

  describe('when LINE is not configured', () => {
    let off: TestApp;
    beforeAll(async () => {
      off = await TestApp.create();
    });
    afterAll(() => off.close());

    it('is off everywhere: no channel, no code, no webhook', async () => {
      const learner = await off.user({ locale: 'en' });
      expect(off.app.get(LineChannel).enabled).toBe(false);
      const link = await off.gql(`{ myLineLink { ${LINK} } }`, {}, { token: learner.token });
      expect(link.data).toEqual({
        myLineLink: { enabled: false, linked: false, linkedAt: null, code: null, codeExpiresAt: null },
      });
      const issued = await off.gql(
        `mutation { issueLineLinkCode { code } }`,
        {},
        { token: learner.token, locale: 'en' },
      );
      expect(codes(issued)).toEqual(['CONFLICT']);
      expect(issued.errors?.[0]?.message).toBe('LINE is not set up on this server.');
      const webhook = await postWebhook(off.url.replace(/\/graphql$/, ''), { events: [] });
      expect(webhook.status).toBe(404);
    });
  });
});
