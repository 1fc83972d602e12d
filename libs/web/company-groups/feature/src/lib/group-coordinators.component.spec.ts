import { TestBed } from '@angular/core/testing';
import { CompanyGroupsService } from '@tsunagu/web/company-groups/data-access';
import { GroupCoordinatorsComponent } from './group-coordinators.component';

function group(coordinators: { userId: string; familyName: string; removedAt?: string }[]) {
  return {
    id: 'g1',
    ownerOrganisationId: 'city',
    coordinators: coordinators.map((c) => ({
      id: `c-${c.userId}`,
      givenName: '直子',
      addedAt: '2026-04-01T00:00:00.000Z',
      removedAt: null,
      ...c,
    })),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe(GroupCoordinatorsComponent.name, () => {
  const service = { ownerStaff: jest.fn(), addCoordinator: jest.fn(), removeCoordinator: jest.fn() };

  async function render(initial: ReturnType<typeof group>) {
    TestBed.configureTestingModule({
      imports: [GroupCoordinatorsComponent],
      providers: [{ provide: CompanyGroupsService, useValue: service }],
    });
    const fixture = TestBed.createComponent(GroupCoordinatorsComponent);
    fixture.componentRef.setInput('group', initial);
    const updated = jest.fn();
    fixture.componentInstance.updated.subscribe(updated);
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement, updated };
  }

  beforeEach(() => {
    jest.clearAllMocks();
    service.ownerStaff.mockResolvedValue([
      { userId: 'u1', familyName: '田中', givenName: '直子' },
      { userId: 'u2', familyName: '佐藤', givenName: '花子' },
    ]);
  });

  it("offers the owner's staff who do not coordinate it yet, and adds the one chosen", async () => {
    const { fixture, el, updated } = await render(
      group([
        { userId: 'u1', familyName: '田中' },
        { userId: 'u9', familyName: '元担当', removedAt: '2026-05-01T00:00:00.000Z' },
      ]),
    );
    expect(service.ownerStaff).toHaveBeenCalledWith('city');
    expect(
      Array.from(el.querySelectorAll('[data-testid="coordinator"]')).map((li) => li.textContent),
    ).toEqual([expect.stringContaining('田中')]);
    const options = Array.from(el.querySelectorAll('[data-testid="coordinator-choice"] option'));
    expect(options.map((o) => o.textContent?.trim())).toEqual(['佐藤 花子']);
    const answer = group([
      { userId: 'u1', familyName: '田中' },
      { userId: 'u2', familyName: '佐藤' },
    ]);
    service.addCoordinator.mockResolvedValue(answer);
    el.querySelector<HTMLButtonElement>('[data-testid="coordinator-add"]')!.click();
    await settle();
    fixture.detectChanges();
    expect(service.addCoordinator).toHaveBeenCalledWith('g1', 'u2');
    expect(updated).toHaveBeenCalledWith(answer);
    expect(el.querySelector('[data-testid="coordinator-notice"]')?.textContent).toContain(
      '佐藤 花子 をコーディネーターにしました。',
    );
  });

  it('removes a coordinator, named on her button', async () => {
    const { fixture, el } = await render(group([{ userId: 'u1', familyName: '田中' }]));
    const remove = el.querySelector<HTMLButtonElement>('[data-testid="coordinator-remove"]')!;
    expect(remove.getAttribute('aria-label')).toBe('コーディネーターから外す（田中 直子）');
    service.removeCoordinator.mockResolvedValue(group([]));
    remove.click();
    await settle();
    fixture.detectChanges();
    expect(service.removeCoordinator).toHaveBeenCalledWith('g1', 'u1');
    expect(el.querySelector('[data-testid="coordinator-notice"]')?.textContent).toContain(
      '田中 直子 をコーディネーターから外しました。',
    );
  });
});
