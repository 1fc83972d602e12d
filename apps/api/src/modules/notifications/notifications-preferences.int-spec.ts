import { eventually } from '../../../test/mailbox';
import { NotificationsWorld } from '../../../test/notifications-world';
import { DeliveryService } from './delivery.service';
import { NotificationsService } from './notifications.service';

const SET = `mutation($i: NotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind email inApp line transactional } }`;
const CENTRE = `query($after: String, $first: Int) { myNotifications(after: $after, first: $first) { items { id kind title summary link readAt } nextCursor unreadCount } }`;

interface Centre {
  myNotifications: {
    items: {
      id: string;
      kind: string;
      title: string;
      summary: string;
      link: string | null;
      readAt: string | null;
    }[];
    nextCursor: string | null;
    unreadCount: number;
  };
}

/** Her choices per kind, the one-click unsubscribe, and the in-app centre. */
describe('notification preferences and the centre', () => {
  let w: NotificationsWorld;

  beforeAll(async () => {
    w = await NotificationsWorld.create();
  });
  afterAll(() => w.close());

  async function notificationsOf(
    userId: string,
  ): Promise<{ kind: string; in_app: boolean; deliveries: number }[]> {
    return w.app.dataSource.query(
      `SELECT n.kind, n.in_app, (SELECT count(*)::int FROM notification_deliveries d WHERE d.notification_id = n.id) AS deliveries
         FROM notifications n WHERE n.user_id = $1 ORDER BY n.created_at`,
      [userId],
    );
  }

  it('sends no email of a kind she turned email off for, and keeps the in-app record of a transactional kind', async () => {
    const her = await w.learner('ja');
    const set = await w.app.gql(
      SET,
      { i: { kind: 'ENROLMENT_CONFIRMED', email: false, inApp: true, line: false } },
      { token: her.token },
    );
    expect(set.data).toEqual({
      setNotificationPreference: {
        kind: 'ENROLMENT_CONFIRMED',
        email: false,
        inApp: true,
        line: false,
        transactional: true,
      },
    });
    const { sessionId } = await w.session();
    await w.enrol(her, sessionId);
    const [row] = await eventually(async () => {
      const rows = await notificationsOf(her.id);
      return rows.length ? rows : undefined;
    });
    expect(row).toEqual({ kind: 'enrolment_confirmed', in_app: true, deliveries: 0 });
    const centre = await w.app.gql<Centre>(CENTRE, {}, { token: her.token });
    expect(centre.data?.myNotifications.items[0]).toMatchObject({
      kind: 'ENROLMENT_CONFIRMED',
      title: expect.stringMatching(/^【受講確定】/),
      link: '/my/seminars',
      readAt: null,
    });
    expect(w.mailbox.to(her.email)).toHaveLength(0);
  });

  it('refuses turning off the in-app record of a transactional kind, in her language', async () => {
    const her = await w.learner('en');
    const result = await w.app.gql(
      SET,
      { i: { kind: 'SESSION_CANCELLED', email: false, inApp: false, line: false } },
      { token: her.token, locale: 'en' },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { inApp: 'In-app notices of this kind cannot be turned off.' },
    });
    const account = await w.app.gql(
      SET,
      { i: { kind: 'PASSWORD_RESET', email: false, inApp: false, line: false } },
      {
        token: her.token,
      },
    );
    expect(account.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('writes nothing for an optional kind she turned off everywhere', async () => {
    const her = await w.learner('ja');
    await w.app.gql(
      SET,
      { i: { kind: 'SESSION_REMINDER', email: false, inApp: false, line: false } },
      { token: her.token },
    );
    const { sessionId } = await w.session();
    const id = await w.app.dataSource.transaction((manager) =>
      w.app.app.get(NotificationsService).notify(manager, {
        userId: her.id,
        kind: 'session_reminder',
        dedupeKey: `reminder:test:${her.id}`,
        organisationId: w.city,
        params: { sessionId },
      }),
    );
    expect(id).toBeNull();
    expect(await notificationsOf(her.id)).toEqual([]);
  });

  it('lists her preferences with the defaults, and a repeated dedupe key is a no-op', async () => {
    const her = await w.learner('ja');
    const prefs = await w.app.gql<{
      myNotificationPreferences: { kind: string; email: boolean; inApp: boolean }[];
    }>('{ myNotificationPreferences { kind email inApp line transactional } }', {}, { token: her.token });
    const kinds = prefs.data?.myNotificationPreferences.map((p) => p.kind);
    expect(kinds).toContain('ENROLMENT_CONFIRMED');
    expect(kinds).not.toContain('PASSWORD_RESET');
    expect(kinds).not.toContain('STAFF_DIGEST');
    expect(prefs.data?.myNotificationPreferences.every((p) => p.email && p.inApp)).toBe(true);
    const { sessionId } = await w.session();
    const notify = () =>
      w.app.dataSource.transaction((manager) =>
        w.app.app.get(NotificationsService).notify(manager, {
          userId: her.id,
          kind: 'session_changed',
          dedupeKey: `changed:once:${her.id}`,
          organisationId: w.city,
          params: { sessionId },
        }),
      );
    expect(await notify()).not.toBeNull();
    expect(await notify()).toBeNull();
    await w.mailbox.waitForTo(her.email);
    expect(await notificationsOf(her.id)).toHaveLength(1);
  });

  it('turns email of one kind off with the one-click POST, and refuses a tampered token', async () => {
    const her = await w.learner('ja');
    const token = w.app.app.get(DeliveryService).unsubscribeTokens.sign(her.id, 'enrolment_waitlisted');
    const base = w.app.url.replace(/\/graphql$/, '');
    const post = await fetch(`${base}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(post.status).toBe(200);
    expect(await post.json()).toEqual({ kind: 'enrolment_waitlisted', email: false });
    const prefs = await w.app.gql<{
      myNotificationPreferences: { kind: string; email: boolean; inApp: boolean }[];
    }>('{ myNotificationPreferences { kind email inApp } }', {}, { token: her.token });
    expect(prefs.data?.myNotificationPreferences).toContainEqual({
      kind: 'ENROLMENT_WAITLISTED',
      email: false,
      inApp: true,
    });
    const get = await fetch(`${base}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`, {
      redirect: 'manual',
    });
    expect(get.status).toBe(303);
    expect(get.headers.get('location')).toBe(`/unsubscribe?token=${encodeURIComponent(token)}`);

    const other = await w.learner('ja');
    const tampered = token.replace(her.id, other.id);
    const refused = await w.app.gql(
      'mutation($t: String!) { unsubscribe(token: $t) { kind } }',
      { t: tampered },
      { locale: 'ja' },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields?.['token']).toContain('配信停止のリンクが正しくない');
    const garbage = await fetch(`${base}/api/notifications/unsubscribe?token=nope`, { method: 'POST' });
    expect(garbage.status).toBe(400);
    const viaGraphql = await w.app.gql<{ unsubscribe: { kind: string; email: boolean } }>(
      'mutation($t: String!) { unsubscribe(token: $t) { kind email } }',
      { t: w.app.app.get(DeliveryService).unsubscribeTokens.sign(other.id, 'session_reminder') },
    );
    expect(viaGraphql.data?.unsubscribe).toEqual({ kind: 'SESSION_REMINDER', email: false });
  });

  it('pages her centre newest first, in the viewer’s language, and marks one or all read', async () => {
    const her = await w.learner('ja');
    const { sessionId } = await w.session();
    const notifications = w.app.app.get(NotificationsService);
    for (let i = 0; i < 3; i++)
      await w.app.dataSource.transaction((manager) =>
        notifications.notify(manager, {
          userId: her.id,
          kind: 'enrolment_waitlisted',
          dedupeKey: `page:${her.id}:${i}`,
          organisationId: w.city,
          link: '/my/seminars',
          params: { sessionId, waitlistPosition: i + 1 },
        }),
      );
    const first = await w.app.gql<Centre>(CENTRE, { first: 2 }, { token: her.token, locale: 'en' });
    const page = first.data?.myNotifications;
    expect(page?.items).toHaveLength(2);
    expect(page?.unreadCount).toBe(3);
    expect(page?.items[0]?.summary).toContain('number 3');
    expect(page?.items[0]?.title).toMatch(/^You are on the waitlist: /);
    const rest = await w.app.gql<Centre>(CENTRE, { first: 2, after: page?.nextCursor }, { token: her.token });
    expect(rest.data?.myNotifications.items.map((n) => n.summary)).toEqual([
      expect.stringContaining('1番目'),
    ]);
    expect(rest.data?.myNotifications.nextCursor).toBeNull();

    const read = await w.app.gql<{ markNotificationRead: { readAt: string | null } }>(
      'mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }',
      { id: page?.items[0]?.id },
      { token: her.token },
    );
    expect(read.data?.markNotificationRead.readAt).not.toBeNull();
    expect((await w.app.gql('{ unreadNotificationCount }', {}, { token: her.token })).data).toEqual({
      unreadNotificationCount: 2,
    });
    expect((await w.app.gql('mutation { markAllNotificationsRead }', {}, { token: her.token })).data).toEqual(
      {
        markAllNotificationsRead: 2,
      },
    );
    const bad = await w.app.gql(
      CENTRE,
      { after: 'not-a-cursor', first: 500 },
      { token: her.token, locale: 'en' },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
