import { childcareStatusKey, formatMeeting, formatMeetingShort } from './format';

describe('meeting formats', () => {
  // 10:00–12:00 in Tokyo on Saturday 19 December 2026.
  const meeting = { startsAt: '2026-12-19T01:00:00Z', endsAt: '2026-12-19T03:00:00Z' };

  it('writes the full date in Tokyo time', () => {
    expect(formatMeeting(meeting, 'ja')).toContain('2026年12月19日');
    expect(formatMeeting(meeting, 'ja')).toContain('10:00–12:00');
  });

  it('writes a short date for the check-in select, in Tokyo time', () => {
    expect(formatMeetingShort(meeting, 'ja')).toBe('12/19(土) 10:00–12:00');
    expect(formatMeetingShort(meeting, 'en')).toBe('Sat 19/12 10:00–12:00');
  });
});

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
