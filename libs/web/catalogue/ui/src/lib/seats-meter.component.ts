import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '@tsunagu/web/shared/util';

/**
 * Seats left as a bar with its words beside it. The bar is a `meter` for assistive technology
 * (role, value, range and a value text); the words are what everyone reads.
 */
@Component({
  selector: 'tsu-seats-meter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'tsu-seats', '[class.tsu-seats--full]': 'full()', '[class.tsu-seats--low]': 'low()' },
  styles: `
    :host {
      display: block;
    }
    .bar {
      height: 0.625rem;
      border-radius: 999px;
      background: var(--tsu-border-soft);
      overflow: hidden;
      border: 1px solid var(--tsu-border);
    }
    .fill {
      height: 100%;
      background: var(--tsu-primary);
    }
    :host(.tsu-seats--low) .fill {
      background: var(--tsu-focus);
    }
    .text {
      margin: 0.25rem 0 0;
      font-size: 0.9375rem;
      font-weight: 700;
      color: var(--tsu-primary);
    }
    :host(.tsu-seats--low) .text,
    :host(.tsu-seats--full) .text {
      color: var(--tsu-error);
    }
  `,
  template: `
    <div
      class="bar"
      role="meter"
      [attr.aria-label]="label()"
      aria-valuemin="0"
      [attr.aria-valuemax]="max()"
      [attr.aria-valuenow]="left()"
      [attr.aria-valuetext]="text()"
      data-testid="seats-meter"
    >
      <div class="fill" [style.width.%]="percent()"></div>
    </div>
    <p class="text" aria-hidden="true" data-testid="seats-text">{{ text() }}</p>
  `,
})
export class SeatsMeterComponent {
  private readonly i18n = inject(I18nService);

  readonly seatsLeft = input.required<number>();
  readonly capacity = input.required<number>();

  protected readonly max = computed(() => Math.max(0, this.capacity()));
  protected readonly left = computed(() => Math.min(this.max(), Math.max(0, this.seatsLeft())));
  readonly full = computed(() => this.left() === 0);
  /** A fifth or less left (and not full): the bar turns to the warning colour. */
  protected readonly low = computed(() => !this.full() && this.left() <= Math.max(1, this.max() / 5));
  protected readonly percent = computed(() => (this.max() === 0 ? 0 : (this.left() / this.max()) * 100));
  protected readonly label = computed(() => this.i18n.t('catalogue.seats.label'));
  readonly text = computed(() =>
    this.full()
      ? this.i18n.t('catalogue.seats.full')
      : this.i18n.t('catalogue.seats.ofCapacity', { count: this.left(), capacity: this.max() }),
  );
}
