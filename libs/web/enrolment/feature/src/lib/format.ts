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
