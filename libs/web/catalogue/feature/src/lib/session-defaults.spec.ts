import type { EditorSession } from '@tsunagu/web/catalogue/data-access';
import { addDays, datesBeforeFirstMeeting, newSessionDates, sessionCopy } from './session-defaults';

/** The item at `index` (the test fails clearly when the list is shorter). */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at index ${index} of ${items.length}`);
  return item;
}

describe('session editor defaults', () => {
  it('moves calendar dates across month and year ends', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('starts a new session four weeks ahead, with the dates Japanese seminar pages use before it', () => {
    // 2026-12-01 14:20 in Tokyo.
    const dates = newSessionDates(new Date('2026-12-01T05:20:00Z'));
    expect(dates).toEqual({
      meeting: { date: '2026-12-29', startsAt: '10:00', endsAt: '12:00' },
      registrationOpensAt: '2026-12-01T15:00',
      registrationClosesAt: '2026-12-22T17:00',
      cancellationDeadline: '2026-12-27T17:00',
      drawAt: '2026-12-23T12:00',
    });
    expect(datesBeforeFirstMeeting('2027-04-10').registrationClosesAt).toBe('2027-04-03T17:00');
  });

  it('copies a session by whole weeks to at least four weeks ahead, without ids', () => {
    const source = {
      id: 's1',
      title: '第1期',
      registrationOpensAt: '2026-05-01T00:00:00.000Z',
      registrationClosesAt: '2026-05-25T08:00:00.000Z',
      cancellationDeadline: '2026-05-30T08:00:00.000Z',
      drawAt: '2026-05-26T03:00:00.000Z',
      meetings: [
        { id: 'm1', startsAt: '2026-06-01T01:00:00.000Z', endsAt: '2026-06-01T03:00:00.000Z' },
        { id: 'm2', startsAt: '2026-06-08T01:00:00.000Z', endsAt: '2026-06-08T03:00:00.000Z' },
      ],
      questions: [{ id: 'q1', kind: 'text', label: '質問', choices: [], required: false, position: 1 }],
    } as unknown as EditorSession;
    const now = new Date('2026-12-01T00:00:00Z');
    const copy = sessionCopy(source, now);
    const first = new Date(at(copy.meetings, 0).startsAt);
    expect(first.getUTCDay()).toBe(new Date(at(source.meetings, 0).startsAt).getUTCDay());
    expect(first.getTime()).toBeGreaterThanOrEqual(now.getTime() + 28 * 24 * 3_600_000);
    expect(first.getTime() - now.getTime()).toBeLessThan(35 * 24 * 3_600_000);
    const shift = first.getTime() - new Date(at(source.meetings, 0).startsAt).getTime();
    expect(
      new Date(copy.registrationClosesAt).getTime() - new Date(source.registrationClosesAt).getTime(),
    ).toBe(shift);
    expect(
      new Date(at(copy.meetings, 1).endsAt).getTime() - new Date(at(source.meetings, 1).endsAt).getTime(),
    ).toBe(shift);
    expect(copy.meetings.map((m) => m.id)).toEqual(['', '']);
    expect(copy.questions[0]).toMatchObject({ id: '', label: '質問' });
    // A session still ahead moves by one week.
    const ahead = sessionCopy(source, new Date('2026-04-01T00:00:00Z'));
    expect(
      new Date(at(ahead.meetings, 0).startsAt).getTime() -
        new Date(at(source.meetings, 0).startsAt).getTime(),
    ).toBe(7 * 24 * 3_600_000);
    // Its registration opens now at the earliest.
    expect(new Date(copy.registrationOpensAt).getTime()).toBeGreaterThanOrEqual(now.getTime());
  });
});
