import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import type { Locale, Persona } from '@tsunagu/shared/domain';
import { AuthService } from '@tsunagu/web/identity/data-access';
import { FlashMessages, PERSONA_HOME_SEGMENT, SessionStore } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  FooterComponent,
  HeaderComponent,
  LanguageSwitchComponent,
  TsuRouteFocusDirective,
} from '@tsunagu/web/shared/ui';
import { I18nService, TranslatePipe } from '@tsunagu/web/shared/util';

/**
 * The shell: header with role-aware navigation, the routed page in <main> (focus moves to its h1, or
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
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'tsu-app' },
  template: `
    <tsu-header>
      <tsu-language-switch tsuHeaderActions [locale]="i18n.locale()" (switchTo)="switchLocale($event)" />
      <ul tsuNav class="tsu-nav__list">
        <li>
          <a
            class="tsu-nav__link"
            routerLink="/seminars"
            routerLinkActive="tsu-nav__link--active"
            ariaCurrentWhenActive="page"
            data-testid="nav-seminars"
            >{{ 'catalogue.nav' | t }}</a
          >
        </li>
        @if (session.isSignedIn()) {
          @for (persona of personas(); track persona) {
            <li>
              <a
                class="tsu-nav__link"
                [routerLink]="homeLink(persona)"
                routerLinkActive="tsu-nav__link--active"
                ariaCurrentWhenActive="page"
                [attr.data-testid]="'nav-' + persona"
                >{{ navKey(persona) | t }}</a
              >
            </li>
          }
          @if (personas().includes('learner')) {
            <li>
              <a
                class="tsu-nav__link"
                routerLink="/my/seminars"
                routerLinkActive="tsu-nav__link--active"
                ariaCurrentWhenActive="page"
                data-testid="nav-my-seminars"
                >{{ 'nav.mySeminars' | t }}</a
              >
            </li>
          }
          <li>
            <a
              class="tsu-nav__link"
              routerLink="/account"
              routerLinkActive="tsu-nav__link--active"
              ariaCurrentWhenActive="page"
              data-testid="nav-account"
              >{{ 'nav.account' | t }}</a
            >
          </li>
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
        } @else {
          <li>
            <a
              class="tsu-nav__link"
              routerLink="/sign-in"
              routerLinkActive="tsu-nav__link--active"
              ariaCurrentWhenActive="page"
              data-testid="nav-sign-in"
              >{{ 'nav.signIn' | t }}</a
            >
          </li>
          <li>
            <a
              class="tsu-nav__link"
              routerLink="/sign-up"
              routerLinkActive="tsu-nav__link--active"
              ariaCurrentWhenActive="page"
              data-testid="nav-sign-up"
              >{{ 'nav.signUp' | t }}</a
            >
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

  protected readonly personas = computed(() => this.session.personas());
  protected readonly homeLink = (persona: Persona) => `/home/${PERSONA_HOME_SEGMENT[persona]}`;
  protected readonly navKey = (persona: Persona) => `nav.${persona}` as const;

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
