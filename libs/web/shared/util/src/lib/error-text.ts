import type { TranslationKey } from './i18n/dictionary';
import type { I18nService } from './i18n/i18n.service';

/** What the pages know of a failure (structurally the data-access AppError, which util cannot import). */
export interface ErrorLike {
  code: string;
  message?: string | null;
}

/** Failures whose words are ours: the transport's own text is never shown to her. */
const OWN_WORDS: Record<string, TranslationKey> = {
  NETWORK: 'errors.NETWORK',
  SERVER: 'loadState.server',
  UNKNOWN: 'errors.UNKNOWN',
};

/** The sentence to show for a failure: the API's localized message, or our words for the rest. */
export function errorText(i18n: Pick<I18nService, 't'>, error: ErrorLike): string {
  const own = OWN_WORDS[error.code];
  if (own) return i18n.t(own);
  if (error.message) return error.message;
  const key = `errors.${error.code}` as TranslationKey;
  const text = i18n.t(key);
  return text === key ? i18n.t('errors.UNKNOWN') : text;
}

/** Failures worth trying again as they are; a refusal or a missing page will not change on reload. */
export function isRetryable(error: ErrorLike): boolean {
  return ['NETWORK', 'SERVER', 'UNKNOWN', 'TOO_MANY_REQUESTS'].includes(error.code);
}
