import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { COURSE_FILE_RULES } from '@tsunagu/shared/domain';
import { acceptFor, CourseFilesService, preflightCourseFile } from '@tsunagu/web/catalogue/data-access';
import { UploadProgressComponent } from '@tsunagu/web/catalogue/ui';
import type { LessonKind } from '@tsunagu/web/shared/data-access';
import { FilePickerComponent, FormFieldComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import { formatFileSize, I18nService, TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';
import { CourseEditorStore } from './course-editor.store';
import { preflightText, uploadErrorText } from './course-file-picking';
import { ATTACHED_FILE_CSS, EDITOR_ROWS_CSS } from './editor-styles';

const LESSON_KINDS: LessonKind[] = ['text', 'link', 'file'];

/** A new lesson, or the one she chose to edit: a text, a link, or a file uploaded at once. */
@Component({
  selector: 'tsu-lesson-form',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    FilePickerComponent,
    FormFieldComponent,
    TsuInputDirective,
    UploadProgressComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: [EDITOR_ROWS_CSS, ATTACHED_FILE_CSS],
  template: `
    <form
      class="tsu-form"
      [formGroup]="form"
      (ngSubmit)="store.saveLesson()"
      novalidate
      data-testid="lesson-form"
    >
      <h3>{{ (store.editingLessonId() ? 'courseEditor.lessons.edit' : 'courseEditor.lessons.add') | t }}</h3>
      <tsu-form-field
        fieldId="lesson-title"
        [label]="'courseEditor.lessons.lessonTitle' | t"
        [required]="true"
        [error]="support.error(form.controls.title)"
      >
        <input tsuInput formControlName="title" data-testid="lesson-title" />
      </tsu-form-field>
      <tsu-form-field fieldId="lesson-kind" [label]="'courseEditor.lessons.kind' | t">
        <select tsuInput formControlName="kind" data-testid="lesson-kind">
          @for (k of kinds; track k) {
            <option [value]="k">{{ kindKey(k) | t }}</option>
          }
        </select>
      </tsu-form-field>
      @if (form.controls.kind.value === 'text') {
        <tsu-form-field
          fieldId="lesson-body"
          [label]="'courseEditor.lessons.body' | t"
          [error]="support.error(form.controls.body)"
        >
          <textarea tsuInput rows="4" formControlName="body" data-testid="lesson-body"></textarea>
        </tsu-form-field>
      } @else if (form.controls.kind.value === 'file') {
        <tsu-form-field
          fieldId="lesson-file"
          testId="lesson-file"
          [label]="'courseEditor.lessons.file' | t"
          [hint]="'courseEditor.lessons.fileHint' | t: { max: maxMegabytes }"
          [error]="support.error(form.controls.fileId)"
        >
          @if (store.lessonFile(); as f) {
            <p class="attached" data-testid="lesson-file-attached">
              {{ 'courseEditor.lessons.attached' | t: { name: f.filename, size: size(f.sizeBytes) } }}
            </p>
          }
          <tsu-file-picker
            [accept]="accept"
            [buttonLabel]="'courseEditor.files.choose' | t"
            [disabled]="upload() !== null"
            testId="lesson-file"
            (picked)="pickFile($event)"
          />
        </tsu-form-field>
        @if (upload() !== null) {
          <tsu-upload-progress [fraction]="upload() ?? 0" />
        }
        @if (store.lessonFile()) {
          <p>
            <button
              type="button"
              class="tsu-button tsu-button--ghost"
              (click)="store.attachLessonFile(null)"
              data-testid="lesson-file-remove"
            >
              {{ 'courseEditor.lessons.removeFile' | t }}
            </button>
          </p>
        } @else {
          <tsu-form-field
            fieldId="lesson-url"
            [label]="'courseEditor.lessons.urlInstead' | t"
            [hint]="'courseEditor.lessons.urlInsteadHint' | t"
            [error]="support.error(form.controls.url)"
          >
            <input tsuInput type="url" inputmode="url" formControlName="url" data-testid="lesson-url" />
          </tsu-form-field>
        }
      } @else {
        <tsu-form-field
          fieldId="lesson-url"
          [label]="'courseEditor.lessons.url' | t"
          [required]="true"
          [error]="support.error(form.controls.url)"
        >
          <input tsuInput type="url" inputmode="url" formControlName="url" data-testid="lesson-url" />
        </tsu-form-field>
      }
      <div class="row-actions">
        <button
          type="submit"
          class="tsu-button"
          [disabled]="store.pending() || upload() !== null"
          data-testid="lesson-submit"
        >
          {{ (store.editingLessonId() ? 'courseEditor.lessons.save' : 'courseEditor.lessons.add') | t }}
        </button>
        @if (store.editingLessonId()) {
          <button type="button" class="tsu-button tsu-button--secondary" (click)="store.resetLesson()">
            {{ 'courseEditor.lessons.cancel' | t }}
          </button>
        }
      </div>
    </form>
  `,
})
export class LessonFormComponent {
  protected readonly store = inject(CourseEditorStore);
  private readonly files = inject(CourseFilesService);
  private readonly i18n = inject(I18nService);
  protected readonly form = this.store.lessonForm;
  protected readonly support = this.store.lesson;
  protected readonly kinds = LESSON_KINDS;
  /** Share of the upload sent so far; null when none is under way. */
  protected readonly upload = signal<number | null>(null);
  protected readonly accept = acceptFor('lesson');
  protected readonly maxMegabytes = COURSE_FILE_RULES.lesson.maxMegabytes;

  protected kindKey(k: string): TranslationKey {
    return `courseEditor.lessons.kinds.${k}` as TranslationKey;
  }
  protected size(bytes: number): string {
    return formatFileSize(bytes, this.i18n.locale());
  }

  /** Uploads the picked file at once; the lesson takes it when saved. */
  async pickFile(file: File): Promise<void> {
    const c = this.store.course();
    if (!c) return;
    const control = this.form.controls.fileId;
    const showError = (message: string) => {
      control.setErrors({ server: message });
      control.markAsTouched();
    };
    const problem = preflightCourseFile('lesson', file);
    if (problem) return showError(preflightText(this.i18n, problem, 'lesson'));
    this.upload.set(0);
    try {
      this.store.attachLessonFile(await this.files.upload(c.id, 'lesson', file, (p) => this.upload.set(p)));
    } catch (error) {
      showError(uploadErrorText(this.i18n, error));
    } finally {
      this.upload.set(null);
    }
  }
}
