import type { EntityManager } from 'typeorm';
import type { NotificationKind } from '../notification-kinds';

/** What reminders and the digest ask the notifications core to write (CONTRACT.md: `NotifyRequest`). */
export interface ScheduledNotifyRequest {
  readonly userId: string;
  readonly kind: NotificationKind;
  readonly dedupeKey: string;
  readonly params: Record<string, string | number | boolean | null>;
  readonly link?: string | null;
  readonly organisationId?: string | null;
}

/**
 * The notifications core's `notify` as reminders and the digest use it: writes the notification and
 * its deliveries in the caller's transaction; a repeated dedupe key is a no-op.
 * `NotificationsService` satisfies it; NotificationsModule provides it under `NOTIFIER`.
 */
export interface Notifier {
  notify(manager: EntityManager, request: ScheduledNotifyRequest): Promise<unknown>;
}

export const NOTIFIER = Symbol('NOTIFIER');
