import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CatalogueService } from '@tsunagu/web/catalogue/data-access';
import { CataloguePage } from './catalogue.page';

const item = {
  sessionId: 's1',
  courseId: 'c1',
  title: '女性リーダー育成講座',
  sessionTitle: '第1期',
  summary: '全3回',
  category: 'leadership' as const,
  providerName: '小美玉市',
  firstMeetingAt: '2026-06-01T01:00:00.000Z',
  venueName: '四季文化館',
  isOnline: false,
  isOffsite: false,
  lottery: true,
  capacity: 30,
  seatsLeft: 0,
  childcareOffered: true,
  childcareSeatsLeft: 4,
};

describe(CataloguePage.name, () => {
  const search = jest.fn();

  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'seminars', component: CataloguePage }]),
        { provide: CatalogueService, useValue: { search } },
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    await harness.fixture.whenStable();
    return { harness, el: harness.routeNativeElement as HTMLElement, router: TestBed.inject(Router) };
  }

  beforeEach(() => {
    jest.clearAllMocks();
    search.mockResolvedValue({ items: [item], totalCount: 1 });
  });

  it('reads the filters from the URL and shows the cards the Japanese way', async () => {
    const { el } = await open('/seminars?childcare=1&category=leadership');
    expect(search).toHaveBeenCalledWith(
      expect.objectContaining({ childcare: true, category: 'leadership', page: 1 }),
    );
    expect((el.querySelector('[data-testid="catalogue-childcare"]') as HTMLInputElement).checked).toBe(true);
    expect((el.querySelector('[data-testid="catalogue-category"]') as HTMLSelectElement).value).toBe(
      'leadership',
    );
    expect(el.querySelector('[data-testid="catalogue-count"]')?.textContent).toContain('1件のセミナー');
    expect(el.querySelector('[data-testid="seminar-date"]')?.textContent?.trim()).toBe(
      '2026年6月1日(月) 10:00',
    );
    expect(el.querySelector('[data-testid="badge-lottery"]')?.textContent?.trim()).toBe('抽選');
    expect(el.querySelector('[data-testid="badge-childcare"]')?.textContent).toContain('託児あり（残り4席）');
    expect(el.querySelector('[data-testid="seats-text"]')?.textContent?.trim()).toBe('満席・キャンセル待ち');
  });

  it('writes a changed filter into the URL and searches again, back on page 1', async () => {
    const { harness, el, router } = await open('/seminars?page=2');
    const select = el.querySelector('[data-testid="catalogue-format"]') as HTMLSelectElement;
    select.value = 'ONLINE';
    select.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(router.url).toBe('/seminars?format=ONLINE');
    expect(search).toHaveBeenLastCalledWith(expect.objectContaining({ format: 'ONLINE', page: 1 }));

    const input = el.querySelector('[data-testid="catalogue-search"]') as HTMLInputElement;
    input.value = '起業';
    input.dispatchEvent(new Event('input'));
    (el.querySelector('[data-testid="catalogue-search-submit"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/seminars?q=%E8%B5%B7%E6%A5%AD&format=ONLINE');

    (el.querySelector('[data-testid="catalogue-clear"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/seminars');
  });

  it('shows the empty state when nothing matches', async () => {
    search.mockResolvedValue({ items: [], totalCount: 0 });
    const { el } = await open('/seminars?month=2026-08');
    expect(search).toHaveBeenCalledWith(expect.objectContaining({ month: '2026-08' }));
    expect(el.querySelector('[data-testid="catalogue-empty"]')?.textContent).toContain(
      '条件に合うセミナーはありません',
    );
  });
});
