import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { COURSE_FILE_RULES } from '@tsunagu/shared/domain';
import { acceptFor, CourseFilesService, preflightCourseFile } from '@tsunagu/web/catalogue/data-access';
import { UploadProgressComponent } from '@tsunagu/web/catalogue/ui';
import {
  AlertComponent,
  CardComponent,
  FilePickerComponent,
  FormFieldComponent,
} from '@tsunagu/web/shared/ui';
import { formatFileSize, I18nService, TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';
import { CourseEditorStore } from './course-editor.store';
import { preflightText, uploadErrorText } from './course-file-picking';
import { FileSrcDirective } from './file-src.directive';

/** The course's cover image: uploaded and set at once, or removed. */
@Component({
  selector: 'tsu-course-cover-card',
  imports: [
    TranslatePipe,
    AlertComponent,
    CardComponent,
    FilePickerComponent,
    FormFieldComponent,
    UploadProgressComponent,
    FileSrcDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .meta {
      color: var(--tsu-muted);
      font-size: 0.9375rem;
    }
    .cover-preview {
      display: block;
      width: 100%;
      max-height: 12rem;
      object-fit: cover;
      border-radius: var(--tsu-radius);
      border: 1px solid var(--tsu-border-soft);
      margin-bottom: 0.5rem;
    }
  `,
  template: `
    @if (store.course(); as c) {
      <tsu-card [heading]="'courseEditor.cover.title' | t" data-testid="cover-card">
        @if (notice(); as key) {
          <tsu-alert kind="success" data-testid="cover-notice">{{ key | t }}</tsu-alert>
        }
        @if (c.coverImage; as cover) {
          <img
            class="cover-preview"
            [tsuFileSrc]="cover.url"
            [alt]="'courseEditor.cover.preview' | t"
            data-testid="cover-preview"
          />
          <p class="meta" data-testid="cover-current">
            {{ 'courseEditor.cover.current' | t: { name: cover.filename, size: size(cover.sizeBytes) } }}
          </p>
        } @else {
          <p class="meta">{{ 'courseEditor.cover.none' | t }}</p>
        }
        <tsu-form-field
          fieldId="cover-file"
          testId="cover-file"
          [label]="'courseEditor.cover.choose' | t"
          [hint]="'courseEditor.cover.hint' | t: { max: maxMegabytes }"
          [error]="error()"
        >
          <tsu-file-picker
            [accept]="accept"
            [buttonLabel]="'courseEditor.files.chooseImage' | t"
            [disabled]="upload() !== null || store.pending()"
            testId="cover-file"
            (picked)="pick($event)"
          />
        </tsu-form-field>
        @if (upload() !== null) {
          <tsu-upload-progress [fraction]="upload() ?? 0" />
        }
        @if (c.coverImage) {
          <button
            type="button"
            class="tsu-button tsu-button--secondary"
            [disabled]="upload() !== null || store.pending()"
            (click)="remove()"
            data-testid="remove-cover"
          >
            {{ 'courseEditor.cover.remove' | t }}
          </button>
        }
      </tsu-card>
    }
  `,
})
export class CourseCoverCardComponent {
  protected readonly store = inject(CourseEditorStore);
  private readonly files = inject(CourseFilesService);
  private readonly i18n = inject(I18nService);

  /** Share of the upload sent so far; null when none is under way. */
  protected readonly upload = signal<number | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<TranslationKey | null>(null);
  protected readonly accept = acceptFor('cover');
  protected readonly maxMegabytes = COURSE_FILE_RULES.cover.maxMegabytes;

  protected size(bytes: number): string {
    return formatFileSize(bytes, this.i18n.locale());
  }

  /** Uploads the picked image and makes it the cover at once. */
  async pick(file: File): Promise<void> {
    const c = this.store.course();
    if (!c) return;
    this.error.set(null);
    this.notice.set(null);
    const problem = preflightCourseFile('cover', file);
    if (problem) {
      this.error.set(preflightText(this.i18n, problem, 'cover'));
      return;
    }
    this.upload.set(0);
    try {
      const uploaded = await this.files.upload(c.id, 'cover', file, (p) => this.upload.set(p));
      await this.store.setCover(uploaded.id);
      this.notice.set('courseEditor.cover.saved');
    } catch (error) {
      this.error.set(uploadErrorText(this.i18n, error));
    } finally {
      this.upload.set(null);
    }
  }

  async remove(): Promise<void> {
    this.error.set(null);
    this.notice.set(null);
    this.store.f.pending.set(true);
    try {
      await this.store.setCover(null);
      this.notice.set('courseEditor.cover.removed');
    } catch (error) {
      this.error.set(uploadErrorText(this.i18n, error));
    } finally {
      this.store.f.pending.set(false);
    }
  }
}
