import type { Locale } from '@tsunagu/shared/domain';

export const TIME_ZONE = 'Asia/Tokyo';

const INTL_LOCALE: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** `2026年4月1日(水)` in Japanese, `Wed, 1 April 2026` in English; always Tokyo time. */
export function formatDate(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(toDate(value));
}

/** `2026年4月1日(水) 14:00`. */
export function formatDateTime(value: Date | string, locale: Locale): string {
  const time = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(toDate(value));
  return `${formatDate(value, locale)} ${time}`;
}

/** Family name first in both languages, as the person registered it: `山田 花子`. */
export function formatPersonName(person: { familyName: string; givenName: string }): string {
  return `${person.familyName} ${person.givenName}`;
}
