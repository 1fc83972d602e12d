import { afterNextRender, DestroyRef, Directive, ElementRef, inject, Injector } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, NavigationStart, Router } from '@angular/router';
import { filter } from 'rxjs';
import { focusElement } from './focus';

/** How long a page may take to render its heading (data loading) before we stop waiting. */
const WAIT_MS = 10_000;

/**
 * On `<main>`: after each route change (not the first load, where focus belongs at the start of the
 * document and its skip link) focus moves to what the new page says first, so keyboard and screen
 * reader users start on the new page instead of on <body>: an element marked `data-route-focus`
 * (a message about what she just did), else the page's h1. A page that has put focus somewhere inside
 * itself meanwhile (an error summary, a result) keeps it. When only the query or fragment changed
 * (filters, paging) the page decides, as it knows when its result is there.
 */
@Directive({ selector: '[tsuRouteFocus]' })
export class TsuRouteFocusDirective {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private previousPath: string | null = null;
  private cancelWait: (() => void) | null = null;
  /** What had focus when she left the page (a link in a page that the router reuses stays). */
  private focusedAtStart: Element | null = null;

  constructor() {
    const router = inject(Router);
    router.events
      .pipe(
        filter((event) => event instanceof NavigationStart),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => (this.focusedAtStart = document.activeElement));
    router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((event) => {
        const path = event.urlAfterRedirects.split(/[?#]/)[0] ?? '';
        const first = this.previousPath === null;
        const samePage = path === this.previousPath;
        this.previousPath = path;
        this.cancelWait?.();
        if (first || samePage) return;
        afterNextRender(() => this.focusPage(), { injector: this.injector });
      });
    inject(DestroyRef).onDestroy(() => this.cancelWait?.());
  }

  private focusPage(): void {
    if (this.tryFocus()) return;
    // The heading comes with the data: wait for it, unless she moves on first.
    const observer = new MutationObserver(() => {
      if (this.tryFocus()) stop();
    });
    const onFocus = (event: FocusEvent) => {
      if (event.target !== this.host) stop();
    };
    const timer = setTimeout(() => stop(), WAIT_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener('focusin', onFocus, true);
      this.cancelWait = null;
    };
    observer.observe(this.host, { childList: true, subtree: true });
    document.addEventListener('focusin', onFocus, true);
    this.cancelWait = stop;
  }

  /** True when focus is where it should be (put there now, or already by the page). */
  private tryFocus(): boolean {
    const active = document.activeElement;
    if (active && active !== this.host && active !== this.focusedAtStart && this.host.contains(active))
      return true;
    const target =
      this.host.querySelector<HTMLElement>('[data-route-focus]') ??
      this.host.querySelector<HTMLElement>('h1');
    if (!target) return false;
    // The router has scrolled to the top already; the heading is there.
    focusElement(target, false);
    return true;
  }
}
