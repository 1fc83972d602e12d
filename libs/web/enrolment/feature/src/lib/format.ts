import { formatAgeMonths, type I18nService } from '@tsunagu/web/shared/util';

// Date, time and age formats live in shared util; the enrol form (being reshaped on another branch)
// still imports the meeting formats from here.
export { formatMeeting, formatMeetingShort } from '@tsunagu/web/shared/util';

/** An age in months in her language (`1歳6か月`, `6か月`): the shared formatter, for the enrol form. */
export function formatAge(months: number, i18n: I18nService): string {
  return formatAgeMonths(months, (key, params) => i18n.t(key, params));
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
