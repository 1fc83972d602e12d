import fc from 'fast-check';
import { fiscalYearOf, fiscalYearRange } from './fiscal-year';

describe('fiscalYearOf', () => {
  it('puts 1 April in Tokyo into the new fiscal year', () => {
    // 2026-03-31T15:00Z is 2026-04-01 00:00 in Tokyo.
    expect(fiscalYearOf(new Date('2026-03-31T15:00:00Z'))).toBe(2026);
    expect(fiscalYearOf(new Date('2026-03-31T14:59:59Z'))).toBe(2025);
  });

  it('agrees with fiscalYearRange for any instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (d) => {
          const fy = fiscalYearOf(d);
          const { start, end } = fiscalYearRange(fy);
          expect(d.getTime()).toBeGreaterThanOrEqual(start.getTime());
          expect(d.getTime()).toBeLessThan(end.getTime());
        },
      ),
    );
  });
});
