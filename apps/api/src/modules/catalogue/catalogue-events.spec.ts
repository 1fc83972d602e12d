import { sessionChanges } from './catalogue-events';

const place = {
  venueName: '小美玉市四季文化館',
  venueAddress: '小美玉市上玉里1',
  isOnline: false,
  onlineUrl: null,
};
const at = (iso: string) => new Date(iso);
const meetings = [
  { startsAt: at('2027-01-10T01:00:00Z'), endsAt: at('2027-01-10T03:00:00Z') },
  { startsAt: at('2027-01-17T01:00:00Z'), endsAt: at('2027-01-17T03:00:00Z') },
];

describe('sessionChanges', () => {
  it('sees nothing when the same meetings come back in another order', () => {
    expect(
      sessionChanges({ place, meetings }, { place: { ...place }, meetings: [...meetings].reverse() }),
    ).toEqual([]);
  });

  it('sees a meeting moved, added or removed', () => {
    const moved = [meetings[0]!, { ...meetings[1]!, endsAt: at('2027-01-17T04:00:00Z') }];
    expect(sessionChanges({ place, meetings }, { place, meetings: moved })).toEqual(['meetings']);
    expect(sessionChanges({ place, meetings }, { place, meetings: meetings.slice(1) })).toEqual(['meetings']);
  });

  it('sees the venue, its address, or the move online', () => {
    expect(
      sessionChanges({ place, meetings }, { place: { ...place, venueAddress: null }, meetings }),
    ).toEqual(['place']);
    expect(
      sessionChanges(
        { place, meetings },
        { place: { ...place, isOnline: true, onlineUrl: 'https://meet.example/x' }, meetings: [] },
      ),
    ).toEqual(['meetings', 'place']);
  });
});
