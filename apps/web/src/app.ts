import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import type { Locale } from '@tsunagu/shared/domain';
import { AuthService } from '@tsunagu/web/identity/data-access';
import { NotificationBellComponent } from '@tsunagu/web/notifications/feature';
import { FlashMessages, isInAudience, NAV_ITEMS, SessionStore } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  FooterComponent,
  HeaderComponent,
  LanguageSwitchComponent,
  TsuRouteFocusDirective,
} from '@tsunagu/web/shared/ui';
import { I18nService, TranslatePipe } from '@tsunagu/web/shared/util';

/**
 * The shell: header with the domains' menu (each item shown to whom it serves), the routed page in <main> (focus moves to its h1, or
 * to the message about what she just did, after each route change), the footer.
 */
@Component({
  selector: 'tsu-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslatePipe,
    AlertComponent,
    TsuRouteFocusDirective,
    HeaderComponent,
    FooterComponent,
    LanguageSwitchComponent,
    NotificationBellComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'tsu-app' },
  template: `
    <tsu-header>
      <tsu-notification-bell tsuHeaderActions />
      <tsu-language-switch tsuHeaderActions [locale]="i18n.locale()" (switchTo)="switchLocale($event)" />
      <ul tsuNav class="tsu-nav__list">
        @for (item of navItems(); track item.path) {
          <li>
            <a
              class="tsu-nav__link"
              [routerLink]="item.path"
              routerLinkActive="tsu-nav__link--active"
              [routerLinkActiveOptions]="{ exact: item.exact ?? false }"
              ariaCurrentWhenActive="page"
              [attr.data-testid]="item.testId"
              >{{ item.label | t }}</a
            >
          </li>
        }
        @if (session.isSignedIn()) {
          <li>
            <button
              type="button"
              class="tsu-nav__link tsu-nav__link--button"
              (click)="signOut()"
              data-testid="sign-out"
            >
              {{ 'nav.signOut' | t }}
            </button>
          </li>
        }
      </ul>
    </tsu-header>
    <main id="main-content" class="tsu-main" tabindex="-1" tsuRouteFocus>
      <div class="tsu-container">
        @if (flash.current(); as message) {
          <tsu-alert kind="success" class="tsu-flash" data-route-focus data-testid="flash">{{
            message.key | t: message.params
          }}</tsu-alert>
        }
        <router-outlet />
      </div>
    </main>
    <tsu-footer />
  `,
})
export class App {
  protected readonly i18n = inject(I18nService);
  protected readonly session = inject(SessionStore);
  protected readonly flash = inject(FlashMessages);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  private readonly allNavItems = inject(NAV_ITEMS);

  /** The domains' menu items (`provideWebDomains`) she can use, in their order. */
  protected readonly navItems = computed(() =>
    this.allNavItems.filter((item) => isInAudience(this.session, item.audience)),
  );

  async switchLocale(locale: Locale): Promise<void> {
    try {
      await this.auth.setLocale(locale);
    } catch {
      // The page is already in the new language; saving it on the account is retried next time.
    }
  }

  async signOut(): Promise<void> {
    await this.auth.signOut();
    await this.router.navigateByUrl('/');
  }
}
