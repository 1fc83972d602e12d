import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { LIMITS } from '@tsunagu/shared/domain';
import { COURSE_CATEGORIES } from '@tsunagu/web/catalogue/data-access';
import { CoOrganisersFieldComponent } from '@tsunagu/web/catalogue/ui';
import type { CourseVisibility } from '@tsunagu/web/shared/data-access';
import {
  CardComponent,
  ErrorSummaryComponent,
  FormFieldComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';
import { CourseEditorStore } from './course-editor.store';

const VISIBILITIES: CourseVisibility[] = ['public', 'organisation', 'company_group'];

/** The course's own fields, created or saved with its button. */
@Component({
  selector: 'tsu-course-details-form',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    CardComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    TsuInputDirective,
    CoOrganisersFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    <tsu-card [heading]="(store.id() ? 'courseEditor.form.editTitle' : 'courseEditor.form.newTitle') | t">
      <form
        class="tsu-form"
        [formGroup]="form"
        (ngSubmit)="store.save()"
        novalidate
        data-testid="course-form"
      >
        <tsu-error-summary [for]="f" />
        <tsu-form-field
          fieldId="course-title"
          testId="course-title"
          [label]="'courseEditor.form.title' | t"
          [required]="true"
          [error]="f.error(form.controls.title)"
        >
          <input
            tsuInput
            formControlName="title"
            [attr.maxlength]="limits.title.max"
            data-testid="course-title"
          />
        </tsu-form-field>
        <tsu-form-field
          fieldId="course-provider"
          [label]="'courseEditor.form.provider' | t"
          [required]="true"
          [error]="f.error(form.controls.providerOrganisationId)"
        >
          <select tsuInput formControlName="providerOrganisationId" data-testid="course-provider">
            @for (o of store.providerOptions(); track o.id) {
              <option [value]="o.id">{{ o.name }}</option>
            }
          </select>
        </tsu-form-field>
        <tsu-form-field
          fieldId="course-category"
          [label]="'courseEditor.form.category' | t"
          [required]="true"
          [error]="f.error(form.controls.category)"
        >
          <select tsuInput formControlName="category" data-testid="course-category">
            @for (c of categories; track c) {
              <option [value]="c">{{ categoryKey(c) | t }}</option>
            }
          </select>
        </tsu-form-field>
        <tsu-form-field
          fieldId="course-summary"
          [label]="'courseEditor.form.summary' | t"
          [hint]="'courseEditor.form.summaryHint' | t"
          [error]="f.error(form.controls.summary)"
        >
          <textarea tsuInput rows="2" formControlName="summary" data-testid="course-summary"></textarea>
        </tsu-form-field>
        <tsu-form-field
          fieldId="course-description"
          [label]="'courseEditor.form.description' | t"
          [hint]="'courseEditor.form.descriptionHint' | t"
          [error]="f.error(form.controls.description)"
        >
          <textarea
            tsuInput
            rows="8"
            formControlName="description"
            data-testid="course-description"
          ></textarea>
        </tsu-form-field>
        <tsu-form-field
          fieldId="course-audience"
          [label]="'courseEditor.form.audienceNotes' | t"
          [hint]="'courseEditor.form.audienceHint' | t"
          [error]="f.error(form.controls.audienceNotes)"
        >
          <input tsuInput formControlName="audienceNotes" data-testid="course-audience" />
        </tsu-form-field>
        <tsu-form-field
          fieldId="course-visibility"
          [label]="'courseEditor.form.visibility' | t"
          [error]="f.error(form.controls.visibility)"
        >
          <select tsuInput formControlName="visibility" data-testid="course-visibility">
            @for (v of visibilities; track v) {
              <option [value]="v">{{ visibilityKey(v) | t }}</option>
            }
          </select>
        </tsu-form-field>
        <tsu-co-organisers-field
          [organisations]="store.allOrganisations()"
          [providerId]="form.controls.providerOrganisationId.value || null"
          [selected]="store.coOrganiserIds()"
          [editable]="store.providerSide() || !store.id()"
          (selectedChange)="store.setCoOrganisers($event)"
        />
        <tsu-form-field
          fieldId="course-tags"
          [label]="'courseEditor.form.tags' | t"
          [hint]="'courseEditor.form.tagsHint' | t"
          [error]="f.error(form.controls.tags)"
        >
          <input tsuInput formControlName="tags" data-testid="course-tags" />
        </tsu-form-field>
        <tsu-form-field
          fieldId="course-cover"
          [label]="'courseEditor.form.coverImageUrl' | t"
          [hint]="'courseEditor.form.coverImageUrlHint' | t"
          [error]="f.error(form.controls.coverImageUrl)"
        >
          <input
            tsuInput
            type="url"
            inputmode="url"
            formControlName="coverImageUrl"
            data-testid="course-cover"
          />
        </tsu-form-field>
        <button
          type="submit"
          class="tsu-button tsu-button--block"
          [disabled]="store.pending()"
          data-testid="course-submit"
        >
          {{
            (store.pending()
              ? 'courseEditor.form.saving'
              : store.id()
                ? 'courseEditor.form.save'
                : 'courseEditor.form.createSubmit'
            ) | t
          }}
        </button>
      </form>
    </tsu-card>
  `,
})
export class CourseDetailsFormComponent {
  protected readonly store = inject(CourseEditorStore);
  protected readonly form = this.store.form;
  protected readonly f = this.store.f;
  protected readonly limits = LIMITS.course;
  protected readonly categories = COURSE_CATEGORIES;
  protected readonly visibilities = VISIBILITIES;

  protected categoryKey(c: string): TranslationKey {
    return `catalogue.categories.${c}` as TranslationKey;
  }
  protected visibilityKey(v: string): TranslationKey {
    return `courseEditor.visibility.${v}` as TranslationKey;
  }
}
