import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { NotificationsService } from '@tsunagu/web/notifications/data-access';
import { SessionStore } from '@tsunagu/web/shared/data-access';
import { I18nService, NOTIFICATIONS_PATHS, TranslatePipe } from '@tsunagu/web/shared/util';
import { filter } from 'rxjs';

/** How often the bell asks for her unread count while the page is visible. */
export const BELL_POLL_MS = 30_000;

/**
 * The bell in the header, for everyone signed in: a link to the centre named with her unread count
 * (「お知らせ（未読3件）」), the count shown on it. It asks again after each navigation, every 30 s while
 * the tab is visible, and whenever the centre marks something read (the service's signal).
 */
@Component({
  selector: 'tsu-notification-bell',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  styles: `
    /* On a phone the bell is its icon (44 px square) with the count on its corner; from 48rem it is
       the word and the count, framed like the header's buttons. */
    .bell {
      position: relative;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.375rem;
      min-width: var(--tsu-touch);
      min-height: var(--tsu-touch);
      padding: 0;
      border: 2px solid transparent;
      border-radius: var(--tsu-radius);
      color: var(--tsu-primary);
      text-decoration: none;
      font-weight: 500;
      white-space: nowrap;
    }
    .bell:hover,
    .bell[aria-current='page'] {
      background: var(--tsu-info-bg);
      border-color: var(--tsu-border);
    }
    .bell svg {
      width: 1.375rem;
      height: 1.375rem;
      flex: none;
    }
    .count {
      position: absolute;
      top: 0;
      right: -0.125rem;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 1.375rem;
      height: 1.375rem;
      padding: 0 0.3125rem;
      border-radius: 999px;
      background: var(--tsu-error);
      color: #fff;
      font-size: 0.875rem;
      font-weight: 700;
      line-height: 1;
    }
    .word {
      display: none;
    }
    @media (min-width: 48rem) {
      .bell {
        padding: 0.25rem 0.5rem;
        border-color: var(--tsu-border-soft);
      }
      .count {
        position: static;
      }
      .word {
        display: inline;
      }
    }
  `,
  template: `
    @if (session.isSignedIn()) {
      <a
        class="bell"
        [routerLink]="centre"
        routerLinkActive
        ariaCurrentWhenActive="page"
        [attr.data-unread]="count()"
        data-testid="notification-bell"
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Zm-2 1H7v-6a5 5 0 0 1 10 0v6Z"
          />
        </svg>
        <!-- Her name for the link is what she sees: the word (hidden on phones) and the count. -->
        <span class="word" aria-hidden="true">{{ 'notifications.bell.label' | t }}</span>
        @if (count() > 0) {
          <span class="count" aria-hidden="true" data-testid="notification-bell-count">{{
            countText()
          }}</span>
        }
        <span class="tsu-visually-hidden">{{ name() }}</span>
      </a>
    }
  `,
})
export class NotificationBellComponent {
  protected readonly session = inject(SessionStore);
  private readonly service = inject(NotificationsService);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  protected readonly centre = NOTIFICATIONS_PATHS.centre.link();

  protected readonly count = computed(() => this.service.unread() ?? 0);
  protected readonly countText = computed(() => (this.count() > 99 ? '99+' : String(this.count())));
  protected readonly name = computed(() =>
    this.count() > 0
      ? this.i18n.t('notifications.bell.unread', { n: this.count() })
      : this.i18n.t('notifications.bell.label'),
  );

  constructor() {
    const destroyRef = inject(DestroyRef);
    // Signing in asks at once; signing out forgets her count.
    effect(() => {
      const signedIn = this.session.isSignedIn();
      untracked(() => (signedIn ? this.refresh() : this.service.clear()));
    });
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe(() => this.refresh());
    const timer = setInterval(() => {
      if (this.document.visibilityState !== 'hidden') this.refresh();
    }, BELL_POLL_MS);
    const onVisible = () => {
      if (this.document.visibilityState === 'visible') this.refresh();
    };
    this.document.addEventListener('visibilitychange', onVisible);
    destroyRef.onDestroy(() => {
      clearInterval(timer);
      this.document.removeEventListener('visibilitychange', onVisible);
    });
  }

  /** Asks for the count when she is signed in; a failed poll keeps the last count (the next one retries). */
  refresh(): void {
    if (!this.session.isSignedIn()) return;
    this.service.refreshUnread().catch(() => undefined);
  }
}
