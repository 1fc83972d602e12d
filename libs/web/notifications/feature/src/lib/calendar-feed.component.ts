import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import { NotificationSettingsService, type CalendarFeedState } from '@tsunagu/web/notifications/data-access';
import { appErrorText, loadOnce } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  ConfirmInlineComponent,
  focusIfLost,
  PageStateComponent,
} from '@tsunagu/web/shared/ui';
import { formatDate, I18nService, NOTIFICATION_SECTION_IDS, TranslatePipe } from '@tsunagu/web/shared/util';

type Confirming = 'reissue' | 'revoke' | null;

/**
 * 「カレンダー連携（iCal）」: her private feed URL of confirmed seminars. Issue it, copy it, re-issue it (the
 * old URL stops working: said before she confirms) or turn it off.
 */
@Component({
  selector: 'tsu-calendar-feed',
  imports: [TranslatePipe, AlertComponent, CardComponent, ConfirmInlineComponent, PageStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .url {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .url input {
      flex: 1 1 14rem;
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.875rem;
    }
    tsu-alert {
      margin: 0.75rem 0;
    }
    tsu-confirm-inline {
      margin-top: 1rem;
    }
  `,
  template: `
    <tsu-card [heading]="'notifications.feed.title' | t" [attr.id]="sectionId" data-testid="calendar-feed">
      <p class="tsu-field__hint">{{ 'notifications.feed.lead' | t }}</p>
      <tsu-page-state [loading]="query.loading()" [error]="query.error()" (retry)="query.reload()" />
      <div role="status">
        @if (notice(); as message) {
          <tsu-alert kind="success" tabindex="-1" data-testid="feed-notice">{{ message }}</tsu-alert>
        }
      </div>
      @if (error(); as message) {
        <tsu-alert kind="error" tabindex="-1" data-testid="feed-error">{{ message }}</tsu-alert>
      }
      @if (query.data(); as feed) {
        @if (feed.url || feed.createdAt) {
          @if (!feed.url) {
            <!-- The API shows the URL only in the answer that issued it (it keeps a hash). -->
            <p data-testid="feed-hidden">
              {{ 'notifications.feed.hidden' | t: { date: feed.createdAt ? date(feed.createdAt) : '-' } }}
            </p>
          } @else {
            <div class="tsu-field">
              <label class="tsu-field__label" for="calendar-feed-url">{{
                'notifications.feed.url' | t
              }}</label>
              @if (feed.createdAt) {
                <p class="tsu-field__hint" id="calendar-feed-created">
                  {{ 'notifications.feed.issuedAt' | t: { date: date(feed.createdAt) } }}
                </p>
              }
              <div class="url">
                <input
                  id="calendar-feed-url"
                  class="tsu-input"
                  type="text"
                  readonly
                  [value]="feed.url"
                  [attr.aria-describedby]="feed.createdAt ? 'calendar-feed-created' : null"
                  (focus)="select($event)"
                  data-testid="feed-url"
                />
                <button
                  type="button"
                  class="tsu-button tsu-button--secondary"
                  (click)="copy(feed.url)"
                  data-testid="feed-copy"
                >
                  {{ 'notifications.feed.copy' | t }}
                </button>
              </div>
            </div>
          }
          @switch (confirming()) {
            @case ('reissue') {
              <tsu-confirm-inline
                data-confirm="feed"
                [question]="'notifications.feed.reissueConfirm' | t"
                [confirmLabel]="'notifications.feed.reissueYes' | t"
                [dismissLabel]="'notifications.feed.cancel' | t"
                [busy]="busy()"
                confirmTestId="feed-reissue-confirm"
                dismissTestId="feed-confirm-back"
                (confirmed)="issue(true)"
                (dismissed)="stopConfirming('reissue')"
              />
            }
            @case ('revoke') {
              <tsu-confirm-inline
                data-confirm="feed"
                [question]="'notifications.feed.revokeConfirm' | t"
                [confirmLabel]="'notifications.feed.revokeYes' | t"
                [dismissLabel]="'notifications.feed.cancel' | t"
                [busy]="busy()"
                confirmTestId="feed-revoke-confirm"
                dismissTestId="feed-confirm-back"
                (confirmed)="revoke()"
                (dismissed)="stopConfirming('revoke')"
              />
            }
            @default {
              <div class="tsu-actions">
                <button
                  type="button"
                  class="tsu-button tsu-button--secondary"
                  (click)="startConfirming('reissue')"
                  data-testid="feed-reissue"
                >
                  {{ 'notifications.feed.reissue' | t }}
                </button>
                <button
                  type="button"
                  class="tsu-button tsu-button--secondary"
                  (click)="startConfirming('revoke')"
                  data-testid="feed-revoke"
                >
                  {{ 'notifications.feed.revoke' | t }}
                </button>
              </div>
            }
          }
        } @else {
          <p data-testid="feed-none">{{ 'notifications.feed.none' | t }}</p>
          <button
            type="button"
            class="tsu-button"
            (click)="issue(false)"
            [disabled]="busy()"
            data-testid="feed-issue"
          >
            {{ 'notifications.feed.issue' | t }}
          </button>
        }
      }
    </tsu-card>
  `,
})
export class CalendarFeedComponent {
  private readonly service = inject(NotificationSettingsService);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly sectionId = NOTIFICATION_SECTION_IDS.feed;

  protected readonly query = loadOnce(() => this.service.calendarFeed());
  protected readonly busy = signal(false);
  protected readonly confirming = signal<Confirming>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  protected startConfirming(which: 'reissue' | 'revoke'): void {
    this.confirming.set(which);
    focusIfLost(this.injector, () => this.host.querySelector('[data-confirm="feed"]'));
  }

  protected stopConfirming(which: 'reissue' | 'revoke'): void {
    this.confirming.set(null);
    focusIfLost(this.injector, () => this.host.querySelector(`[data-testid="feed-${which}"]`));
  }

  protected issue(again: boolean): Promise<void> {
    return this.act(
      () => this.service.issueCalendarFeed(),
      again ? 'notifications.feed.reissued' : 'notifications.feed.issued',
    );
  }

  protected revoke(): Promise<void> {
    return this.act(() => this.service.revokeCalendarFeed(), 'notifications.feed.revoked');
  }

  protected async copy(url: string): Promise<void> {
    this.error.set(null);
    try {
      await navigator.clipboard.writeText(url);
      this.notice.set(this.i18n.t('notifications.feed.copied'));
    } catch {
      this.notice.set(null);
      this.error.set(this.i18n.t('notifications.feed.copyFailed'));
      this.host.querySelector<HTMLInputElement>('[data-testid="feed-url"]')?.focus();
    }
  }

  private async act(
    request: () => Promise<CalendarFeedState>,
    message: 'notifications.feed.issued' | 'notifications.feed.reissued' | 'notifications.feed.revoked',
  ): Promise<void> {
    this.busy.set(true);
    this.notice.set(null);
    this.error.set(null);
    try {
      const answer = await request();
      this.query.set(answer);
      this.confirming.set(null);
      this.notice.set(this.i18n.t(message));
      focusIfLost(this.injector, () => this.host.querySelector<HTMLElement>('[data-testid="feed-notice"]'));
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
      focusIfLost(this.injector, () => this.host.querySelector<HTMLElement>('[data-testid="feed-error"]'));
    } finally {
      this.busy.set(false);
    }
  }
}
