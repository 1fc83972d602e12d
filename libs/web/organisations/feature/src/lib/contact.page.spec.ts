import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { OrganisationContactService } from '@tsunagu/web/organisations/data-access';
import { SessionStore } from '@tsunagu/web/shared/data-access';
import { I18nService } from '@tsunagu/web/shared/util';
import { ContactPage } from './contact.page';

const stored = {
  id: 'org-1',
  name: '小美玉市',
  contactDepartment: '企画調整課',
  contactPhone: '0299-00-1234',
  contactEmail: null,
  contactUrl: null,
  contactHours: null,
  privacyNotice: null,
};

describe(ContactPage.name, () => {
  const get = jest.fn();
  const update = jest.fn();

  async function render(roles: string[]) {
    // Like Apollo's links, the request reads the UI language as it is sent.
    get.mockImplementation(async () => {
      TestBed.inject(I18nService).locale();
      return stored;
    });
    update.mockImplementation(async (input: Record<string, string>) => ({
      ...stored,
      contactPhone: input['phone'],
      privacyNotice: input['privacyNotice'] || null,
    }));
    TestBed.configureTestingModule({
      imports: [ContactPage],
      providers: [
        { provide: OrganisationContactService, useValue: { get, update } },
        {
          provide: SessionStore,
          useValue: {
            user: signal({
              memberships: roles.map((role, i) => ({
                id: `x${i}`,
                role,
                organisation: { id: 'org-1', name: '小美玉市', kind: 'city' },
              })),
            }),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(ContactPage);
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const field = (el: HTMLElement, id: string) =>
    el.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
  const type = (el: HTMLElement, id: string, value: string) => {
    field(el, id).value = value;
    field(el, id).dispatchEvent(new Event('input'));
  };

  beforeEach(() => jest.clearAllMocks());

  it('loads the contact, previews it with the standard notice, and saves what she changed', async () => {
    const { fixture, el } = await render(['staff']);
    expect(get).toHaveBeenCalledWith('org-1');
    expect(field(el, 'org-phone').value).toBe('0299-00-1234');
    expect(el.querySelector('[data-testid="privacy-provider"]')?.textContent).toContain(
      '小美玉市がセミナーの受付',
    );

    type(el, 'org-privacy', '市の定める取扱いです。');
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="privacy-provider"]')?.textContent?.trim()).toBe(
      '市の定める取扱いです。',
    );
    (el.querySelector('[data-testid="contact-submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(update).toHaveBeenCalledWith(
      expect.objectContaining({
        organisationId: 'org-1',
        phone: '0299-00-1234',
        privacyNotice: '市の定める取扱いです。',
      }),
    );
    expect(el.querySelector('[data-testid="contact-saved"]')?.textContent).toContain('保存しました');
  });

  it('refuses a phone number and URL it cannot use, naming the field, before sending', async () => {
    const { fixture, el } = await render(['company_admin']);
    type(el, 'org-phone', 'call me');
    type(el, 'org-url', 'javascript:alert(1)');
    (el.querySelector('[data-testid="contact-submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(update).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="org-phone-error"]')?.textContent).toContain(
      '電話番号は数字とハイフン',
    );
    expect(el.querySelector('[data-testid="org-url-error"]')?.textContent).toContain('https://');
  });

  it('keeps what she typed when she switches the language', async () => {
    const { fixture, el } = await render(['staff']);
    type(el, 'org-hours', '平日 9:00〜17:00');
    TestBed.inject(I18nService).setLocale('en');
    await fixture.whenStable();
    fixture.detectChanges();
    expect(get).toHaveBeenCalledTimes(1);
    expect(field(el, 'org-hours').value).toBe('平日 9:00〜17:00');
    TestBed.inject(I18nService).setLocale('ja');
  });

  it('says so when she runs no organisation', async () => {
    const { el } = await render(['learner']);
    expect(get).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="contact-form"]')).toBeNull();
    expect(el.textContent).toContain('設定できる団体に所属していません');
  });
});
