import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { of } from 'rxjs';
import { EMPTY_CATALOGUE_QUERY } from './catalogue-filter';
import { CatalogueService, toCatalogueItem } from './catalogue.service';
import { moveLesson } from './course-editor.service';

const entry = {
  firstMeetingAt: '2026-06-06T01:00:00.000Z',
  meetingCount: 3,
  seatsLeft: 3,
  childcareSeatsLeft: 0,
  provider: { id: 'org-1', name: '小美玉市' },
  course: { id: 'c1', title: '女性リーダー育成講座', summary: '全3回', category: 'leadership' as const },
  session: {
    id: 's1',
    title: '第1期',
    capacity: 30,
    childcareCapacity: 8,
    venueName: '四季文化館',
    isOnline: false,
    isOffsite: false,
    registrationMode: 'lottery' as const,
    registrationOpensAt: '2026-05-01T00:00:00.000Z',
    registrationClosesAt: '2026-05-30T08:00:00.000Z',
    feeYen: 3000,
  },
};

describe('toCatalogueItem', () => {
  it('flattens an entry into what a card shows', () => {
    expect(toCatalogueItem(entry)).toEqual({
      sessionId: 's1',
      courseId: 'c1',
      title: '女性リーダー育成講座',
      sessionTitle: '第1期',
      summary: '全3回',
      category: 'leadership',
      providerName: '小美玉市',
      firstMeetingAt: '2026-06-06T01:00:00.000Z',
      meetingCount: 3,
      registrationOpensAt: '2026-05-01T00:00:00.000Z',
      registrationClosesAt: '2026-05-30T08:00:00.000Z',
      feeYen: 3000,
      venueName: '四季文化館',
      isOnline: false,
      isOffsite: false,
      lottery: true,
      capacity: 30,
      seatsLeft: 3,
      childcareOffered: true,
      childcareSeatsLeft: 0,
    });
  });

  it('says no childcare when the session has no childcare seats, and never shows negative seats', () => {
    const item = toCatalogueItem({
      ...entry,
      seatsLeft: -2,
      session: { ...entry.session, childcareCapacity: 0, registrationMode: 'first_come' },
    });
    expect(item.childcareOffered).toBe(false);
    expect(item.lottery).toBe(false);
    expect(item.seatsLeft).toBe(0);
  });
});

describe('moveLesson', () => {
  it('swaps with the neighbour and stays put at the ends', () => {
    expect(moveLesson(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveLesson(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveLesson(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveLesson(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe(CatalogueService.name, () => {
  it('sends the filter and maps the page, always from the network', async () => {
    const query = jest.fn().mockReturnValue(of({ data: { catalogue: { totalCount: 7, items: [entry] } } }));
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: { query } }] });
    const result = await TestBed.inject(CatalogueService).search({
      ...EMPTY_CATALOGUE_QUERY,
      childcare: true,
      category: 'leadership',
    });
    expect(query).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: { filter: { limit: 20, offset: 0, childcare: true, category: 'leadership' } },
        fetchPolicy: 'network-only',
      }),
    );
    expect(result.totalCount).toBe(7);
    expect(result.items.map((i) => i.sessionId)).toEqual(['s1']);
  });

  it('throws the error when the API returns no data', async () => {
    const error = new Error('boom');
    TestBed.configureTestingModule({
      providers: [{ provide: Apollo, useValue: { query: () => of({ data: undefined, error }) } }],
    });
    await expect(TestBed.inject(CatalogueService).session('s1')).rejects.toBe(error);
  });
});
