import type { Locale } from '@tsunagu/shared/domain';
import { formatDateTime, TIME_ZONE, type I18nService } from '@tsunagu/web/shared/util';

/** `2026年4月1日(水) 10:00–12:00` in Tokyo time. */
export function formatMeeting(meeting: { startsAt: string; endsAt: string }, locale: Locale): string {
  return `${formatDateTime(meeting.startsAt, locale)}–${tokyoTime(locale).format(new Date(meeting.endsAt))}`;
}

/** `12/19(土) 10:00–12:00` / `Sat 19/12 10:00–12:00` in Tokyo time: short enough for a phone's select. */
export function formatMeetingShort(meeting: { startsAt: string; endsAt: string }, locale: Locale): string {
  const day = new Intl.DateTimeFormat(localeTag(locale), {
    timeZone: TIME_ZONE,
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
  }).format(new Date(meeting.startsAt));
  const time = tokyoTime(locale);
  return `${day} ${time.format(new Date(meeting.startsAt))}–${time.format(new Date(meeting.endsAt))}`;
}

const localeTag = (locale: Locale) => (locale === 'ja' ? 'ja-JP' : 'en-GB');

/** `10:00` in Tokyo time. */
function tokyoTime(locale: Locale): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(localeTag(locale), {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

/** `1歳6か月` / `1 yr 6 mo` for an age in months. */
export function formatAge(months: number, i18n: I18nService): string {
  return i18n.t('enrolment.age', { years: Math.floor(months / 12), months: months % 12 });
}

/**
 * Her childcare request in words that say what she is waiting for: decided with the lottery, waiting
 * for a childcare place (in the one waitlist), confirmed, or not confirmed.
 */
export function childcareStatusKey(e: {
  status: string;
  childcareConfirmed: boolean;
}):
  | 'enrolment.childcareConfirmed'
  | 'enrolment.childcareByLottery'
  | 'enrolment.childcareWaiting'
  | 'enrolment.childcareNotConfirmed' {
  if (e.childcareConfirmed) return 'enrolment.childcareConfirmed';
  if (e.status === 'applied') return 'enrolment.childcareByLottery';
  if (e.status === 'waitlisted') return 'enrolment.childcareWaiting';
  return 'enrolment.childcareNotConfirmed';
}
