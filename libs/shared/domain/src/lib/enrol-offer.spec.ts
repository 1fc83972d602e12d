import { asksChildcareFallback, enrolOffer, enrolOutcome, type OfferSession } from './enrol-offer';
import { isPhone, normalisePhone, telHref } from './organisation-contact';
import { isFree } from './seminars';

const now = new Date('2026-06-01T03:00:00Z');
const base: OfferSession = {
  status: 'scheduled',
  registrationMode: 'first_come',
  registrationOpensAt: '2026-05-01T00:00:00Z',
  registrationClosesAt: '2026-06-10T08:00:00Z',
  drawAt: null,
  drawnAt: null,
  capacity: 20,
  seatsLeft: 5,
  childcareCapacity: 0,
  childcareSeatsLeft: 0,
  waitlistCount: 0,
};

describe('enrolOffer', () => {
  it('offers a seat while seats are free, with the seats left', () => {
    expect(enrolOffer(base, now)).toMatchObject({ kind: 'seat', seatsLeft: 5, childcare: 'none' });
  });

  it('offers the waitlist at the next rank when the session is full', () => {
    expect(enrolOffer({ ...base, seatsLeft: 0, waitlistCount: 3 }, now)).toMatchObject({
      kind: 'waitlist',
      waitlistRank: 4,
    });
  });

  it('with a seat but childcare full, says where she would wait if she needs childcare', () => {
    const offer = enrolOffer({ ...base, childcareCapacity: 2, childcareSeatsLeft: 0, waitlistCount: 1 }, now);
    expect(offer).toMatchObject({ kind: 'seat', childcare: 'full', waitlistRank: 2 });
    expect(asksChildcareFallback(offer, true)).toBe(true);
    expect(asksChildcareFallback(offer, false)).toBe(false);
    expect(enrolOutcome(offer, { childcare: true, ifChildcareFull: null })).toBe('choose');
    expect(enrolOutcome(offer, { childcare: true, ifChildcareFull: 'WAIT' })).toBe('waitlisted');
    expect(enrolOutcome(offer, { childcare: true, ifChildcareFull: 'WITHOUT_CHILDCARE' })).toBe(
      'confirmedWithoutChildcare',
    );
    expect(enrolOutcome(offer, { childcare: false, ifChildcareFull: null })).toBe('confirmed');
  });

  it('never asks "without childcare" when the session itself is full: she waits either way', () => {
    const offer = enrolOffer({ ...base, seatsLeft: 0, childcareCapacity: 2, childcareSeatsLeft: 0 }, now);
    expect(asksChildcareFallback(offer, true)).toBe(false);
    expect(enrolOutcome(offer, { childcare: true, ifChildcareFull: 'WITHOUT_CHILDCARE' })).toBe('waitlisted');
  });

  it('a lottery is a lottery whatever the seats: applied, no childcare fallback', () => {
    const offer = enrolOffer(
      { ...base, registrationMode: 'lottery', drawAt: '2026-06-12T03:00:00Z', childcareCapacity: 1 },
      now,
    );
    expect(offer).toMatchObject({ kind: 'lottery', capacity: 20 });
    expect(offer.kind === 'lottery' && offer.drawAt?.toISOString()).toBe('2026-06-12T03:00:00.000Z');
    expect(asksChildcareFallback(offer, true)).toBe(false);
    expect(enrolOutcome(offer, { childcare: true, ifChildcareFull: null })).toBe('applied');
  });

  it('a drawn lottery is closed', () => {
    expect(enrolOffer({ ...base, registrationMode: 'lottery', drawnAt: now }, now).kind).toBe('closed');
  });

  it('before the window opens, at and after it closes, and when cancelled', () => {
    expect(enrolOffer({ ...base, registrationOpensAt: '2026-06-02T00:00:00Z' }, now)).toEqual({
      kind: 'notOpen',
      opensAt: new Date('2026-06-02T00:00:00Z'),
    });
    expect(enrolOffer({ ...base, registrationClosesAt: now.toISOString() }, now).kind).toBe('closed');
    expect(enrolOffer({ ...base, status: 'cancelled' }, now).kind).toBe('cancelled');
    expect(enrolOutcome({ kind: 'closed' }, { childcare: false, ifChildcareFull: null })).toBe('unavailable');
  });
});

describe('contact helpers', () => {
  it('normalises full-width digits and dashes in phone numbers', () => {
    expect(normalisePhone(' ０２９９－００－１１１１ ')).toBe('0299-00-1111');
    expect(isPhone('0299-00-1111')).toBe(true);
    expect(isPhone('+81 (299) 48-1111')).toBe(true);
    expect(isPhone('12-34')).toBe(false);
    expect(isPhone('javascript:alert(1)')).toBe(false);
    expect(telHref('0299-00-1111')).toBe('tel:0299001111');
  });

  it('a fee of null or 0 is free', () => {
    expect(isFree(null)).toBe(true);
    expect(isFree(0)).toBe(true);
    expect(isFree(3000)).toBe(false);
  });
});
