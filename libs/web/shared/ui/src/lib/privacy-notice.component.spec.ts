import { TestBed } from '@angular/core/testing';
import { I18nService } from '@tsunagu/web/shared/util';
import { PrivacyNoticeComponent } from './privacy-notice.component';

describe(PrivacyNoticeComponent.name, () => {
  async function render(inputs: Record<string, unknown>) {
    const fixture = TestBed.createComponent(PrivacyNoticeComponent);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => TestBed.inject(I18nService).setLocale('ja'));

  it('is a named, focusable scroll box (keyboard users can scroll it)', async () => {
    const { el } = await render({ providerName: '小美玉市' });
    const box = el.querySelector('[data-testid="privacy-notice"]') as HTMLElement;
    const heading = el.querySelector('h2') as HTMLElement;
    expect(heading.textContent?.trim()).toBe('個人情報の取扱いについて');
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.getAttribute('role')).toBe('region');
    expect(box.getAttribute('aria-labelledby')).toBe(heading.id);
  });

  it("names the organiser in the platform's standard text when it has none of its own", async () => {
    const { el } = await render({ providerName: '小美玉市商工会' });
    expect(el.querySelector('[data-testid="privacy-provider"]')?.textContent).toContain(
      '小美玉市商工会がセミナーの受付',
    );
    expect(el.querySelector('[data-testid="privacy-operator"]')).toBeNull();
  });

  it("shows the organiser's own text as written, saying in English that it is the organiser's Japanese", async () => {
    const { fixture, el } = await render({
      providerName: '小美玉市',
      providerNotice: '市の定める取扱いです。',
      operator: true,
    });
    expect(el.querySelector('[data-testid="privacy-provider"]')?.textContent?.trim()).toBe(
      '市の定める取扱いです。',
    );
    expect(el.querySelector('[data-testid="privacy-operator"]')?.textContent).toContain('つなぐの運営事務局');
    TestBed.inject(I18nService).setLocale('en');
    await fixture.whenStable();
    expect(el.textContent).toContain('Written by the organiser in Japanese.');
  });
});
