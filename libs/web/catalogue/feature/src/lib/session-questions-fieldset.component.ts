import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { QUESTION_KINDS } from '@tsunagu/shared/domain';
import { FormFieldComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import type { TranslationKey } from '@tsunagu/web/shared/util';
import { TranslatePipe } from '@tsunagu/web/shared/util';
import { SESSION_FIELDSET_CSS, SESSION_FIELDSET_VIEW_PROVIDERS, SessionFieldset } from './session-fieldset';
import { questionGroup } from './session-form';

/** The questions asked when she applies, added and removed here. */
@Component({
  selector: 'tsu-session-questions-fieldset',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, TsuInputDirective],
  viewProviders: SESSION_FIELDSET_VIEW_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: [SESSION_FIELDSET_CSS],
  template: `
    <fieldset class="tsu-fieldset">
      <legend>{{ 'courseEditor.session.questionsLegend' | t }}</legend>
      <div formArrayName="questions" class="tsu-form">
        @for (q of form().controls.questions.controls; track q; let i = $index) {
          <div class="repeat" [formGroupName]="i" [attr.data-testid]="'question-' + i">
            <div class="repeat-head">
              <h2>{{ 'courseEditor.session.question' | t: { n: i + 1 } }}</h2>
              <button
                type="button"
                class="tsu-button tsu-button--ghost"
                (click)="form().controls.questions.removeAt(i)"
              >
                {{ 'courseEditor.session.removeQuestion' | t: { n: i + 1 } }}
              </button>
            </div>
            <tsu-form-field
              [fieldId]="'question-' + i + '-kind'"
              [label]="'courseEditor.session.questionKind' | t"
            >
              <select tsuInput formControlName="kind" [attr.data-testid]="'question-' + i + '-kind'">
                @for (k of questionKinds; track k) {
                  <option [value]="k">{{ questionKindKey(k) | t }}</option>
                }
              </select>
            </tsu-form-field>
            <tsu-form-field
              [fieldId]="'question-' + i + '-label'"
              [testId]="'question-' + i + '-label'"
              [label]="'courseEditor.session.questionLabel' | t"
              [errorLabel]="inGroup('question', i, 'questionLabel')"
              [required]="true"
              [error]="error('questions.' + i + '.label')"
            >
              <input tsuInput formControlName="label" [attr.data-testid]="'question-' + i + '-label'" />
            </tsu-form-field>
            @if (q.controls.kind.value === 'choice') {
              <tsu-form-field
                [fieldId]="'question-' + i + '-choices'"
                [testId]="'question-' + i + '-choices'"
                [label]="'courseEditor.session.questionChoices' | t"
                [errorLabel]="inGroup('question', i, 'questionChoices')"
                [required]="true"
                [error]="error('questions.' + i + '.choices')"
              >
                <textarea
                  tsuInput
                  rows="3"
                  formControlName="choices"
                  [attr.data-testid]="'question-' + i + '-choices'"
                ></textarea>
              </tsu-form-field>
            }
            <label class="tsu-choice"
              ><input type="checkbox" formControlName="required" />
              {{ 'courseEditor.session.questionRequired' | t }}</label
            >
          </div>
        } @empty {
          <p class="tsu-lead">{{ 'courseEditor.session.questionsEmpty' | t }}</p>
        }
      </div>
      <p>
        <button
          type="button"
          class="tsu-button tsu-button--secondary"
          (click)="addQuestion()"
          data-testid="add-question"
        >
          + {{ 'courseEditor.session.addQuestion' | t }}
        </button>
      </p>
    </fieldset>
  `,
})
export class SessionQuestionsFieldsetComponent extends SessionFieldset {
  protected readonly questionKinds = QUESTION_KINDS;

  protected questionKindKey(kind: string): TranslationKey {
    return `courseEditor.session.questionKinds.${kind}` as TranslationKey;
  }

  addQuestion(): void {
    const questions = this.form().controls.questions;
    questions.push(questionGroup());
    this.support().focusAfterRender(`#question-${questions.length - 1}-kind`);
  }
}
