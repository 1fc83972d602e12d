import type { MessageKeysOf } from '../../core/i18n/messages';

/** The notifications module's API messages. */
export const NOTIFICATIONS_MESSAGES = {
  'notifications.notFound': { ja: 'お知らせが見つかりませんでした。', en: 'Notification not found.' },
} as const;

declare module '../../core/i18n/messages' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
  interface MessageCatalogue extends MessageKeysOf<typeof NOTIFICATIONS_MESSAGES> {}
}
