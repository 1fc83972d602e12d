import { childcareStatusKey } from './format';

describe('childcare status', () => {
  it('says what she is waiting for', () => {
    expect(childcareStatusKey({ status: 'confirmed', childcareConfirmed: true })).toBe(
      'enrolment.childcareConfirmed',
    );
    expect(childcareStatusKey({ status: 'applied', childcareConfirmed: false })).toBe(
      'enrolment.childcareByLottery',
    );
    expect(childcareStatusKey({ status: 'waitlisted', childcareConfirmed: false })).toBe(
      'enrolment.childcareWaiting',
    );
    expect(childcareStatusKey({ status: 'cancelled', childcareConfirmed: false })).toBe(
      'enrolment.childcareNotConfirmed',
    );
  });
});
