import { Logger } from '@nestjs/common';
import { eventually } from '../../../test/mailbox';
import { NotificationsWorld } from '../../../test/notifications-world';
import { NotificationsService } from './notifications.service';

interface DeliveryState {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

/** Retries, exactly-once across a restart, bounces and malformed addresses, the staff outbox and its retry. */
describe('notification delivery', () => {
  let w: NotificationsWorld;
  const logged: string[] = [];

  beforeAll(async () => {
    for (const level of ['log', 'warn', 'error', 'debug', 'verbose'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation(function (this: Logger, ...args: unknown[]) {
        logged.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
      });
    }
    w = await NotificationsWorld.create();
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await w.close();
  });

  async function deliveriesOf(userId: string): Promise<DeliveryState[]> {
    return w.app.dataSource.query(
      `SELECT d.id, d.status, d.attempts, d.last_error FROM notification_deliveries d
         JOIN notifications n ON n.id = d.notification_id
        WHERE n.user_id = $1 AND n.kind <> 'email_verification' ORDER BY d.created_at`,
      [userId],
    );
  }

  it('retries after an SMTP outage and delivers the message once', async () => {
    const { sessionId } = await w.session();
    const her = await w.learner('ja');
    await w.mailbox.stop();
    await w.enrol(her, sessionId);
    const [failing] = await eventually(async () => {
      const rows = await deliveriesOf(her.id);
      return rows[0]?.last_error ? rows : undefined;
    });
    expect(failing?.status).toBe('pending');
    expect(failing?.last_error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    await w.mailbox.start();
    await w.mailbox.waitForTo(her.email, 1, 40_000);
    const [sent] = await eventually(async () => {
      const rows = await deliveriesOf(her.id);
      return rows[0]?.status === 'sent' ? rows : undefined;
    });
    expect(sent?.attempts).toBeGreaterThanOrEqual(2);
    expect(w.mailbox.to(her.email)).toHaveLength(1);
  }, 60_000);

  it('delivers each message exactly once across an API restart mid-run', async () => {
    const { sessionId } = await w.session({ capacity: 50 });
    const learners = await Promise.all(Array.from({ length: 6 }, () => w.learner('en')));
    await Promise.all(learners.map((l) => w.enrol(l, sessionId)));
    await w.restart();
    // A job whose attempt was cut by the restart and not failed in time waits for its expiry (60 s) and the
    // next maintenance before a worker takes it again: on a loaded machine that can be most of 90 s.
    await w.mailbox.waitFor(() => learners.every((l) => w.mailbox.to(l.email).length >= 1), 110_000);
    await eventually(async () => {
      const rows: { pending: number }[] = await w.app.dataSource.query(
        `SELECT count(*)::int AS pending FROM notification_deliveries WHERE status = 'pending'`,
      );
      return rows[0]?.pending === 0;
    });
    const ids = learners.flatMap((l) => w.mailbox.to(l.email).map((m) => m.messageId));
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);

    // A worker killed after SMTP accepted a message but before its commit sends it again: the same
    // Message-ID, so mailboxes (and our count by message key) recognise the copy.
    const [one] = learners;
    if (!one) throw new Error('no learner');
    const [delivery] = await deliveriesOf(one.id);
    if (!delivery) throw new Error('no delivery');
    await w.app.dataSource.query(`UPDATE notification_deliveries SET status = 'pending' WHERE id = $1`, [
      delivery.id,
    ]);
    await w.app.app.get(NotificationsService).enqueue(delivery.id);
    const copies = await w.mailbox.waitForTo(one.email, 2);
    expect(new Set(copies.map((m) => m.messageId)).size).toBe(1);
  }, 180_000);

  it('fails only the delivery to a refused address, shows it to the organisers, and sends it on retry', async () => {
    const { sessionId } = await w.session();
    const bouncing = await w.learner('ja');
    const fine = await w.learner('ja');
    w.mailbox.refuse(bouncing.email);
    await w.enrol(bouncing, sessionId);
    await w.enrol(fine, sessionId);
    await w.mailbox.waitForTo(fine.email);
    const [failed] = await eventually(async () => {
      const rows = await deliveriesOf(bouncing.id);
      return rows[0]?.status === 'failed' ? rows : undefined;
    });
    expect(failed?.attempts).toBe(1);
    expect(failed?.last_error).toContain('550');
    expect(failed?.last_error).not.toContain(bouncing.email);

    const outbox = await w.app.gql<{
      notificationOutbox: {
        id: string;
        status: string;
        recipientId: string;
        kind: string;
        lastError: string;
      }[];
    }>(
      '{ notificationOutbox { id status recipientId kind lastError attempts failedAt } }',
      {},
      { token: w.staff.token },
    );
    expect(outbox.errors).toBeUndefined();
    expect(outbox.data?.notificationOutbox).toContainEqual(
      expect.objectContaining({
        id: failed?.id,
        status: 'FAILED',
        recipientId: bouncing.id,
        kind: 'ENROLMENT_CONFIRMED',
      }),
    );
    const otherCity = await w.app.organisation('city');
    const otherStaff = await w.app.user({ roles: [[otherCity, 'staff']] });
    const theirs = await w.app.gql<{ notificationOutbox: { id: string }[] }>(
      '{ notificationOutbox { id } }',
      {},
      { token: otherStaff.token },
    );
    expect(theirs.data?.notificationOutbox.map((d) => d.id)).not.toContain(failed?.id);

    w.mailbox.accept(bouncing.email);
    const retried = await w.app.gql<{ retryNotificationDelivery: { status: string } }>(
      'mutation($id: ID!) { retryNotificationDelivery(id: $id) { status } }',
      { id: failed?.id },
      { token: w.staff.token },
    );
    expect(retried.data?.retryNotificationDelivery.status).toBe('PENDING');
    await w.mailbox.waitForTo(bouncing.email);
    await eventually(async () => (await deliveriesOf(bouncing.id))[0]?.status === 'sent');
    const again = await w.app.gql(
      'mutation($id: ID!) { retryNotificationDelivery(id: $id) { status } }',
      { id: failed?.id },
      { token: w.staff.token, locale: 'en' },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toBe('This notification has been sent already.');
  }, 60_000);

  it('skips an event its handler cannot tell (logged by id and type) and tells the rest of its batch', async () => {
    const { sessionId } = await w.session();
    const first = await w.learner('ja');
    const second = await w.learner('en');
    const one = await w.enrol(first, sessionId);
    const two = await w.enrol(second, sessionId);
    await w.mailbox.waitForTo(first.email);
    await w.mailbox.waitForTo(second.email);
    // One statement: the relay takes the three in one batch; the middle one is about no session.
    const events: { id: string }[] = await w.app.dataSource.query(
      `INSERT INTO domain_events (type, payload)
       SELECT 'enrolment.promoted', jsonb_build_object('enrolmentId', e.id::text, 'sessionId', e.s::text,
              'userId', e.u::text, 'status', 'confirmed', 'waitlistPosition', null)
         FROM (VALUES (1, $1::uuid, $2::uuid, $3::uuid), (2, gen_random_uuid(), gen_random_uuid(), $3::uuid),
                      (3, $4::uuid, $2::uuid, $5::uuid)) AS e (n, id, s, u)
        ORDER BY e.n
       RETURNING id`,
      [one.id, sessionId, first.id, two.id, second.id],
    );
    expect(events).toHaveLength(3);
    const [, promotedFirst] = await w.mailbox.waitForTo(first.email, 2);
    const [, promotedSecond] = await w.mailbox.waitForTo(second.email, 2);
    expect(promotedFirst?.kind).toBe('enrolment_promoted');
    expect(promotedSecond?.kind).toBe('enrolment_promoted');
    const states: { id: string; processed: boolean; told: number }[] = await w.app.dataSource.query(
      `SELECT ev.id, ev.processed_at IS NOT NULL AS processed,
              (SELECT count(*)::int FROM notifications n WHERE n.dedupe_key = 'event:' || ev.id) AS told
         FROM domain_events ev WHERE ev.id = ANY($1::bigint[])`,
      [events.map((e) => e.id)],
    );
    expect(states.every((row) => row.processed)).toBe(true);
    expect(states.map((row) => row.told).sort()).toEqual([0, 1, 1]);
    const skipped = states.find((row) => row.told === 0);
    expect(
      logged.some((line) => line.includes(`Event ${skipped?.id} (enrolment.promoted) not notified`)),
    ).toBe(true);
  });

  it('fails a malformed address at once, without a retry', async () => {
    const { sessionId } = await w.session();
    const her = await w.learner('ja');
    await w.app.dataSource.query(`UPDATE users SET email = $2 WHERE id = $1`, [
      her.id,
      `no-at-sign-${her.id}`,
    ]);
    await w.enrol(her, sessionId);
    const [failed] = await eventually(async () => {
      const rows = await deliveriesOf(her.id);
      return rows[0]?.status === 'failed' ? rows : undefined;
    });
    expect(failed).toMatchObject({ attempts: 1, last_error: 'malformed address' });
  });

  it('logs no personal data: recipients by id only', () => {
    expect(logged.length).toBeGreaterThan(0);
    const text = logged.join('\n');
    expect(text).not.toMatch(/@test\.tsunagu\.jp|no-at-sign-|花子|試験/);
  });
});
