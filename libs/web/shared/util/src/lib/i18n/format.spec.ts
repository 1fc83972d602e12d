import { formatDate, formatDateTime, formatPersonName } from './format';

describe('date formatting', () => {
  it('shows dates the Japanese way in Tokyo time', () => {
    // 15:30 UTC on 31 March is already 1 April in Tokyo.
    expect(formatDate('2026-03-31T15:30:00Z', 'ja')).toBe('2026年4月1日(水)');
  });

  it('adds a 24-hour Tokyo time', () => {
    expect(formatDateTime('2026-04-01T05:00:00Z', 'ja')).toBe('2026年4月1日(水) 14:00');
  });

  it('formats English dates', () => {
    expect(formatDate(new Date('2026-04-01T03:00:00Z'), 'en')).toBe('Wed, 1 April 2026');
  });

  it('puts the family name first', () => {
    expect(formatPersonName({ familyName: '山田', givenName: '花子' })).toBe('山田 花子');
  });
});
