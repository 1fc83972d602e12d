import { Directive, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map } from 'rxjs';
import { focusElement } from './focus';

/**
 * A link to an element of this page (`<a tsuInPageLink="main-content">`). A bare `href="#id"`
 * resolves against `<base href="/">` and leaves the page for the top page; this one points at the
 * current URL plus the fragment (so "open in new tab" and the status bar are right) and, when
 * followed, moves focus to the target, which a fragment alone does not reliably do.
 */
@Directive({
  selector: 'a[tsuInPageLink]',
  host: { '[attr.href]': 'href()', '(click)': 'follow($event)' },
})
export class TsuInPageLinkDirective {
  /** The id of the element to go to. */
  readonly tsuInPageLink = input.required<string>();
  private readonly router = inject(Router, { optional: true });
  private readonly url = this.router
    ? toSignal(
        this.router.events.pipe(
          filter((event) => event instanceof NavigationEnd),
          map(() => this.router?.url ?? ''),
        ),
        { initialValue: this.router.url },
      )
    : () => globalThis.location?.pathname ?? '';

  protected href(): string {
    return `${this.url().split('#')[0]}#${this.tsuInPageLink()}`;
  }

  protected follow(event: MouseEvent): void {
    // Let the browser handle a new tab or window.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const target = document.getElementById(this.tsuInPageLink());
    if (!target) return;
    event.preventDefault();
    focusElement(target);
  }
}
