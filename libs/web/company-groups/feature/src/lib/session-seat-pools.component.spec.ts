import { TestBed } from '@angular/core/testing';
import { SeatPoolsService, type SeatPool } from '@tsunagu/web/company-groups/data-access';
import { SessionSeatPoolsComponent } from './session-seat-pools.component';

const FUTURE = new Date(Date.now() + 5 * 86400000).toISOString();

function pool(over: Partial<SeatPool> = {}): SeatPool {
  return {
    id: 'p1',
    sessionId: 's1',
    courseTitle: '管理職準備講座',
    offeringOrganisationId: 'o1',
    offeringCompanyName: 'みらい食品',
    seats: 3,
    allocation: 'first_come',
    closesAt: FUTURE,
    status: 'open',
    takenCount: 1,
    acceptedCount: 0,
    shares: [],
    ...over,
  } as SeatPool;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe(SessionSeatPoolsComponent.name, () => {
  const service = { offer: jest.fn(), close: jest.fn() };

  function render(pools: SeatPool[] = []) {
    TestBed.configureTestingModule({
      imports: [SessionSeatPoolsComponent],
      providers: [{ provide: SeatPoolsService, useValue: service }],
    });
    const fixture = TestBed.createComponent(SessionSeatPoolsComponent);
    fixture.componentRef.setInput('sessionId', 's1');
    fixture.componentRef.setInput('pools', pools);
    const changed: SeatPool[] = [];
    fixture.componentInstance.changed.subscribe((p) => changed.push(p));
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement, changed };
  }

  function type(el: HTMLElement, testId: string, value: string) {
    const input = el.querySelector(
      `[data-testid="${testId}"] input, input[data-testid="${testId}"]`,
    ) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  beforeEach(() => jest.clearAllMocks());

  it('lists the pools of the session with seats, taken and accepted, and closes one early', async () => {
    service.close.mockResolvedValue(pool({ status: 'closed' }));
    const { fixture, el, changed } = render([pool()]);
    expect(el.querySelector('[data-testid="session-pool"]')?.textContent).toContain(
      '提供 3席（推薦 1人・承諾 0人）',
    );
    (el.querySelector('[data-testid="pool-close"]') as HTMLButtonElement).click();
    await settle();
    fixture.detectChanges();
    expect(service.close).toHaveBeenCalledWith('p1');
    expect(changed[0]?.status).toBe('closed');
    expect(el.querySelector('[data-testid="pool-notice"]')?.textContent).toContain('締め切りました');
  });

  it('refuses an empty form without asking the API', async () => {
    const { fixture, el } = render();
    (el.querySelector('[data-testid="pool-offer"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(service.offer).not.toHaveBeenCalled();
    expect(el.querySelectorAll('[aria-invalid="true"]').length).toBe(2);
  });

  it('offers first-come seats, read in Tokyo time, and says so in the live region', async () => {
    service.offer.mockResolvedValue(pool({ takenCount: 0 }));
    const { fixture, el, changed } = render();
    type(el, 'pool-seats', '3');
    type(el, 'pool-closes', '2030-06-01T10:00');
    (el.querySelector('[data-testid="pool-offer"]') as HTMLButtonElement).click();
    await settle();
    fixture.detectChanges();
    expect(service.offer).toHaveBeenCalledWith({
      sessionId: 's1',
      seats: 3,
      allocation: 'first_come',
      closesAt: '2030-06-01T01:00:00.000Z',
    });
    expect(changed).toHaveLength(1);
    expect(el.querySelector('[role="status"]')?.textContent).toContain('3席を提供しました');
  });

  it("shows the API's localized refusal at its field", async () => {
    service.offer.mockRejectedValue({
      errors: [
        {
          message: '入力内容を確認してください。',
          extensions: { code: 'BAD_USER_INPUT', fields: { seats: 'この開催回の残席は2席です。' } },
        },
      ],
    });
    const { fixture, el } = render();
    type(el, 'pool-seats', '9');
    type(el, 'pool-closes', '2030-06-01T10:00');
    (el.querySelector('[data-testid="pool-offer"]') as HTMLButtonElement).click();
    await settle();
    fixture.detectChanges();
    expect(el.textContent).toContain('この開催回の残席は2席です。');
  });
});
