import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '@tsunagu/web/shared/util';
import { LoadErrorComponent } from './load-error.component';

async function render(error: { code: string; message?: string }, pageHeading = false) {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(LoadErrorComponent);
  fixture.componentRef.setInput('error', error);
  fixture.componentRef.setInput('pageHeading', pageHeading);
  const retries: unknown[] = [];
  fixture.componentInstance.retry.subscribe(() => retries.push(1));
  await fixture.whenStable();
  return { fixture, el: fixture.nativeElement as HTMLElement, retries };
}

describe(LoadErrorComponent.name, () => {
  it('says a network failure in our words and offers 再読み込み, which retries', async () => {
    const { el, retries } = await render({ code: 'NETWORK', message: 'Failed to fetch' });
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('サーバーに接続できませんでした');
    expect(el.textContent).not.toContain('Failed to fetch');
    const retry = el.querySelector<HTMLButtonElement>('[data-testid="load-error-retry"]');
    expect(retry?.textContent?.trim()).toBe('再読み込み');
    retry?.click();
    expect(retries).toHaveLength(1);
  });

  it('tells a server failure from a network one, and follows the language', async () => {
    const { fixture, el } = await render({ code: 'SERVER' });
    expect(el.textContent).toContain('サーバーで問題が起きました');
    TestBed.inject(I18nService).setLocale('en');
    await fixture.whenStable();
    expect(el.textContent).toContain('Something went wrong on our server');
    expect(el.textContent).toContain('Reload');
    TestBed.inject(I18nService).setLocale('ja');
  });

  it('gives a page that could not be found its h1 and a way back instead of a useless retry', async () => {
    const { el } = await render({ code: 'NOT_FOUND', message: 'この開催回は見つかりません。' }, true);
    expect(el.querySelector('h1')?.textContent?.trim()).toBe('見つかりませんでした');
    expect(el.textContent).toContain('この開催回は見つかりません。');
    expect(el.querySelector('[data-testid="load-error-retry"]')).toBeNull();
    expect(el.querySelector('a')?.getAttribute('href')).toBe('/');
  });
});
