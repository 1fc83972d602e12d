import { calendarFile, meetingUid, sequenceAt } from './ics';

const entry = {
  meetingId: '11111111-2222-3333-4444-555555555555',
  // 10:00–12:00 in Tokyo.
  startsAt: new Date('2026-12-08T01:00:00Z'),
  endsAt: new Date('2026-12-08T03:00:00Z'),
  title: '女性リーダー育成講座 第1期',
  location: '小美玉市四季文化館',
  organizer: { name: '小美玉市', email: 'seminar@city.test' },
  sequence: 42,
};

describe('calendar files', () => {
  it('writes one VEVENT per meeting with its stable UID, UTC times and the SEQUENCE', () => {
    const ics = calendarFile('REQUEST', [entry]);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:${meetingUid(entry.meetingId)}`);
    expect(meetingUid(entry.meetingId)).toBe('meeting-11111111-2222-3333-4444-555555555555@tsunagu');
    expect(ics).toContain('DTSTART:20261208T010000Z');
    expect(ics).toContain('DTEND:20261208T030000Z');
    expect(ics).toContain('SEQUENCE:42');
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED; a feed marks a cancelled entry', () => {
    const cancel = calendarFile('CANCEL', [entry]);
    expect(cancel).toContain('METHOD:CANCEL');
    expect(cancel).toContain('STATUS:CANCELLED');
    const feed = calendarFile('PUBLISH', [entry, { ...entry, meetingId: 'other', cancelled: true }]);
    expect(feed).toContain('METHOD:PUBLISH');
    expect(feed.match(/STATUS:CANCELLED/g)).toHaveLength(1);
  });

  it('counts SEQUENCE in seconds since 2026-01-01, never below 0', () => {
    expect(sequenceAt(new Date('2026-01-01T00:00:10Z'))).toBe(10);
    expect(sequenceAt(new Date('2025-06-01T00:00:00Z'))).toBe(0);
    expect(sequenceAt(new Date('2026-12-01T00:00:01Z'))).toBeGreaterThan(
      sequenceAt(new Date('2026-12-01T00:00:00Z')),
    );
  });
});
