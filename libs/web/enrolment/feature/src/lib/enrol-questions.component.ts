import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormControl, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { LIMITS } from '@tsunagu/shared/domain';
import type { RegistrationQuestion } from '@tsunagu/web/enrolment/data-access';
import type { FormSupport } from '@tsunagu/web/shared/data-access';
import {
  FormFieldComponent,
  TsuInputDirective,
  TsuRadioDirective,
  TsuRadioGroupDirective,
} from '@tsunagu/web/shared/ui';
import { I18nService, TranslatePipe } from '@tsunagu/web/shared/util';

/** The session's questions: a text, or one choice (yes / no included) each. */
@Component({
  selector: 'tsu-enrol-questions',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    FormFieldComponent,
    TsuInputDirective,
    TsuRadioDirective,
    TsuRadioGroupDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    /* Its fields are the form's own, spaced by the form's grid. */
    :host {
      display: contents;
    }
    .choices {
      display: grid;
      gap: 0.25rem;
    }
    .group-error {
      margin: 0.25rem 0 0;
      color: var(--tsu-error);
      font-weight: 500;
    }
    .group-error::before {
      content: '⚠ ';
    }
  `,
  template: `
    @for (q of questions(); track q.id) {
      @if (q.kind === 'text') {
        <tsu-form-field
          [fieldId]="'q-' + q.id"
          [label]="q.label"
          [required]="q.required"
          [error]="answerError(q.id)"
          [testId]="'question-' + q.position"
        >
          <textarea
            tsuInput
            rows="3"
            [formControl]="answerControl(q.id)"
            [attr.maxlength]="maxAnswer"
            [attr.data-testid]="'question-' + q.position"
          ></textarea>
        </tsu-form-field>
      } @else {
        <fieldset class="tsu-fieldset" tsuRadioGroup [attr.data-testid]="'question-' + q.position">
          <legend>
            {{ q.label }}
            @if (q.required) {
              <span class="tsu-field__required" aria-hidden="true">*</span>
              <span class="tsu-visually-hidden">{{ 'enrolment.required' | t }}</span>
            }
          </legend>
          <div class="choices">
            @for (option of options(q); track option.value) {
              <label class="tsu-choice">
                <input
                  type="radio"
                  tsuRadio
                  [name]="'q-' + q.id"
                  [value]="option.value"
                  [formControl]="answerControl(q.id)"
                  [attr.aria-invalid]="answerError(q.id) ? 'true' : null"
                  [attr.aria-describedby]="answerError(q.id) ? 'q-' + q.id + '-error' : null"
                />
                {{ option.label }}
              </label>
            }
          </div>
          @if (answerError(q.id); as message) {
            <p
              class="group-error"
              [id]="'q-' + q.id + '-error'"
              [attr.data-testid]="'question-' + q.position + '-error'"
            >
              {{ message }}
            </p>
          }
        </fieldset>
      }
    }
  `,
})
export class EnrolQuestionsComponent {
  private readonly i18n = inject(I18nService);
  readonly questions = input.required<readonly RegistrationQuestion[]>();
  /** The enrol form's answers, a control per question id. */
  readonly answers = input.required<FormRecord<FormControl<string>>>();
  readonly support = input.required<FormSupport>();
  protected readonly maxAnswer = LIMITS.enrolment.answer.max;

  protected options(q: RegistrationQuestion): { value: string; label: string }[] {
    if (q.kind === 'yes_no')
      return [
        { value: 'yes', label: this.i18n.t('enrolment.yes') },
        { value: 'no', label: this.i18n.t('enrolment.no') },
      ];
    return q.choices.map((c) => ({ value: c, label: c }));
  }

  protected answerControl(questionId: string): FormControl<string> {
    const control = this.answers().controls[questionId];
    // Every question gets its control when the session loads, before the template asks for it.
    if (!control) throw new Error(`no answer control for question ${questionId}`);
    return control;
  }

  protected answerError(questionId: string): string | null {
    this.support().changes();
    const control = this.answerControl(questionId);
    return control ? this.support().error(control) : null;
  }
}
