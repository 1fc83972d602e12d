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
    participants: [],
    ...over,
  } as SeatPool;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe(SessionSeatPoolsComponent.name, () => {
  const service = { offer: jest.fn(), close: jest.fn(), peers: jest.fn() };

  function render(pools: SeatPool[] = []) {
    TestBed.configureTestingModule({
      imports: [SessionSeatPoolsComponent],
      providers: [{ provide: SeatPoolsService, useValue: service }],
    });
    const fixture = TestBed.createComponent(SessionSeatPoolsComponent);
    fixture.componentRef.setInput('sessionId', 's1');
    fixture.componentRef.setInput('organisationId', 'o1');
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

  const PEERS = [
    { organisationId: 'c1', name: 'ひばりシステムズ' },
    { organisationId: 'c2', name: 'ミライ食品' },
  ];

  async function perCompany(el: HTMLElement, fixture: { detectChanges(): void }) {
    (el.querySelector('[data-testid="pool-allocation-per_company"]') as HTMLInputElement).click();
    await settle();
    fixture.detectChanges();
  }

  it('splits per company: a number for each peer, the sum hinted, a wrong sum refused before the API', async () => {
    service.peers.mockResolvedValue(PEERS);
    service.offer.mockResolvedValue(pool({ allocation: 'per_company' }));
    const { fixture, el, changed } = render();
    const group = el.querySelector('[data-testid="pool-allocation"]');
    expect(group?.tagName).toBe('FIELDSET');
    expect(group?.textContent).toContain('先着順');
    expect(group?.textContent).toContain('企業ごとに割り当て');
    expect(el.querySelector('[data-testid="pool-allocations"]')).toBeNull();
    await perCompany(el, fixture);
    expect(service.peers).toHaveBeenCalledWith('o1');
    const allocations = el.querySelector('[data-testid="pool-allocations"]');
    expect(allocations?.textContent).toContain('ひばりシステムズ');
    expect(allocations?.textContent).toContain('ミライ食品');
    type(el, 'pool-seats', '3');
    type(el, 'pool-closes', '2030-06-01T10:00');
    type(el, 'pool-share-0', '1');
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="pool-sum"]')?.textContent).toContain('合計 1席 ／ 提供 3席');
    (el.querySelector('[data-testid="pool-offer"]') as HTMLButtonElement).click();
    await settle();
    fixture.detectChanges();
    expect(service.offer).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="pool-sum-error"]')?.textContent).toContain(
      '企業ごとの席数の合計（1席）を、提供する席数（3席）と同じにしてください。',
    );

    type(el, 'pool-share-1', '2');
    (el.querySelector('[data-testid="pool-offer"]') as HTMLButtonElement).click();
    await settle();
    fixture.detectChanges();
    expect(service.offer).toHaveBeenCalledWith({
      sessionId: 's1',
      seats: 3,
      allocation: 'per_company',
      closesAt: '2030-06-01T01:00:00.000Z',
      allocations: [
        { organisationId: 'c1', seats: 1 },
        { organisationId: 'c2', seats: 2 },
      ],
    });
    expect(changed).toHaveLength(1);
    expect(el.querySelector('[role="status"]')?.textContent).toContain('企業ごとに割り当てて提供しました');
  });

  it('leaves out a company given no seats, and puts the API’s words at the row it meant', async () => {
    service.peers.mockResolvedValue(PEERS);
    service.offer.mockRejectedValue({
      errors: [
        {
          message: '入力内容を確認してください。',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: {
              'allocations.0.organisationId':
                '座席を割り当てられるのは、同じ企業グループの他の承認済み企業だけです。',
            },
          },
        },
      ],
    });
    const { fixture, el } = render();
    await perCompany(el, fixture);
    type(el, 'pool-seats', '2');
    type(el, 'pool-closes', '2030-06-01T10:00');
    type(el, 'pool-share-0', '0');
    type(el, 'pool-share-1', '2');
    (el.querySelector('[data-testid="pool-offer"]') as HTMLButtonElement).click();
    await settle();
    fixture.detectChanges();
    expect(service.offer.mock.calls[0][0].allocations).toEqual([{ organisationId: 'c2', seats: 2 }]);
    const second = el.querySelector('[data-testid="pool-share-1"]')?.closest('tsu-form-field');
    expect(second?.textContent).toContain('同じ企業グループの他の承認済み企業だけです');
    const first = el.querySelector('[data-testid="pool-share-0"]')?.closest('tsu-form-field');
    expect(first?.textContent).not.toContain('承認済み企業');
  });

  it('shows the API’s sum refusal at the companies’ seats', async () => {
    service.peers.mockResolvedValue(PEERS);
    service.offer.mockRejectedValue({
      errors: [
        {
          message: '入力内容を確認してください。',
          extensions: { code: 'BAD_USER_INPUT', fields: { allocations: 'APIの合計メッセージ' } },
        },
      ],
    });
    const { fixture, el } = render();
    await perCompany(el, fixture);
    type(el, 'pool-seats', '1');
    type(el, 'pool-closes', '2030-06-01T10:00');
    type(el, 'pool-share-0', '1');
    (el.querySelector('[data-testid="pool-offer"]') as HTMLButtonElement).click();
    await settle();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="pool-sum-error"]')?.textContent).toContain('APIの合計メッセージ');
  });

  it('shows each company’s seats and taken in a per-company pool', () => {
    const { el } = render([
      pool({
        allocation: 'per_company',
        shares: [
          {
            organisationId: 'c1',
            companyName: 'ひばりシステムズ',
            seats: 2,
            takenCount: 1,
            acceptedCount: 1,
          },
          { organisationId: 'c2', companyName: 'ミライ食品', seats: 1, takenCount: 0, acceptedCount: 0 },
        ],
      }),
      pool({
        id: 'p2',
        shares: [],
        participants: [
          {
            familyName: '佐藤',
            givenName: '美咲',
            companyName: 'ミライ食品',
            acceptedAt: '2026-12-01T00:00:00Z',
          },
        ],
      }),
    ]);
    expect(el.querySelector('[data-testid="pool-participant"]')?.textContent?.trim()).toBe(
      '佐藤 美咲さん（ミライ食品）承諾・申込確定',
    );
    const shares = Array.from(el.querySelectorAll('[data-testid="pool-share"]')).map((s) =>
      s.textContent?.trim(),
    );
    expect(shares).toEqual([
      'ひばりシステムズ：2席（推薦 1人・承諾 1人）',
      'ミライ食品：1席（推薦 0人・承諾 0人）',
    ]);
  });
});
