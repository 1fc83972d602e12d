import {
  DEFAULT_CHANNELS,
  NOTIFICATION_KINDS,
  type ChannelName,
  type NotificationKind,
} from './notification-kinds';

export type ChannelChoice = Record<ChannelName, boolean>;

/** Whether she cannot switch a kind off entirely (its in-app record is always kept). */
export function isTransactional(kind: NotificationKind): boolean {
  return NOTIFICATION_KINDS[kind].class === 'transactional';
}

export function isAccountKind(kind: NotificationKind): boolean {
  return NOTIFICATION_KINDS[kind].class === 'account';
}

/**
 * What she receives a kind on, from her stored choice (or the defaults): transactional kinds always keep
 * the in-app record; account kinds go by email only, whatever is stored.
 */
export function effectiveChoice(kind: NotificationKind, stored: ChannelChoice | null): ChannelChoice {
  if (isAccountKind(kind)) return { email: true, in_app: false, line: false };
  const choice = stored ?? DEFAULT_CHANNELS;
  return { ...choice, in_app: isTransactional(kind) ? true : choice.in_app };
}
