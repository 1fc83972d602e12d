import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/**
 * The inline 「本当に…しますか？」 that replaces the button she pressed: the question and two buttons,
 * as a named group that can take focus (the page moves focus here, and back to its button on 「やめる」).
 * `block` puts the question in bold above the buttons, for choices that cannot be undone (a draw,
 * withdrawing her application); `inline` keeps it on the line of a roster entry.
 */
@Component({
  selector: 'tsu-confirm-inline',
  imports: [NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    role: 'group',
    tabindex: '-1',
    '[attr.aria-label]': 'question()',
    '[class.tsu-actions]': "layout() === 'inline'",
    '[class.tsu-confirm-inline--block]': "layout() === 'block'",
  },
  styles: `
    :host(.tsu-confirm-inline--block) {
      display: block;
    }
  `,
  template: `
    @if (layout() === 'inline') {
      <span>{{ question() }}</span>
      <ng-container *ngTemplateOutlet="buttons" />
    } @else {
      <p>
        <strong>{{ question() }}</strong>
      </p>
      <div class="tsu-actions"><ng-container *ngTemplateOutlet="buttons" /></div>
    }
    <ng-template #buttons>
      <button
        type="button"
        class="tsu-button"
        (click)="confirmed.emit()"
        [disabled]="busy()"
        [attr.data-testid]="confirmTestId()"
      >
        {{ confirmLabel() }}
      </button>
      <button
        type="button"
        class="tsu-button tsu-button--secondary"
        (click)="dismissed.emit()"
        [attr.data-testid]="dismissTestId()"
      >
        {{ dismissLabel() }}
      </button>
    </ng-template>
  `,
})
export class ConfirmInlineComponent {
  readonly question = input.required<string>();
  readonly confirmLabel = input.required<string>();
  readonly dismissLabel = input.required<string>();
  readonly layout = input<'inline' | 'block'>('block');
  /** While the confirmed action runs: the confirm button is disabled, so it cannot run twice. */
  readonly busy = input(false);
  readonly confirmTestId = input<string | null>(null);
  readonly dismissTestId = input<string | null>(null);
  readonly confirmed = output<void>();
  readonly dismissed = output<void>();
}
