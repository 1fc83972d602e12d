import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification-kinds';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One-click unsubscribe tokens: `<userId>.<kind>.<mac>`, the MAC an HMAC of (userId, kind) under the
 * server key, so a token turns off one kind's email for one person and cannot be forged or redirected.
 */
export class UnsubscribeTokens {
  constructor(private readonly secret: string) {}

  private mac(userId: string, kind: string): string {
    return createHmac('sha256', `unsubscribe:${this.secret}`).update(`${userId}:${kind}`).digest('base64url');
  }

  sign(userId: string, kind: NotificationKind): string {
    return `${userId}.${kind}.${this.mac(userId, kind)}`;
  }

  /** The person and kind of a genuine token, else null. */
  verify(token: string): { userId: string; kind: NotificationKind } | null {
    const [userId, kind, mac, ...rest] = token.trim().split('.');
    if (!userId || !kind || !mac || rest.length || !UUID.test(userId) || !(kind in NOTIFICATION_KINDS))
      return null;
    const expected = Buffer.from(this.mac(userId, kind));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return { userId, kind: kind as NotificationKind };
  }
}
