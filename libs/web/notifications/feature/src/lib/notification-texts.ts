import type { DeliveryStatus, NotificationChannel, NotificationKind } from '@tsunagu/web/shared/data-access';

/** The dictionary key naming a kind: 「キャンセル待ちからの繰り上げ」. */
export function kindKey(item: { kind: NotificationKind }) {
  return `notifications.kind.${item.kind}` as const;
}

export function channelKey(channel: NotificationChannel) {
  return `notifications.channel.${channel}` as const;
}

export function statusKey(status: DeliveryStatus) {
  return `notifications.outbox.statuses.${status}` as const;
}

/** A plain left click: the app handles it; with a modifier (new tab, window) the browser does. */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}
