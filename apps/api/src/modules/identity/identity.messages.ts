import type { MessageKeysOf, MessageTable } from '../../core/i18n/messages';

/** The API messages the identity module raises, Japanese and English. */
export const IDENTITY_MESSAGES = {
  'identity.tooManySignUps': {
    ja: 'この接続元からの登録が多すぎます。{minutes}分ほどしてから再度お試しください。',
    en: 'Too many sign-ups from this network. Please try again in about {minutes} minutes.',
  },
  'identity.emailTaken': {
    ja: 'このメールアドレスは既に登録されています。',
    en: 'This email address is already registered.',
  },
  'identity.invalidCredentials': {
    ja: 'メールアドレスまたはパスワードが正しくありません。',
    en: 'The email address or password is incorrect.',
  },
  'identity.tooManySignInFailures': {
    ja: 'サインインの失敗が続いたため、一時的に制限しています。{minutes}分ほど待ってから再度お試しください。',
    en: 'Too many failed sign-ins. Please wait about {minutes} minutes and try again.',
  },
  'identity.invalidRefreshToken': {
    ja: 'セッションの有効期限が切れました。もう一度サインインしてください。',
    en: 'Your session has expired. Please sign in again.',
  },
  'identity.wrongCurrentPassword': {
    ja: '現在のパスワードが正しくありません。',
    en: 'The current password is incorrect.',
  },
  'identity.samePassword': {
    ja: '新しいパスワードは現在のものと別にしてください。',
    en: 'Choose a new password different from the current one.',
  },
} as const satisfies MessageTable;

declare module '../../core/i18n/messages' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- merges this module's keys
  interface MessageCatalogue extends MessageKeysOf<typeof IDENTITY_MESSAGES> {}
}
