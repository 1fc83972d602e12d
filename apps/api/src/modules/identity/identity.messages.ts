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
  'identity.accountLinkInvalid': {
    ja: 'このリンクは使えません。有効期限が切れたか、すでに使われたか、新しいリンクが送られています。',
    en: 'This link cannot be used: it has expired, has been used already, or a newer link was sent.',
  },
  'identity.tooManyAccountMails': {
    ja: 'メールの送信のご依頼が続いたため、一時的に制限しています。{minutes}分ほどしてから再度お試しください。',
    en: 'Too many emails were requested. Please try again in about {minutes} minutes.',
  },
  'identity.sameEmail': {
    ja: '現在のメールアドレスと同じです。',
    en: 'This is already your email address.',
  },
  'identity.emailAlreadyVerified': {
    ja: 'メールアドレスは確認済みです。',
    en: 'Your email address is already verified.',
  },
} as const satisfies MessageTable;

declare module '../../core/i18n/messages' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- merges this module's keys
  interface MessageCatalogue extends MessageKeysOf<typeof IDENTITY_MESSAGES> {}
}
