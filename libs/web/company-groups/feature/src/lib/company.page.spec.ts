import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CatalogueService } from '@tsunagu/web/catalogue/data-access';
import { CompanyProfilesService, type PublicCompanyProfile } from '@tsunagu/web/company-groups/data-access';
import { CompanyPage } from './company.page';

const company: PublicCompanyProfile = {
  organisationId: 'o1',
  name: '株式会社みらい食品',
  nameKana: 'カブシキガイシャミライショクヒン',
  corporateNumber: '1999901000001',
  industry: 'E',
  sizeBand: 'size_100_299',
  postalCode: '311-3400',
  address: '茨城県小美玉市小川1-1-1',
  website: 'https://mirai.example.jp',
  logoUrl: '/api/company-files/f1',
  organisation: { id: 'o1', certifications: ['kurumin'] },
  certifications: [
    { id: 'c1', kind: 'kurumin', otherName: null, certifiedOn: '2022-10-01' },
    { id: 'c2', kind: 'other', otherName: 'ユースエール', certifiedOn: '2023-06-01' },
  ],
} as PublicCompanyProfile;

async function render(profile: () => Promise<PublicCompanyProfile>, seminars: unknown[] = []) {
  const byOrganisation = jest.fn().mockResolvedValue({ items: seminars, totalCount: seminars.length });
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: CompanyProfilesService, useValue: { publicProfile: jest.fn(profile) } },
      { provide: CatalogueService, useValue: { byOrganisation } },
    ],
  });
  const fixture = TestBed.createComponent(CompanyPage);
  fixture.componentRef.setInput('id', 'o1');
  await fixture.whenStable();
  await fixture.whenStable();
  fixture.detectChanges();
  return { el: fixture.nativeElement as HTMLElement, byOrganisation };
}

describe(CompanyPage.name, () => {
  it('shows its name, logo, marks and dated certifications, and asks the catalogue for its seminars', async () => {
    const { el, byOrganisation } = await render(() => Promise.resolve(company));
    expect(byOrganisation).toHaveBeenCalledWith('o1');
    expect(el.querySelector('h1')?.textContent).toContain('株式会社みらい食品');
    expect(el.querySelector('[data-testid="company-page-logo"]')?.getAttribute('alt')).toBe(
      '株式会社みらい食品のロゴ',
    );
    const certs = Array.from(el.querySelectorAll('[data-testid="company-page-certification"]')).map((c) =>
      c.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(certs).toEqual([
      'くるみん — 認定日: 2022年10月1日(土)',
      'ユースエール — 認定日: 2023年6月1日(木)',
    ]);
    expect(el.querySelector('[data-testid="company-page-seminars"]')?.textContent).toContain(
      'これから開催される講座はありません。',
    );
    expect(el.querySelector('[data-testid="company-detail-contacts"]')).toBeNull();
  });

  it('says it was not found when the API refuses it (unapproved or unknown)', async () => {
    const notFound = Object.assign(new Error('見つかりません'), { code: 'NOT_FOUND' });
    const { el } = await render(() => Promise.reject(notFound));
    expect(el.querySelector('[data-testid="company-page-error"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="company-page"]')).toBeNull();
  });
});
