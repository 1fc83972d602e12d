import {
  formatDate,
  formatDateTime,
  formatFileSize,
  formatMeeting,
  formatMeetingShort,
  formatPersonName,
  formatShortDate,
  formatYen,
} from './format';

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

describe('file sizes', () => {
  it('reads like a file manager: bytes, KB with a decimal below ten, MB', () => {
    const size = (bytes: number, locale: 'ja' | 'en') => formatFileSize(bytes, locale).replace('\u00a0', ' ');
    expect(size(512, 'ja')).toBe('512 B');
    expect(size(1536, 'ja')).toBe('1.5 KB');
    expect(size(350 * 1024 + 300, 'en')).toBe('350 KB');
    expect(size(1.25 * 1024 * 1024, 'en')).toBe('1.3 MB');
    expect(size(20 * 1024 * 1024, 'ja')).toBe('20 MB');
    expect(size(1024 * 1024 - 1, 'ja')).toBe('1,024 KB');
    // Number and unit never part at the end of a line.
    expect(formatFileSize(585, 'ja')).toBe('585\u00a0B');
  });
});

describe('event-page formats', () => {
  it('writes short dates as Japanese event sites do, in Tokyo time', () => {
    expect(formatShortDate('2026-06-09T15:30:00Z', 'ja')).toBe('6/10(水)');
    expect(formatShortDate('2026-06-10T03:00:00Z', 'en')).toBe('Wed 10 Jun');
  });

  it('writes yen amounts in each language', () => {
    expect(formatYen(3000, 'ja')).toBe('3,000円');
    expect(formatYen(3000, 'en')).toBe('¥3,000');
  });
});

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
