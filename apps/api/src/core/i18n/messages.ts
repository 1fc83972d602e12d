import type { Locale } from '@tsunagu/shared/domain';

/**
 * Every message the API returns to a person, in Japanese and English. `{name}` placeholders are filled
 * from the error's params. Keys are grouped by the module that raises them.
 */
export const MESSAGES = {
  'error.internal': {
    ja: 'サーバーで問題が発生しました。時間をおいて再度お試しください。',
    en: 'Something went wrong on our side. Please try again later.',
  },
  'error.unauthenticated': { ja: 'サインインが必要です。', en: 'Please sign in.' },
  'error.forbidden': { ja: 'この操作を行う権限がありません。', en: 'You do not have permission to do this.' },
  'error.notFound': { ja: '見つかりませんでした。', en: 'Not found.' },
  'error.invalidInput': { ja: '入力内容を確認してください。', en: 'Please check what you entered.' },
  'error.tooManyRequests': {
    ja: '試行回数が多すぎます。しばらくしてから再度お試しください。',
    en: 'Too many attempts. Please wait a while and try again.',
  },

  'validation.required': { ja: '入力してください。', en: 'This field is required.' },
  'validation.email': { ja: 'メールアドレスの形式が正しくありません。', en: 'Enter a valid email address.' },
  'validation.minLength': { ja: '{min}文字以上で入力してください。', en: 'Use at least {min} characters.' },
  'validation.maxLength': { ja: '{max}文字以内で入力してください。', en: 'Use at most {max} characters.' },
  'validation.kana': {
    ja: 'ふりがなは、ひらがなまたはカタカナで入力してください。',
    en: 'Use hiragana or katakana only.',
  },
  'validation.enum': { ja: '選択肢から選んでください。', en: 'Choose one of the options.' },
  'validation.uuid': { ja: 'IDの形式が正しくありません。', en: 'This is not a valid ID.' },
  'validation.invalid': { ja: '値が正しくありません。', en: 'This value is not valid.' },

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

  'organisations.notFound': { ja: '団体が見つかりません。', en: 'Organisation not found.' },
  'organisations.invitationNotFound': {
    ja: '招待が見つからないか、有効期限が切れています。',
    en: 'This invitation does not exist or has expired.',
  },
  'organisations.invitationUsed': {
    ja: 'この招待は既に使われています。',
    en: 'This invitation has already been used.',
  },
  'organisations.invitationOtherEmail': {
    ja: 'この招待は別のメールアドレス宛てです。',
    en: 'This invitation was sent to a different email address.',
  },
  'organisations.alreadyMember': {
    ja: 'この方は既にこの役割で所属しています。',
    en: 'This person already holds this role in the organisation.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

export function translate(key: MessageKey, locale: Locale, params: MessageParams = {}): string {
  const template: string = MESSAGES[key][locale];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
