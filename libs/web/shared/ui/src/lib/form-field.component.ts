import { ChangeDetectionStrategy, Component, Directive, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@tsunagu/web/shared/util';

let nextId = 0;

/**
 * A labelled form field. The projected control carries `tsuInput`, which gives it the field's
 * id, ties the hint and the error to it with aria-describedby and sets aria-invalid. The error names
 * its field (「姓：入力してください。」), so it makes sense read alone: in the error summary, or by a
 * screen reader that reads the description without the label.
 */
@Component({
  selector: 'tsu-form-field',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'tsu-field', '[class.tsu-field--invalid]': '!!error()' },
  template: `
    <label class="tsu-field__label" [attr.for]="controlId()">
      {{ label() }}
      @if (required()) {
        <span class="tsu-field__required" aria-hidden="true">*</span>
      }
    </label>
    @if (hint()) {
      <p class="tsu-field__hint" [id]="hintId()">{{ hint() }}</p>
    }
    <ng-content />
    @if (error()) {
      <p
        class="tsu-field__error"
        data-field-named
        [id]="errorId()"
        [attr.data-testid]="testId() ? testId() + '-error' : null"
      >
        {{ 'errorSummary.fieldError' | t: { label: errorLabel() ?? label(), message: error() ?? '' } }}
      </p>
    }
  `,
})
export class FormFieldComponent {
  readonly label = input.required<string>();
  /** How the error names the field when the label alone is ambiguous (「お名前（姓）」 for 「姓」). */
  readonly errorLabel = input<string | null>(null);
  readonly hint = input<string | null>(null);
  readonly error = input<string | null>(null);
  readonly required = input(false);
  /** Prefix for data-testid of the error message. */
  readonly testId = input<string | null>(null);
  readonly fieldId = input<string>(`tsu-field-${++nextId}`);

  readonly controlId = computed(() => this.fieldId());
  readonly hintId = computed(() => `${this.fieldId()}-hint`);
  readonly errorId = computed(() => `${this.fieldId()}-error`);
  readonly describedBy = computed(
    () =>
      [this.hint() ? this.hintId() : null, this.error() ? this.errorId() : null].filter(Boolean).join(' ') ||
      null,
  );
}

@Directive({
  selector: 'input[tsuInput], select[tsuInput], textarea[tsuInput]',
  host: {
    class: 'tsu-input',
    '[id]': 'field.controlId()',
    '[attr.aria-describedby]': 'field.describedBy()',
    '[attr.aria-invalid]': 'field.error() ? "true" : null',
    '[attr.aria-required]': 'field.required() ? "true" : null',
  },
})
export class TsuInputDirective {
  protected readonly field = inject(FormFieldComponent);
}
