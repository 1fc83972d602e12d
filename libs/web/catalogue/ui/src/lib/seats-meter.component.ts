import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '@tsunagu/web/shared/util';

/**
 * Places taken as a bar that fills up, the way Japanese event sites show it (an empty bar is a session
 * with every place free, a full bar a full session), with the seats left in words beside it. The bar
 * is a `meter` for assistive technology (name, value, range and a value text); the words are what
 * everyone reads.
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
      background: var(--tsu-surface);
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
    :host(.tsu-seats--full) .fill {
      background: var(--tsu-error);
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
      [attr.aria-valuenow]="taken()"
      [attr.aria-valuetext]="valueText()"
      data-testid="seats-meter"
    >
      <div class="fill" [style.width.%]="percent()"></div>
    </div>
    @if (withText()) {
      <p class="text" aria-hidden="true" data-testid="seats-text">{{ text() }}</p>
    }
  `,
})
export class SeatsMeterComponent {
  private readonly i18n = inject(I18nService);

  readonly seatsLeft = input.required<number>();
  readonly capacity = input.required<number>();
  /** The words under the bar; off where the page already says the same in a headline. */
  readonly withText = input(true);

  protected readonly max = computed(() => Math.max(0, this.capacity()));
  protected readonly left = computed(() => Math.min(this.max(), Math.max(0, this.seatsLeft())));
  protected readonly taken = computed(() => this.max() - this.left());
  readonly full = computed(() => this.left() === 0);
  /** A fifth or less left (and not full): the bar turns to the warning colour. */
  protected readonly low = computed(() => !this.full() && this.left() <= Math.max(1, this.max() / 5));
  protected readonly percent = computed(() => (this.max() === 0 ? 100 : (this.taken() / this.max()) * 100));
  protected readonly label = computed(() => this.i18n.t('offer.meterLabel'));
  protected readonly valueText = computed(() =>
    this.i18n.t('offer.meterText', { capacity: this.max(), taken: this.taken(), left: this.left() }),
  );
  readonly text = computed(() =>
    this.full()
      ? this.i18n.t('catalogue.seats.full')
      : this.i18n.t('catalogue.seats.ofCapacity', { count: this.left(), capacity: this.max() }),
  );
}
