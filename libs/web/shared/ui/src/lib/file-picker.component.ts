import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormFieldComponent, TsuInputDirective } from './form-field.component';

/**
 * A file input that looks like a button (the native one cannot be styled or translated), inside a
 * `<tsu-form-field>` whose label, hint and error it takes through `tsuInput`. The input stays in the
 * page, visually hidden, so keyboards and screen readers use it; its focus ring shows on the button.
 * The input is emptied after each pick, so the same file can be picked again after a refusal.
 */
@Component({
  selector: 'tsu-file-picker',
  imports: [TsuInputDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'file-picker' },
  styles: `
    :host {
      display: block;
    }
    input[type='file'] {
      position: absolute;
      width: 1px;
      height: 1px;
      min-height: 0;
      padding: 0;
      border: 0;
      opacity: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    input[type='file']:focus-visible + label {
      outline: 3px solid var(--tsu-focus);
      outline-offset: 2px;
    }
    input[type='file']:disabled + label {
      opacity: 0.7;
      cursor: progress;
    }
    label {
      cursor: pointer;
    }
  `,
  template: `
    <input
      #file
      tsuInput
      type="file"
      [accept]="accept()"
      [disabled]="disabled()"
      (change)="take(file)"
      [attr.data-testid]="testId()"
    />
    <label class="tsu-button tsu-button--secondary" [attr.for]="field.controlId()">{{ buttonLabel() }}</label>
  `,
})
export class FilePickerComponent {
  protected readonly field = inject(FormFieldComponent);
  readonly accept = input.required<string>();
  /** What the button says (「ファイルを選ぶ」, 「画像を選ぶ」). */
  readonly buttonLabel = input.required<string>();
  readonly disabled = input(false);
  readonly testId = input<string | null>(null);
  readonly picked = output<File>();

  protected take(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    input.value = '';
    if (file) this.picked.emit(file);
  }
}
