import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CompanyProfilesService, type CompanyApplication } from '@tsunagu/web/company-groups/data-access';
import { CompanyApplicationsPage } from './company-applications.page';

const application = (id: string, name: string): CompanyApplication => ({
  organisationId: id,
  name,
  nameKana: 'ミライ',
  corporateNumber: '9999911111117',
  industry: 'E',
  sizeBand: 'size_30_99',
  postalCode: null,
  address: null,
  website: null,
  logoUrl: null,
  status: 'applied',
  declineReason: null,
  appliedAt: '2026-12-01T00:00:00Z',
  decidedAt: null,
  appliedBy: { id: 'u1', familyName: '人事', givenName: '恵子', email: 'hr@example.jp' },
  contacts: [],
  certifications: [],
});

describe(CompanyApplicationsPage.name, () => {
  const applications = jest.fn();
  const decide = jest.fn();

  async function render() {
    TestBed.configureTestingModule({
      imports: [CompanyApplicationsPage],
      providers: [provideRouter([]), { provide: CompanyProfilesService, useValue: { applications, decide } }],
    });
    const fixture = TestBed.createComponent(CompanyApplicationsPage);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  beforeEach(() => {
    jest.clearAllMocks();
    applications.mockResolvedValue([
      application('o1', '株式会社みらい'),
      application('o2', '株式会社あおば'),
    ]);
  });

  it('lists the applications awaiting a decision, with their details', async () => {
    const { el } = await render();
    expect(applications).toHaveBeenCalledWith('applied');
    const row = el.querySelector('[data-company="o1"]')!;
    expect(row.querySelector('h2')?.textContent).toBe('株式会社みらい');
    expect(row.textContent).toContain('9 9999 1111 1117');
    expect(row.textContent).toContain('製造業');
    expect(row.textContent).toContain('人事 恵子');
  });

  it('approves one: it leaves the list, and the page says so', async () => {
    const { fixture, el } = await render();
    decide.mockResolvedValue({ ...application('o1', '株式会社みらい'), status: 'approved' });
    el.querySelector<HTMLButtonElement>('[data-company="o1"] [data-testid="application-approve"]')!.click();
    await fixture.whenStable();
    expect(decide).toHaveBeenCalledWith({ organisationId: 'o1', approve: true });
    expect(el.querySelector('[data-company="o1"]')).toBeNull();
    expect(el.querySelector('[data-testid="applications-notice"]')?.textContent).toContain(
      '株式会社みらい を承認しました。',
    );
  });

  it('declines only with a reason', async () => {
    const { fixture, el } = await render();
    el.querySelector<HTMLButtonElement>('[data-company="o2"] [data-testid="application-decline"]')!.click();
    await fixture.whenStable();
    const form = el.querySelector<HTMLFormElement>('[data-company="o2"] form')!;
    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(decide).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="decline-reason-error"]')?.textContent).toContain(
      '承認しない理由を入力してください。',
    );
    const reason = el.querySelector<HTMLTextAreaElement>('[data-testid="decline-reason"]')!;
    reason.value = '法人番号が登記と一致しません。';
    reason.dispatchEvent(new Event('input'));
    decide.mockResolvedValue({ ...application('o2', '株式会社あおば'), status: 'declined' });
    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(decide).toHaveBeenCalledWith({
      organisationId: 'o2',
      approve: false,
      reason: '法人番号が登記と一致しません。',
    });
    expect(el.querySelector('[data-company="o2"]')).toBeNull();
  });

  it('filters by status in one radio group', async () => {
    const { fixture, el } = await render();
    applications.mockResolvedValue([]);
    el.querySelector<HTMLInputElement>('[data-testid="applications-status-declined"]')!.click();
    await fixture.whenStable();
    expect(applications).toHaveBeenLastCalledWith('declined');
    expect(el.textContent).toContain('承認しなかった申請はありません。');
    const names = new Set(
      Array.from(el.querySelectorAll('input[type=radio]')).map((r) => r.getAttribute('name')),
    );
    expect(names.size).toBe(1);
    expect(el.querySelector('fieldset legend')?.textContent).toContain('表示する申請');
  });
});
