import type { NotificationKind } from './notification-kinds';
import type { NotificationParams } from './notification.entity';

/**
 * What a module (through an event handler, a reminder, a digest) asks the notifications module to tell
 * one person. `NotificationsService.notify(manager, request)` writes it in the caller's transaction.
 */
export interface NotifyRequest {
  /** The recipient. */
  readonly userId: string;
  readonly kind: NotificationKind;
  /**
   * Unique per message: a second request with the same key is a no-op (`enrolment:<eventId>`,
   * `reminder:<meetingId>:<userId>`). At most 200 characters.
   */
  readonly dedupeKey: string;
  /** Flat facts for the template: ids and short values, never a note's text or a child's data. */
  readonly params: NotificationParams;
  /** The app path it is about (`/seminars/my`), shown in the centre. */
  readonly link?: string | null;
  /** The providing organisation of what it is about (sender name, Reply-To, staff outbox); null for account mail. */
  readonly organisationId?: string | null;
  /** Email this address instead of her account's (verifying a new address before it takes effect). */
  readonly emailAddress?: string;
}
