import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';
import { TsuRadioDirective, TsuRadioGroupDirective } from './radio-group.directive';

/** One choice of a filter: its value and the translation key of its label. */
export interface FilterChoice<T extends string> {
  readonly value: T;
  readonly label: TranslationKey;
}

/**
 * A list page's filter as one radio group (a fieldset with its legend): one Tab stop, arrow keys move
 * the choice, and the list follows. Each radio's test id is `<testIdPrefix>-<value>`.
 */
@Component({
  selector: 'tsu-choice-filter',
  imports: [TranslatePipe, TsuRadioDirective, TsuRadioGroupDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .filter {
      display: flex;
      flex-wrap: wrap;
      column-gap: 1.5rem;
    }
    .filter legend {
      width: 100%;
    }
  `,
  template: `
    <fieldset class="tsu-fieldset filter" [tsuRadioGroup]="name()">
      <legend>{{ legend() | t }}</legend>
      @for (c of choices(); track c.value) {
        <label class="tsu-choice">
          <input
            type="radio"
            tsuRadio
            [value]="c.value"
            [checked]="value() === c.value"
            (change)="chosen.emit(c.value)"
            [attr.data-testid]="testIdPrefix() + '-' + c.value"
          />
          <span>{{ c.label | t }}</span>
        </label>
      }
    </fieldset>
  `,
})
export class ChoiceFilterComponent<T extends string = string> {
  /** The radios' name (unique on the page). */
  readonly name = input.required<string>();
  readonly legend = input.required<TranslationKey>();
  readonly choices = input.required<readonly FilterChoice<T>[]>();
  readonly value = input.required<T>();
  readonly testIdPrefix = input.required<string>();
  readonly chosen = output<T>();
}
