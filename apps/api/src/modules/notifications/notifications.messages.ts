import type { MessageKeysOf } from '../../core/i18n/messages';

/** The notifications module's API messages. */
export const NOTIFICATIONS_MESSAGES = {
  'notifications.notFound': { ja: 'お知らせが見つかりませんでした。', en: 'Notification not found.' },
  'notifications.deliveryNotFound': { ja: '送信記録が見つかりませんでした。', en: 'Delivery not found.' },
  'notifications.alreadySent': {
    ja: 'この通知はすでに送信済みです。',
    en: 'This notification has been sent already.',
  },
  'notifications.transactionalInApp': {
    ja: 'この種類のお知らせは、アプリ内の通知をオフにできません。',
    en: 'In-app notices of this kind cannot be turned off.',
  },
  'notifications.kindNotSwitchable': {
    ja: 'この種類のお知らせは設定を変更できません。',
    en: 'This kind of notice cannot be changed.',
  },
  'notifications.badCursor': {
    ja: '続きの位置が正しくありません。最初から読み込み直してください。',
    en: 'This page position is not valid: load the list again from the start.',
  },
  'notifications.badUnsubscribeToken': {
    ja: '配信停止のリンクが正しくないか、期限が切れています。アカウントページから設定してください。',
    en: 'This unsubscribe link is not valid. Change your settings on your account page.',
  },
} as const;

declare module '../../core/i18n/messages' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
  interface MessageCatalogue extends MessageKeysOf<typeof NOTIFICATIONS_MESSAGES> {}
}
