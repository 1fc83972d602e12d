import type { EntityManager } from 'typeorm';
import type { NotifyRequest } from '../notify-request';

/** What reminders and the digest ask the notifications core to write. */
export type ScheduledNotifyRequest = NotifyRequest;

/**
 * `NotificationsService.notify` as reminders and the digest use it (provided under `NOTIFIER` with
 * `useExisting`, so these services stay testable on their own): writes the notification and its
 * deliveries in the caller's transaction; a repeated dedupe key is a no-op.
 */
export interface Notifier {
  notify(manager: EntityManager, request: NotifyRequest): Promise<unknown>;
}

export const NOTIFIER = Symbol('NOTIFIER');
