import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { NotificationSettingsService, type LineLinkState } from '@tsunagu/web/notifications/data-access';
import { appErrorText } from '@tsunagu/web/shared/data-access';
import { AlertComponent, CardComponent, ConfirmInlineComponent, focusIfLost } from '@tsunagu/web/shared/ui';
import {
  formatDate,
  formatDateTime,
  I18nService,
  NOTIFICATION_SECTION_IDS,
  TranslatePipe,
} from '@tsunagu/web/shared/util';
import { NotificationSettingsStore } from './notification-settings.store';

/**
 * 「LINE連携」 (only when the server has LINE configured): a one-time code to send to the official account,
 * with its expiry; once linked, since when, and unlinking after a confirmation.
 */
@Component({
  selector: 'tsu-line-link',
  imports: [TranslatePipe, AlertComponent, CardComponent, ConfirmInlineComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .code {
      display: inline-block;
      margin: 0.25rem 0 0.5rem;
      padding: 0.25rem 0.75rem;
      border: 2px dashed var(--tsu-border);
      border-radius: var(--tsu-radius);
      font-size: 1.5rem;
      font-weight: 700;
      letter-spacing: 0.15em;
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    }
    tsu-alert {
      margin: 0.75rem 0;
    }
  `,
  template: `
    @if (line(); as l) {
      @if (l.enabled) {
        <tsu-card [heading]="'notifications.line.title' | t" [attr.id]="sectionId" data-testid="line-link">
          <div role="status">
            @if (notice(); as message) {
              <tsu-alert kind="success" tabindex="-1" data-testid="line-notice">{{ message }}</tsu-alert>
            }
          </div>
          @if (error(); as message) {
            <tsu-alert kind="error" tabindex="-1" data-testid="line-error">{{ message }}</tsu-alert>
          }
          @if (l.linked) {
            <p data-testid="line-linked">
              @if (l.linkedAt) {
                {{ 'notifications.line.linked' | t: { date: date(l.linkedAt) } }}
              } @else {
                {{ 'notifications.line.linkedPlain' | t }}
              }
            </p>
            @if (confirming()) {
              <tsu-confirm-inline
                data-confirm="line-unlink"
                [question]="'notifications.line.unlinkConfirm' | t"
                [confirmLabel]="'notifications.line.unlinkYes' | t"
                [dismissLabel]="'notifications.line.unlinkNo' | t"
                [busy]="busy()"
                confirmTestId="line-unlink-confirm"
                dismissTestId="line-unlink-back"
                (confirmed)="unlink()"
                (dismissed)="stopConfirming()"
              />
            } @else {
              <button
                type="button"
                class="tsu-button tsu-button--secondary"
                (click)="startConfirming()"
                data-testid="line-unlink"
              >
                {{ 'notifications.line.unlink' | t }}
              </button>
            }
          } @else {
            <p class="tsu-field__hint">{{ 'notifications.line.lead' | t }}</p>
            @if (codeValid()) {
              <p>
                {{ 'notifications.line.code' | t }}<br />
                <strong class="code" data-testid="line-code">{{ l.code }}</strong><br />
                @if (l.codeExpiresAt) {
                  <span data-testid="line-code-expires">{{
                    'notifications.line.expires' | t: { time: dateTime(l.codeExpiresAt) }
                  }}</span>
                }
              </p>
              <p>{{ 'notifications.line.instruction' | t }}</p>
              <div class="tsu-actions">
                <button
                  type="button"
                  class="tsu-button"
                  (click)="check()"
                  [disabled]="busy()"
                  data-testid="line-check"
                >
                  {{ 'notifications.line.check' | t }}
                </button>
                <button
                  type="button"
                  class="tsu-button tsu-button--secondary"
                  (click)="issue()"
                  [disabled]="busy()"
                  data-testid="line-issue"
                >
                  {{ 'notifications.line.reissue' | t }}
                </button>
              </div>
            } @else {
              <button
                type="button"
                class="tsu-button"
                (click)="issue()"
                [disabled]="busy()"
                data-testid="line-issue"
              >
                {{ 'notifications.line.issue' | t }}
              </button>
            }
          }
        </tsu-card>
      }
    }
  `,
})
export class LineLinkComponent {
  private readonly store = inject(NotificationSettingsStore);
  private readonly service = inject(NotificationSettingsService);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly sectionId = NOTIFICATION_SECTION_IDS.line;

  protected readonly line = this.store.line;
  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  /** A code she can still send (not expired). */
  protected readonly codeValid = computed(() => {
    const l = this.line();
    return !!l?.code && (!l.codeExpiresAt || new Date(l.codeExpiresAt).getTime() > Date.now());
  });

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  protected issue(): Promise<void> {
    return this.act(() => this.service.issueLineCode(), null, '[data-testid="line-code"]');
  }

  /** After she sent the code: did the webhook link her? */
  protected check(): Promise<void> {
    return this.act(
      () => this.service.lineLink(),
      (l) => this.i18n.t(l.linked ? 'notifications.line.linkedNow' : 'notifications.line.notYet'),
      '[data-testid="line-notice"]',
    );
  }

  protected startConfirming(): void {
    this.confirming.set(true);
    focusIfLost(this.injector, () => this.host.querySelector('[data-confirm="line-unlink"]'));
  }

  protected stopConfirming(): void {
    this.confirming.set(false);
    focusIfLost(this.injector, () => this.host.querySelector('[data-testid="line-unlink"]'));
  }

  protected async unlink(): Promise<void> {
    await this.act(
      () => this.service.unlinkLine(),
      () => this.i18n.t('notifications.line.unlinked'),
      '[data-testid="line-notice"]',
    );
    this.confirming.set(false);
  }

  private async act(
    request: () => Promise<LineLinkState>,
    message: ((l: LineLinkState) => string) | null,
    focus: string,
  ): Promise<void> {
    this.busy.set(true);
    this.notice.set(null);
    this.error.set(null);
    try {
      const answer = await request();
      this.store.setLine(answer);
      if (message) this.notice.set(message(answer));
      focusIfLost(this.injector, () => this.host.querySelector<HTMLElement>(focus));
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
      focusIfLost(this.injector, () => this.host.querySelector<HTMLElement>('[data-testid="line-error"]'));
    } finally {
      this.busy.set(false);
    }
  }
}
