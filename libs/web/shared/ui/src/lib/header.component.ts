import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { HOME_PATHS, TranslatePipe } from '@tsunagu/web/shared/util';
import { filter } from 'rxjs';
import { TsuInPageLinkDirective } from './in-page-link.directive';

/**
 * The site header: skip link, brand, main navigation (projected `[tsuNav]` content) and
 * header actions (projected `[tsuHeaderActions]`, e.g. the language switch). Below 768px the
 * navigation collapses behind a menu button.
 */
@Component({
  selector: 'tsu-header',
  imports: [RouterLink, TranslatePipe, TsuInPageLinkDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="tsu-skip-link" tsuInPageLink="main-content" data-testid="skip-link">{{
      'app.skipToContent' | t
    }}</a>
    <header class="tsu-header">
      <div class="tsu-header__bar tsu-container">
        <!-- The name is the visible words plus a hidden "top page" (no aria-label: voice control users
             say what they see, WCAG 2.5.3). -->
        <a class="tsu-header__brand" [routerLink]="landing" data-testid="brand">
          <span class="tsu-header__brand-ja" lang="ja">{{ 'app.brand' | t }}</span>
          <span class="tsu-header__brand-latin" lang="en">&ngsp;{{ 'app.brandLatin' | t }}</span>
          <span class="tsu-visually-hidden">&ngsp;{{ 'app.homeLink' | t }}</span>
        </a>
        <div class="tsu-header__actions">
          <ng-content select="[tsuHeaderActions]" />
          <button
            type="button"
            class="tsu-button tsu-button--ghost tsu-header__menu-button"
            aria-controls="tsu-main-nav"
            [attr.aria-expanded]="menuOpen()"
            (click)="toggleMenu()"
            data-testid="menu-button"
          >
            <span class="tsu-header__menu-icon" aria-hidden="true"></span>
            {{ 'app.menu' | t }}
          </button>
        </div>
      </div>
      <nav
        id="tsu-main-nav"
        class="tsu-nav"
        [class.tsu-nav--open]="menuOpen()"
        [attr.aria-label]="'app.mainNav' | t"
        data-testid="main-nav"
      >
        <div class="tsu-container tsu-nav__inner">
          <ng-content select="[tsuNav]" />
        </div>
      </nav>
    </header>
  `,
})
export class HeaderComponent {
  protected readonly landing = HOME_PATHS.landing.link();
  readonly menuOpen = signal(false);

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.menuOpen.set(false));
  }

  toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }
}
