import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A titled panel. The heading level is chosen by the page so the outline stays correct. */
@Component({
  selector: 'tsu-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'tsu-card' },
  template: `
    @if (heading()) {
      @if (level() === 2) {
        <h2 class="tsu-card__title">{{ heading() }}</h2>
      } @else {
        <h3 class="tsu-card__title">{{ heading() }}</h3>
      }
    }
    <ng-content />
  `,
})
export class CardComponent {
  readonly heading = input<string | null>(null);
  readonly level = input<2 | 3>(2);
}
