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

const SIZE_UNITS = [
  { unit: 'MB', bytes: 1024 * 1024 },
  { unit: 'KB', bytes: 1024 },
] as const;

/**
 * `1.2 MB`, `350 KB`, `512 B`: one decimal below ten of a unit, whole numbers above. The space is a
 * no-break space, so the number and its unit stay on one line.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const step = SIZE_UNITS.find((u) => bytes >= u.bytes);
  if (!step) return `${new Intl.NumberFormat(INTL_LOCALE[locale]).format(bytes)}\u00a0B`;
  const value = bytes / step.bytes;
  const digits = value < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits }).format(value)}\u00a0${step.unit}`;
}

/** `6/10(水)` in Japanese, `Wed 10 Jun` in English (Tokyo): short dates on cards, as event sites write them. */
export function formatShortDate(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: TIME_ZONE,
    month: locale === 'ja' ? 'numeric' : 'short',
    day: 'numeric',
    weekday: 'short',
  }).format(toDate(value));
}

/** `3,000円` in Japanese, `¥3,000` in English. */
export function formatYen(amount: number, locale: Locale): string {
  const number = new Intl.NumberFormat(INTL_LOCALE[locale]).format(amount);
  return locale === 'ja' ? `${number}円` : `¥${number}`;
}

/** `2026年4月1日(水) 10:00–12:00` in Tokyo time. */
export function formatMeeting(meeting: { startsAt: string; endsAt: string }, locale: Locale): string {
  return `${formatDateTime(meeting.startsAt, locale)}–${tokyoTime(locale).format(new Date(meeting.endsAt))}`;
}

/** `12/19(土) 10:00–12:00` / `Sat 19/12 10:00–12:00` in Tokyo time: short enough for a phone's select. */
export function formatMeetingShort(meeting: { startsAt: string; endsAt: string }, locale: Locale): string {
  const day = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: TIME_ZONE,
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
  }).format(new Date(meeting.startsAt));
  const time = tokyoTime(locale);
  return `${day} ${time.format(new Date(meeting.startsAt))}–${time.format(new Date(meeting.endsAt))}`;
}

/** `10:00` in Tokyo time. */
function tokyoTime(locale: Locale): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}
