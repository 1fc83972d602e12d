import type { MessageKeysOf } from '../../../core/i18n/messages';

/** The API messages of the LINE link and the calendar feed (merged into the notifications module's). */
export const LINE_AND_FEED_MESSAGES = {
  'notifications.lineDisabled': {
    ja: 'LINE連携はこのサーバーでは設定されていません。',
    en: 'LINE is not set up on this server.',
  },
  'notifications.feedNotFound': {
    ja: 'カレンダーのURLが見つかりません。再発行された場合は新しいURLを登録してください。',
    en: 'This calendar address was not found. If it was reissued, subscribe to the new address.',
  },
} as const;

declare module '../../../core/i18n/messages' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
  interface MessageCatalogue extends MessageKeysOf<typeof LINE_AND_FEED_MESSAGES> {}
}

/** What the official account answers in chat (both languages: LINE tells us nothing of hers). */
export const LINE_REPLIES = {
  linked:
    'Tsunagu（つなぐ）との連携が完了しました。これからお知らせをLINEでもお届けします。\n' +
    'Your LINE account is now linked to Tsunagu: notifications will also arrive here.',
  invalidCode:
    'このコードは使えません（期限切れ・使用済み・入力の誤り）。Tsunaguのアカウントページで新しいコードを発行してください。\n' +
    'This code cannot be used (expired, already used or mistyped). Issue a new one on your Tsunagu account page.',
  welcome:
    '友だち追加ありがとうございます。Tsunaguのアカウントページで「LINE連携」のコードを発行し、このトークに送ってください。\n' +
    'Thank you for adding us. Issue a LINE link code on your Tsunagu account page and send it in this chat.',
} as const;
