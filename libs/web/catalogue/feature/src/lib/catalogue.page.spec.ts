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
  meetingCount: 3,
  registrationOpensAt: '2026-04-01T00:00:00.000Z',
  // Far enough ahead that the card shows the date, not "closed".
  registrationClosesAt: '2099-06-10T08:00:00.000Z',
  feeYen: null,
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
    // A lottery card has no first-come countdown.
    expect(el.querySelector('[data-testid="seats-text"]')).toBeNull();
    expect(el.querySelector('[data-testid="seminar-lottery"]')?.textContent?.trim()).toBe('抽選・定員30名');
    expect(el.querySelector('[data-testid="seminar-meetings"]')?.textContent?.trim()).toBe('全3回');
    expect(el.querySelector('[data-testid="seminar-deadline"]')?.textContent?.trim()).toBe('6/10(水)');
    expect(el.querySelector('[data-testid="seminar-fee"]')?.textContent?.trim()).toBe('無料');
  });

  it('shows a full first-come session as a full bar, and a closed deadline as closed', async () => {
    search.mockResolvedValue({
      items: [
        {
          ...item,
          lottery: false,
          seatsLeft: 0,
          meetingCount: 1,
          registrationClosesAt: '2020-01-01T00:00:00Z',
          feeYen: 500,
        },
      ],
      totalCount: 1,
    });
    const { el } = await open('/seminars');
    expect(el.querySelector('[data-testid="seats-text"]')?.textContent?.trim()).toBe('満席・キャンセル待ち');
    expect((el.querySelector('.fill') as HTMLElement).style.width).toBe('100%');
    expect(el.querySelector('[data-testid="seminar-meetings"]')?.textContent?.trim()).toBe('1回');
    expect(el.querySelector('[data-testid="seminar-deadline"]')?.textContent?.trim()).toBe('受付終了');
    expect(el.querySelector('[data-testid="seminar-fee"]')?.textContent?.trim()).toBe('500円');
  });

  it('keeps the filters behind a disclosure button on a phone, with the chosen ones as chips', async () => {
    const { harness, el, router } = await open('/seminars?childcare=1&category=leadership&q=起業');
    const toggle = el.querySelector('[data-testid="catalogue-filters-toggle"]') as HTMLButtonElement;
    const panel = el.querySelector('[data-testid="catalogue-filter-panel"]') as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.hidden).toBe(true);
    expect(toggle.textContent?.trim()).toBe('条件で絞り込む（2）');
    const chips = Array.from(el.querySelectorAll('[data-testid="catalogue-chips"] button'));
    expect(chips.map((c) => c.getAttribute('aria-label'))).toEqual([
      'キーワード：起業の条件を外す',
      'リーダーシップの条件を外す',
      '託児ありの条件を外す',
    ]);

    toggle.click();
    await harness.fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);

    (el.querySelector('[data-testid="chip-childcare"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/seminars?q=%E8%B5%B7%E6%A5%AD&category=leadership');
    expect(search).toHaveBeenLastCalledWith(expect.objectContaining({ childcare: false }));
    (el.querySelector('[data-testid="chip-q"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/seminars?category=leadership');
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
