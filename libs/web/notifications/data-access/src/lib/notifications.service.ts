import { Injectable, inject, signal } from '@angular/core';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  MyNotificationsDocument,
  UnreadNotificationCountDocument,
  UnsubscribeDocument,
  type NotificationItemFragment,
  type NotificationPreferenceItemFragment,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type NotificationItem = NotificationItemFragment;
export type NotificationPreferenceItem = NotificationPreferenceItemFragment;

export interface NotificationPageResult {
  items: NotificationItem[];
  nextCursor: string | null;
  unreadCount: number;
}

/** How many notifications the centre loads at a time. */
export const NOTIFICATIONS_PAGE_SIZE = 20;

/**
 * Her notifications: the centre's pages, mark one / all as read, unsubscribing by a mail's link. The
 * unread count lives here as a signal, so the bell and the centre agree: every answer that carries a
 * count (a page, a poll, a mark-read) updates it.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsService {
  private readonly apollo = inject(Apollo);
  private readonly unreadState = signal<number | null>(null);
  /** Her unread count, once known (null: not loaded yet, or signed out). */
  readonly unread = this.unreadState.asReadonly();

  async page(after: string | null = null): Promise<NotificationPageResult> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: MyNotificationsDocument,
        variables: { after, first: NOTIFICATIONS_PAGE_SIZE },
        fetchPolicy: 'no-cache',
      }),
    );
    if (!result.data) throw result.error ?? new Error('myNotifications returned no data');
    const page = result.data.myNotifications;
    this.unreadState.set(page.unreadCount);
    return { items: [...page.items], nextCursor: page.nextCursor, unreadCount: page.unreadCount };
  }

  /** Asks the API for her unread count (the bell's poll). */
  async refreshUnread(): Promise<number> {
    const result = await firstValueFrom(
      this.apollo.query({ query: UnreadNotificationCountDocument, fetchPolicy: 'no-cache' }),
    );
    if (!result.data) throw result.error ?? new Error('unreadNotificationCount returned no data');
    this.unreadState.set(result.data.unreadNotificationCount);
    return result.data.unreadNotificationCount;
  }

  /** Marks one as read; the count drops by one if it was unread. */
  async markRead(notification: NotificationItem): Promise<NotificationItem> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: MarkNotificationReadDocument, variables: { id: notification.id } }),
    );
    if (!result.data) throw result.error ?? new Error('markNotificationRead returned no data');
    if (!notification.readAt) this.unreadState.update((n) => (n === null ? n : Math.max(0, n - 1)));
    return result.data.markNotificationRead;
  }

  /** Marks every one as read; answers how many were unread. */
  async markAllRead(): Promise<number> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: MarkAllNotificationsReadDocument }));
    if (!result.data) throw result.error ?? new Error('markAllNotificationsRead returned no data');
    this.unreadState.set(0);
    return result.data.markAllNotificationsRead;
  }

  /** Forgets the count (sign-out). */
  clear(): void {
    this.unreadState.set(null);
  }

  /** Turns off the email of one kind with the token of a mail's unsubscribe link (no sign-in needed). */
  async unsubscribe(token: string): Promise<NotificationPreferenceItem> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: UnsubscribeDocument, variables: { token } }),
    );
    if (!result.data) throw result.error ?? new Error('unsubscribe returned no data');
    return result.data.unsubscribe;
  }
}
