import type { Locale } from '@tsunagu/shared/domain';

export type Translations = Readonly<Record<Locale, string>>;
/** A table of API messages, Japanese and English. `{name}` placeholders are filled from the error's params. */
export type MessageTable = Readonly<Record<string, Translations>>;
/** The keys of a message table, as members to merge into `MessageCatalogue`. */
export type MessageKeysOf<T extends MessageTable> = { readonly [K in keyof T]: Translations };

/** The messages core raises itself (protocol, limits, generic refusals and field validation). */
export const CORE_MESSAGES = {
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
  'error.malformedId': {
    ja: '見つかりませんでした（IDの形式が正しくありません）。',
    en: 'Not found: this ID is not valid.',
  },
  'error.graphqlSyntax': {
    ja: 'リクエストを読み取れませんでした（GraphQLの構文に誤りがあります）。',
    en: 'The request could not be read: its GraphQL syntax is wrong.',
  },
  'error.graphqlValidation': {
    ja: 'リクエストがAPIの仕様に合っていません。',
    en: 'The request does not match what the API offers.',
  },
  'error.graphqlVariables': {
    ja: 'リクエストに渡された値が正しくありません。',
    en: 'A value passed with the request is not valid.',
  },
  'error.badRequest': {
    ja: 'リクエストの形式が正しくありません。',
    en: 'The request is not well-formed.',
  },
  'error.nulCharacter': {
    ja: '入力に使えない文字（NUL文字）が含まれています。貼り付けた内容を確認してください。',
    en: 'What you entered contains a character that cannot be used (NUL). Please check what you pasted.',
  },
  'error.payloadTooLarge': {
    ja: 'リクエストが大きすぎます（{max}KBまで）。入力内容を短くしてください。',
    en: 'The request is too large (at most {max} KB). Please shorten what you entered.',
  },
  'error.tooManyTokens': {
    ja: 'リクエストが長すぎます（{max}語句まで）。',
    en: 'The request is too long (at most {max} tokens).',
  },
  'error.queryTooDeep': {
    ja: 'リクエストの入れ子が深すぎます（{max}段まで）。',
    en: 'The request is nested too deeply (at most {max} levels).',
  },
  'error.tooManyAliases': {
    ja: 'リクエストの別名（エイリアス）が多すぎます（{max}個まで）。',
    en: 'The request uses too many aliases (at most {max}).',
  },
  'error.queryTooCostly': {
    ja: 'リクエストが大きすぎます（推定コスト{cost}、上限{max}）。取得する件数や項目を減らしてください。',
    en: 'The request asks for too much (estimated cost {cost}, at most {max}). Ask for fewer items or fields.',
  },
  'error.onePasswordCheckPerRequest': {
    ja: 'サインイン・登録・パスワード変更は、1回のリクエストにつき1つまでです。',
    en: 'Sign-in, sign-up and password changes are limited to one per request.',
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
  'validation.range': {
    ja: '{min}から{max}までの整数で入力してください。',
    en: 'Enter a whole number from {min} to {max}.',
  },
  'validation.maxItems': { ja: '{max}個以内にしてください。', en: 'Use at most {max} items.' },
  'validation.maxLengthEach': {
    ja: 'それぞれ{max}文字以内で入力してください。',
    en: 'Use at most {max} characters for each.',
  },
  'validation.url': {
    ja: 'http:// または https:// で始まるURLを入力してください。',
    en: 'Enter a URL starting with http:// or https://.',
  },
  'validation.phone': {
    ja: '電話番号は数字とハイフンで入力してください（例：0299-00-1111）。',
    en: 'Enter a phone number with digits and hyphens (e.g. 0299-00-1111).',
  },
} as const satisfies MessageTable;

/**
 * Every message key the API knows. Each module adds its own by declaration merging from its
 * `<module>.messages.ts` (`declare module '../../core/i18n/messages' { interface MessageCatalogue … }`),
 * so a key is type-checked wherever it is raised while core imports no module. The texts themselves are
 * registered at start-up from the domains' registrations (`registerMessages`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface MessageCatalogue extends MessageKeysOf<typeof CORE_MESSAGES> {}

export type MessageKey = keyof MessageCatalogue & string;
export type MessageParams = Record<string, string | number>;

const registered = new Map<string, Translations>(Object.entries(CORE_MESSAGES));

/** Adds a module's messages; a key registered twice with other texts is a mistake, so it throws. */
export function registerMessages(table: MessageTable): void {
  for (const [key, translations] of Object.entries(table)) {
    const existing = registered.get(key);
    if (existing && existing !== translations) throw new Error(`API message ${key} is registered twice`);
    registered.set(key, translations);
  }
}

export function translate(key: MessageKey, locale: Locale, params: MessageParams = {}): string {
  const translations = registered.get(key);
  if (!translations)
    throw new Error(`API message ${key} is not registered: list its table in the module's registration`);
  return translations[locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
