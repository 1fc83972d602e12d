import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import {
  DELIVERY_STATUSES,
  OutboxService,
  type OutboxDelivery,
} from '@tsunagu/web/notifications/data-access';
import { appErrorText, loadOnChange, type DeliveryStatus } from '@tsunagu/web/shared/data-access';
import {
  attr,
  ChoiceFilterComponent,
  focusIfLost,
  PageNoticesComponent,
  PageStateComponent,
} from '@tsunagu/web/shared/ui';
import { formatDateTime, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { channelKey, kindKey, statusKey } from './notification-texts';

/** The time that matters for a delivery in this status: when it failed, was sent, or was queued. */
export function deliveryTime(
  d: Pick<OutboxDelivery, 'status' | 'failedAt' | 'sentAt' | 'createdAt'>,
): string {
  if (d.status === 'FAILED') return d.failedAt ?? d.createdAt;
  if (d.status === 'SENT') return d.sentAt ?? d.createdAt;
  return d.createdAt;
}

/**
 * The staff outbox: deliveries by status (failed by default) with kind, channel, attempts, the last
 * error and the time; a failed one can be sent again. Rows are cards so they read on a phone.
 */
@Component({
  selector: 'tsu-outbox-page',
  imports: [TranslatePipe, ChoiceFilterComponent, PageNoticesComponent, PageStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .rows {
      list-style: none;
      margin: 1rem 0 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .row {
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      background: var(--tsu-surface);
      padding: 0.75rem 1rem;
    }
    .row h2 {
      font-size: 1.0625rem;
      margin: 0 0 0.5rem;
    }
    dl {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.125rem 1rem;
      margin: 0 0 0.75rem;
    }
    dt {
      color: var(--tsu-muted);
    }
    dd {
      margin: 0;
    }
    .error {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.9375rem;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="outbox-page">
      <h1>{{ 'notifications.outbox.title' | t }}</h1>
      <p class="tsu-lead">{{ 'notifications.outbox.lead' | t }}</p>

      <tsu-choice-filter
        name="outbox-status"
        legend="notifications.outbox.status"
        [choices]="choices"
        [value]="status()"
        (chosen)="status.set($event)"
        testIdPrefix="outbox-status"
      />
      <tsu-page-notices [notice]="notice()" [error]="error()" testIdPrefix="outbox" />
      <tsu-page-state
        [loading]="query.loading()"
        [error]="query.error()"
        [empty]="query.data()?.length === 0"
        [emptyMessage]="emptyKey() | t"
        (retry)="query.reload()"
      />

      @if (query.data(); as rows) {
        @if (rows.length > 0) {
          <ul class="rows" [attr.aria-label]="'notifications.outbox.list' | t" data-testid="outbox-list">
            @for (d of rows; track d.id) {
              <li class="row" [attr.data-delivery]="d.id" data-testid="outbox-row">
                <h2>{{ kind(d) | t }}</h2>
                <dl>
                  <dt>{{ 'notifications.outbox.channel' | t }}</dt>
                  <dd>{{ channel(d) | t }}</dd>
                  <dt>{{ 'notifications.outbox.attempts' | t }}</dt>
                  <dd data-testid="outbox-attempts">{{ d.attempts }}</dd>
                  <dt>{{ 'notifications.outbox.lastError' | t }}</dt>
                  <dd class="error" data-testid="outbox-last-error">
                    {{ d.lastError ?? ('notifications.outbox.noError' | t) }}
                  </dd>
                  <dt>{{ 'notifications.outbox.time' | t }}</dt>
                  <dd>
                    <time [attr.datetime]="time(d)">{{ dateTime(time(d)) }}</time>
                  </dd>
                  <dt>{{ 'notifications.outbox.recipient' | t }}</dt>
                  <dd>
                    <code>{{ d.recipientId }}</code>
                  </dd>
                </dl>
                @if (d.status === 'FAILED') {
                  <button
                    type="button"
                    class="tsu-button tsu-button--secondary"
                    (click)="retry(d)"
                    [disabled]="busy() === d.id"
                    [attr.aria-label]="retryLabel(d)"
                    data-testid="outbox-retry"
                  >
                    {{ 'notifications.outbox.retry' | t }}
                  </button>
                }
              </li>
            }
          </ul>
        }
      }
    </div>
  `,
})
export class OutboxPage {
  private readonly service = inject(OutboxService);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly choices = DELIVERY_STATUSES.map((value) => ({ value, label: statusKey(value) }));
  protected readonly kind = kindKey;
  protected readonly time = deliveryTime;

  protected readonly status = signal<DeliveryStatus>('FAILED');
  protected readonly query = loadOnChange(
    () => this.status(),
    (status) => this.service.deliveries(status),
  );
  protected readonly busy = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected emptyKey() {
    return `notifications.outbox.empty.${this.status()}` as const;
  }

  protected channel(d: OutboxDelivery) {
    return channelKey(d.channel);
  }

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  /** Starts with what she sees (「再送する」), then which one (WCAG 2.5.3). */
  protected retryLabel(d: OutboxDelivery): string {
    return this.i18n.t('notifications.outbox.retryLabel', {
      kind: this.i18n.t(kindKey(d)),
      time: this.dateTime(deliveryTime(d)),
    });
  }

  protected async retry(d: OutboxDelivery): Promise<void> {
    this.busy.set(d.id);
    this.notice.set(null);
    this.error.set(null);
    try {
      const answer = await this.service.retry(d.id);
      // It is no longer failed: it leaves this list (it shows under 「送信待ち」 until it is sent).
      this.query.update((rows) =>
        answer.status === this.status()
          ? rows.map((row) => (row.id === d.id ? answer : row))
          : rows.filter((row) => row.id !== d.id),
      );
      this.notice.set(this.i18n.t('notifications.outbox.retried'));
      focusIfLost(this.injector, () => this.host.querySelector<HTMLElement>('[data-testid="outbox-notice"]'));
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
      focusIfLost(
        this.injector,
        () => this.host.querySelector<HTMLElement>(`${attr('data-delivery', d.id)} button`),
        () => this.host.querySelector<HTMLElement>('[data-testid="outbox-error"]'),
      );
    } finally {
      this.busy.set(null);
    }
  }
}
