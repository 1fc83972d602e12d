import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  NotificationsService,
  type NotificationItem,
  type NotificationPageResult,
} from '@tsunagu/web/notifications/data-access';
import { appErrorText, loadOnce } from '@tsunagu/web/shared/data-access';
import { AlertComponent, attr, focusIfLost, PageStateComponent } from '@tsunagu/web/shared/ui';
import {
  formatDateTime,
  I18nService,
  IDENTITY_PATHS,
  NOTIFICATION_SECTION_IDS,
  TranslatePipe,
} from '@tsunagu/web/shared/util';
import { isPlainClick, kindKey } from './notification-texts';

/** Her notification centre: newest first, unread marked, each opening what it is about (and marked read). */
@Component({
  selector: 'tsu-notification-centre-page',
  imports: [RouterLink, TranslatePipe, AlertComponent, PageStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.75rem;
      margin-bottom: 1rem;
    }
    .bar p {
      margin: 0;
      font-weight: 700;
    }
    tsu-alert {
      margin-bottom: 1rem;
    }
    .items {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
      border-top: 1px solid var(--tsu-border-soft);
    }
    .item {
      position: relative;
      padding: 0.875rem 0.75rem 0.875rem 1.5rem;
      border-bottom: 1px solid var(--tsu-border-soft);
      background: var(--tsu-surface);
    }
    .item--unread {
      background: var(--tsu-info-bg);
    }
    .item--unread::before {
      content: '';
      position: absolute;
      left: 0.5rem;
      top: 1.375rem;
      width: 0.5rem;
      height: 0.5rem;
      border-radius: 50%;
      background: var(--tsu-primary);
    }
    .title {
      margin: 0 0 0.25rem;
      font-size: 1.0625rem;
      font-weight: 700;
    }
    .item--read .title {
      font-weight: 500;
    }
    .summary {
      margin: 0 0 0.25rem;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin: 0;
      color: var(--tsu-muted);
      font-size: 0.9375rem;
    }
    .meta .tsu-button {
      min-height: 2.75rem;
      padding-block: 0.25rem;
    }
  `,
  template: `
    <div class="tsu-page" data-testid="notification-centre">
      <h1>{{ 'notifications.centre.title' | t }}</h1>
      <p class="tsu-lead">{{ 'notifications.centre.lead' | t }}</p>

      <div role="status">
        @if (notice(); as message) {
          <tsu-alert kind="success" tabindex="-1" data-testid="centre-notice">{{ message }}</tsu-alert>
        }
      </div>
      @if (error(); as message) {
        <tsu-alert kind="error" tabindex="-1" data-testid="centre-error">{{ message }}</tsu-alert>
      }
      <tsu-page-state
        [loading]="query.loading()"
        [error]="query.error()"
        [empty]="items().length === 0"
        [emptyMessage]="'notifications.centre.empty' | t"
        (retry)="query.reload()"
      />

      @if (items().length > 0) {
        <div class="bar">
          <p data-testid="centre-unread">
            @if (unread() > 0) {
              {{ 'notifications.centre.unreadCount' | t: { n: unread() } }}
            } @else {
              {{ 'notifications.centre.allRead' | t }}
            }
          </p>
          @if (unread() > 0) {
            <button
              type="button"
              class="tsu-button tsu-button--secondary"
              (click)="markAll()"
              [disabled]="busy() === 'all'"
              data-testid="mark-all-read"
            >
              {{ 'notifications.centre.markAll' | t }}
            </button>
          }
        </div>

        <ul class="items" [attr.aria-label]="'notifications.centre.list' | t" data-testid="notification-list">
          @for (n of items(); track n.id) {
            <li
              class="item"
              [class.item--unread]="!n.readAt"
              [class.item--read]="!!n.readAt"
              [attr.data-notification]="n.id"
              data-testid="notification"
            >
              <p class="title">
                @if (!n.readAt) {
                  <span class="tsu-visually-hidden">{{ 'notifications.centre.unread' | t }}:&ngsp;</span>
                }
                @if (n.link) {
                  <a [href]="n.link" (click)="open($event, n)" data-testid="notification-link">{{
                    n.title
                  }}</a>
                } @else {
                  <span tabindex="-1" data-testid="notification-title">{{ n.title }}</span>
                }
              </p>
              <p class="summary">{{ n.summary }}</p>
              <p class="meta">
                <time [attr.datetime]="n.createdAt">{{ dateTime(n.createdAt) }}</time>
                <span class="tsu-visually-hidden">{{ kind(n) | t }}</span>
                @if (!n.readAt && !n.link) {
                  <button
                    type="button"
                    class="tsu-button tsu-button--ghost"
                    (click)="markRead(n)"
                    [disabled]="busy() === n.id"
                    [attr.data-mark-read]="n.id"
                    data-testid="mark-read"
                  >
                    {{ 'notifications.centre.markRead' | t }}
                    <span class="tsu-visually-hidden">:&ngsp;{{ n.title }}</span>
                  </button>
                }
              </p>
            </li>
          }
        </ul>

        @if (nextCursor()) {
          <button
            type="button"
            class="tsu-button tsu-button--secondary"
            (click)="more()"
            [disabled]="busy() === 'more'"
            data-testid="notifications-more"
          >
            {{ 'notifications.centre.more' | t }}
          </button>
        }
      }

      <p class="tsu-actions">
        <a [routerLink]="account" [fragment]="preferencesId" data-testid="to-notification-settings">{{
          'notifications.centre.settings' | t
        }}</a>
      </p>
    </div>
  `,
})
export class NotificationCentrePage {
  private readonly service = inject(NotificationsService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly account = IDENTITY_PATHS.account.link();
  protected readonly preferencesId = NOTIFICATION_SECTION_IDS.preferences;
  protected readonly kind = kindKey;

  protected readonly query = loadOnce(() => this.service.page());
  /** Pages loaded with 「さらに表示」 after the first. */
  private readonly extra = signal<NotificationItem[]>([]);
  private readonly extraCursor = signal<{ value: string | null } | null>(null);
  /** Read marks made here, before the list is loaded again. */
  private readonly readHere = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly busy = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected readonly items = computed(() => {
    const first: NotificationPageResult | null = this.query.data();
    const read = this.readHere();
    return [...(first?.items ?? []), ...this.extra()].map((n) =>
      !n.readAt && read.has(n.id) ? { ...n, readAt: read.get(n.id) ?? null } : n,
    );
  });
  protected readonly nextCursor = computed(() => {
    const more = this.extraCursor();
    return more ? more.value : (this.query.data()?.nextCursor ?? null);
  });
  /** The service's count (the bell's) once known; else what the page said. */
  protected readonly unread = computed(() => this.service.unread() ?? this.query.data()?.unreadCount ?? 0);

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  /** Opening a notification marks it read and goes where it links (modified clicks keep the browser's way). */
  protected open(event: MouseEvent, n: NotificationItem): void {
    if (!n.readAt) void this.markReadQuietly(n);
    if (!n.link?.startsWith('/') || !isPlainClick(event)) return;
    event.preventDefault();
    void this.router.navigateByUrl(n.link);
  }

  protected async markRead(n: NotificationItem): Promise<void> {
    this.busy.set(n.id);
    this.error.set(null);
    try {
      const answer = await this.service.markRead(n);
      this.remember(n.id, answer.readAt ?? new Date().toISOString());
      // Its button went away: the notification's title takes focus.
      focusIfLost(this.injector, () =>
        this.host.querySelector<HTMLElement>(
          `${attr('data-notification', n.id)} [data-testid="notification-title"]`,
        ),
      );
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy.set(null);
    }
  }

  protected async markAll(): Promise<void> {
    this.busy.set('all');
    this.error.set(null);
    this.notice.set(null);
    try {
      await this.service.markAllRead();
      const now = new Date().toISOString();
      const read = new Map(this.readHere());
      for (const n of this.items()) if (!n.readAt) read.set(n.id, now);
      this.readHere.set(read);
      this.notice.set(this.i18n.t('notifications.centre.markedAll'));
      focusIfLost(this.injector, () => this.host.querySelector<HTMLElement>('[data-testid="centre-notice"]'));
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy.set(null);
    }
  }

  protected async more(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor) return;
    this.busy.set('more');
    this.error.set(null);
    try {
      const page = await this.service.page(cursor);
      const known = new Set(this.items().map((n) => n.id));
      const fresh = page.items.filter((n) => !known.has(n.id));
      this.extra.update((items) => [...items, ...fresh]);
      this.extraCursor.set({ value: page.nextCursor });
      // Focus the first one she has not seen yet, so the keyboard carries on from there.
      const first = fresh[0];
      focusIfLost(this.injector, () =>
        first
          ? this.host.querySelector<HTMLElement>(
              `${attr('data-notification', first.id)} a, ${attr('data-notification', first.id)} [tabindex="-1"]`,
            )
          : null,
      );
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy.set(null);
    }
  }

  private async markReadQuietly(n: NotificationItem): Promise<void> {
    try {
      const answer = await this.service.markRead(n);
      this.remember(n.id, answer.readAt ?? new Date().toISOString());
    } catch {
      // Opening still works; it stays unread until the next try.
    }
  }

  private remember(id: string, readAt: string): void {
    this.readHere.update((read) => new Map(read).set(id, readAt));
  }

  private showError(error: unknown): void {
    this.error.set(appErrorText(error, this.i18n));
    focusIfLost(this.injector, () => this.host.querySelector<HTMLElement>('[data-testid="centre-error"]'));
  }
}
