import { afterNextRender, ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, RouterOutlet } from '@angular/router';
import { TsuRouteFocusDirective } from './route-focus.directive';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>一覧</h1>
    <a href="/b">b</a>`,
})
class PageA {}

/** A page whose heading comes with its data. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (ready()) {
    <h1>詳細</h1>
  }`,
})
class PageB {
  static instance: PageB;
  readonly ready = signal(false);
  constructor() {
    PageB.instance = this;
  }
}

/** A page that puts focus somewhere itself once rendered (as FormSupport.focusAfterRender does). */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>フォーム</h1>
    <input id="own" />`,
})
class PageC {
  constructor() {
    afterNextRender(() => document.getElementById('own')?.focus());
  }
}

@Component({
  imports: [RouterOutlet, TsuRouteFocusDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<button id="nav">nav</button>
    <main tsuRouteFocus tabindex="-1"><router-outlet /></main>`,
})
class ShellComponent {}

async function setUp() {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'a', component: PageA },
        { path: 'b', component: PageB },
        { path: 'c', component: PageC },
      ]),
    ],
  });
  const fixture = TestBed.createComponent(ShellComponent);
  document.body.appendChild(fixture.nativeElement);
  const router = TestBed.inject(Router);
  const go = async (url: string) => {
    await router.navigateByUrl(url);
    await fixture.whenStable();
  };
  return { fixture, go, el: fixture.nativeElement as HTMLElement };
}

describe(TsuRouteFocusDirective.name, () => {
  afterEach(() => document.body.replaceChildren());

  it('leaves focus alone on the first load, then moves it to the new page’s h1', async () => {
    const { go, el } = await setUp();
    await go('/a');
    expect(document.activeElement).toBe(document.body);
    el.querySelector<HTMLButtonElement>('#nav')?.focus();
    await go('/c?x=1');
    await go('/a');
    const h1 = el.querySelector('h1');
    expect(h1?.textContent).toBe('一覧');
    expect(document.activeElement).toBe(h1);
    expect(h1?.getAttribute('tabindex')).toBe('-1');
  });

  it('waits for a heading that comes with the data', async () => {
    const { fixture, go, el } = await setUp();
    await go('/a');
    await go('/b');
    expect(el.querySelector('h1')).toBeNull();
    PageB.instance.ready.set(true);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement?.textContent).toBe('詳細');
  });

  it('keeps focus a page put somewhere itself, and does nothing when only the query changes', async () => {
    const { go, el } = await setUp();
    await go('/a');
    await go('/c');
    expect(document.activeElement?.id).toBe('own');
    await go('/c?page=2');
    expect(document.activeElement?.id).toBe('own');
    expect(el.querySelector('h1')?.getAttribute('tabindex')).toBeNull();
  });
});
