import type { NotificationPreferenceRow } from '@tsunagu/web/notifications/data-access';

export type PreferenceChannel = 'email' | 'inApp' | 'line';

/** The row she asks for when she flips one box (the in-app box of a transactional kind stays on). */
export function withChannel(
  row: NotificationPreferenceRow,
  channel: PreferenceChannel,
  on: boolean,
): NotificationPreferenceRow {
  if (channel === 'inApp' && row.transactional) return { ...row, inApp: true };
  return { ...row, [channel]: on };
}

/** Whether the box can be changed: a transactional kind always keeps its in-app record. */
export function channelLocked(row: NotificationPreferenceRow, channel: PreferenceChannel): boolean {
  return channel === 'inApp' && row.transactional;
}
