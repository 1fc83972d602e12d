import type { AuthorizationRows, AuthzContext } from '../../../test/authorization/matrix';
import { DeliveryService } from './delivery.service';

/** A notification of `userId` about organisation `organisationId`, written directly (the pipeline is tested elsewhere). */
async function notificationOf(
  c: AuthzContext,
  userId: string,
  organisationId: string | null = null,
): Promise<string> {
  const rows = (await c.app.dataSource.query(
    `INSERT INTO notifications (user_id, kind, organisation_id, params, link, dedupe_key)
     VALUES ($1, 'enrolment_waitlisted', $2, '{}', '/my/seminars', gen_random_uuid()::text) RETURNING id`,
    [userId, organisationId],
  )) as { id: string }[];
  const id = rows[0]?.id;
  if (!id) throw new Error('no notification');
  return id;
}

/** A failed email delivery of a notification about orgA. */
async function failedDelivery(c: AuthzContext): Promise<string> {
  const notificationId = await notificationOf(c, c.users.learnerA.id, c.orgA);
  const rows = (await c.app.dataSource.query(
    `INSERT INTO notification_deliveries (notification_id, channel, address, status, attempts, last_error, failed_at)
     VALUES ($1, 'email', $2, 'failed', 7, 'EENVELOPE 550', now()) RETURNING id`,
    [notificationId, c.users.learnerA.email],
  )) as { id: string }[];
  const id = rows[0]?.id;
  if (!id) throw new Error('no delivery');
  return id;
}

const SIGNED_IN_ONLY = [
  { as: 'learnerA', expect: 'ok', why: 'allowed: her own' },
  { as: 'staffB', expect: 'ok', why: 'allowed: anyone signed in, for her own' },
  { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
] as const;

/** Who may call the notifications module's operations (run by modules/authorization.int-spec.ts). */
export const AUTHORIZATION: AuthorizationRows = {
  operations: {
    'Query.myNotifications': {
      document: '{ myNotifications { items { id title } unreadCount nextCursor } }',
      cases: SIGNED_IN_ONLY,
    },
    'Query.unreadNotificationCount': { document: '{ unreadNotificationCount }', cases: SIGNED_IN_ONLY },
    'Mutation.markNotificationRead': {
      document: 'mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }',
      request: async (c) => ({ variables: { id: await notificationOf(c, c.users.learnerA.id, c.orgA) } }),
      cases: [
        { as: 'learnerA', expect: 'ok', why: 'allowed: her own notification' },
        { as: 'learnerB', expect: 'NOT_FOUND', why: "another learner's notification is not revealed" },
        { as: 'staffA', expect: 'NOT_FOUND', why: 'staff of its organisation: still hers, not theirs' },
        { as: 'staffB', expect: 'NOT_FOUND', why: "other organisation's staff" },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.markAllNotificationsRead': {
      document: 'mutation { markAllNotificationsRead }',
      cases: SIGNED_IN_ONLY,
    },
    'Query.myNotificationPreferences': {
      document: '{ myNotificationPreferences { kind email inApp line transactional } }',
      cases: SIGNED_IN_ONLY,
    },
    'Mutation.setNotificationPreference': {
      document:
        'mutation { setNotificationPreference(input: { kind: ENROLMENT_WAITLISTED, email: true, inApp: true, line: false }) { kind line } }',
      cases: SIGNED_IN_ONLY,
    },
    'Mutation.unsubscribe': {
      public: true,
      document: 'mutation($t: String!) { unsubscribe(token: $t) { kind email } }',
      request: (c) => ({
        variables: {
          t: c.app.app.get(DeliveryService).unsubscribeTokens.sign(c.users.learnerA.id, 'session_reminder'),
        },
      }),
      cases: [
        {
          as: 'anonymous',
          expect: 'ok',
          why: 'allowed: the token is the authority (a mail client, signed out)',
        },
        { as: 'learnerB', expect: 'ok', why: 'allowed: whoever holds the link' },
      ],
    },
    'Query.notificationOutbox': {
      document: '{ notificationOutbox { id status recipientId lastError } }',
      cases: [
        { as: 'staffA', expect: 'ok', why: "allowed: staff, their organisation's deliveries" },
        {
          as: 'staffB',
          expect: 'ok',
          why: "allowed: other organisation's staff see only their own (none of A's)",
        },
        { as: 'admin', expect: 'ok', why: 'allowed: platform admin, all' },
        { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role: a learner' },
        { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'wrong role: a company admin' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.retryNotificationDelivery': {
      document: 'mutation($id: ID!) { retryNotificationDelivery(id: $id) { id status } }',
      request: async (c) => ({ variables: { id: await failedDelivery(c) } }),
      cases: [
        { as: 'staffA', expect: 'ok', why: 'allowed: staff of its organisation' },
        { as: 'admin', expect: 'ok', why: 'allowed: platform admin' },
        { as: 'staffB', expect: 'NOT_FOUND', why: "other organisation's staff: not revealed" },
        { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role: the recipient herself' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
  },
};
