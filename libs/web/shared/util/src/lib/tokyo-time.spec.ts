import {
  isoToTokyoDateAndTime,
  isoToTokyoLocal,
  tokyoDateAndTimeToIso,
  tokyoLocalToIso,
  tokyoMonth,
} from './tokyo-time';

describe('Tokyo datetime conversion', () => {
  it('reads datetime-local values as Tokyo time (UTC+9), not the browser zone', () => {
    expect(tokyoLocalToIso('2026-06-01T10:00')).toBe('2026-06-01T01:00:00.000Z');
    // Early morning in Tokyo is the previous day in UTC.
    expect(tokyoLocalToIso('2026-06-01T08:30')).toBe('2026-05-31T23:30:00.000Z');
    expect(tokyoDateAndTimeToIso('2027-01-01', '00:00')).toBe('2026-12-31T15:00:00.000Z');
  });

  it('does not depend on process.env.TZ', () => {
    const original = process.env['TZ'];
    try {
      process.env['TZ'] = 'America/Los_Angeles';
      expect(tokyoLocalToIso('2026-03-08T02:30')).toBe('2026-03-07T17:30:00.000Z');
      expect(isoToTokyoLocal('2026-03-07T17:30:00.000Z')).toBe('2026-03-08T02:30');
    } finally {
      process.env['TZ'] = original;
    }
  });

  it('refuses empty, malformed and impossible values', () => {
    expect(tokyoLocalToIso('')).toBeNull();
    expect(tokyoLocalToIso(null)).toBeNull();
    expect(tokyoLocalToIso('2026-06-01')).toBeNull();
    expect(tokyoLocalToIso('2026-02-30T10:00')).toBeNull();
    expect(tokyoLocalToIso('2026-06-01T24:00')).toBeNull();
    expect(tokyoDateAndTimeToIso('2026-06-01', '')).toBeNull();
  });

  it('turns instants back into Tokyo input values, round-tripping', () => {
    expect(isoToTokyoLocal('2026-05-31T23:30:00.000Z')).toBe('2026-06-01T08:30');
    expect(isoToTokyoDateAndTime('2026-06-01T01:00:00Z')).toEqual({ date: '2026-06-01', time: '10:00' });
    expect(isoToTokyoLocal(null)).toBe('');
    expect(isoToTokyoLocal('not a date')).toBe('');
    const local = '2026-11-15T19:45';
    expect(isoToTokyoLocal(tokyoLocalToIso(local))).toBe(local);
  });

  it('gives the Tokyo month of an instant', () => {
    expect(tokyoMonth('2026-06-30T15:30:00Z')).toBe('2026-07');
    expect(tokyoMonth('2026-06-30T14:59:00Z')).toBe('2026-06');
  });
});
