import { TestBed } from '@angular/core/testing';
import { SeatPoolsService } from '@tsunagu/web/company-groups/data-access';
import { SeatsOfferedComponent } from './seats-offered.component';

const FUTURE = new Date(Date.now() + 5 * 86400000).toISOString();

function offer(nominations: { id: string; userId: string; status: string }[], seatsLeftForUs = 2) {
  return {
    seatsLeftForUs,
    pool: {
      id: 'p1',
      courseTitle: '管理職準備講座',
      offeringCompanyName: 'ひばりシステムズ',
      closesAt: FUTURE,
      status: 'open',
    },
    nominations: nominations.map((n) => ({ ...n, familyName: '佐藤', givenName: n.userId })),
  };
}

/** The effect's load, its two reads and the answer: a macrotask later. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe(SeatsOfferedComponent.name, () => {
  const service = {
    offeredTo: jest.fn(),
    candidates: jest.fn(),
    nominate: jest.fn(),
    withdraw: jest.fn(),
  };

  async function render() {
    TestBed.configureTestingModule({
      imports: [SeatsOfferedComponent],
      providers: [{ provide: SeatPoolsService, useValue: service }],
    });
    const fixture = TestBed.createComponent(SeatsOfferedComponent);
    fixture.componentRef.setInput('organisationId', 'o1');
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  beforeEach(() => {
    jest.clearAllMocks();
    service.candidates.mockResolvedValue([
      { userId: 'u1', familyName: '佐藤', givenName: 'u1', allowsNomination: true },
      { userId: 'u2', familyName: '鈴木', givenName: 'u2', allowsNomination: true },
      { userId: 'u3', familyName: '高橋', givenName: 'u3', allowsNomination: false },
    ]);
  });

  it('shows nothing while no pool is offered to the company', async () => {
    service.offeredTo.mockResolvedValue([]);
    const { el } = await render();
    expect(service.offeredTo).toHaveBeenCalledWith('o1');
    expect(el.querySelector('[data-testid="seats-offered"]')).toBeNull();
  });

  it('lists the seats left and its nominations, and nominates an employee not yet nominated', async () => {
    service.offeredTo.mockResolvedValue([offer([{ id: 'n1', userId: 'u1', status: 'nominated' }], 1)]);
    service.nominate.mockResolvedValue({ id: 'n2' });
    const { el } = await render();
    expect(el.querySelector('[data-testid="seats-left"]')?.textContent).toContain('1席');
    expect(el.querySelector('[data-testid="seat-nomination-n1"]')?.textContent).toContain('回答待ち');
    const options = Array.from(el.querySelectorAll('[data-testid="seat-nominee"] option')).map((o) =>
      o.getAttribute('value'),
    );
    expect(options).toEqual(['u2']);
    (el.querySelector('[data-testid="seat-nominate"]') as HTMLButtonElement).click();
    await settle();
    expect(service.nominate).toHaveBeenCalledWith('p1', 'o1', 'u2');
    expect(service.offeredTo).toHaveBeenCalledTimes(2);
  });

  it('offers no choice but says why when no employee lets the company nominate her', async () => {
    service.offeredTo.mockResolvedValue([
      offer([
        { id: 'n1', userId: 'u1', status: 'nominated' },
        { id: 'n2', userId: 'u2', status: 'accepted' },
      ]),
    ]);
    const { el } = await render();
    expect(el.querySelector('[data-testid="seat-nominee"]')).toBeNull();
    expect(el.querySelector('[data-testid="seat-nominate"]')).toBeNull();
    expect(el.querySelector('[data-testid="seat-no-candidates"]')?.textContent).toContain(
      '推薦することを認める',
    );
  });

  it("shows the API's refusal when withdrawing fails", async () => {
    service.offeredTo.mockResolvedValue([offer([{ id: 'n1', userId: 'u1', status: 'nominated' }])]);
    service.withdraw.mockRejectedValue(new Error('offline'));
    const { fixture, el } = await render();
    (el.querySelector('[data-testid="seat-withdraw"]') as HTMLButtonElement).click();
    await settle();
    fixture.detectChanges();
    expect(service.withdraw).toHaveBeenCalledWith('n1');
    expect(el.querySelector('[data-testid="seats-error"]')).not.toBeNull();
  });
});
