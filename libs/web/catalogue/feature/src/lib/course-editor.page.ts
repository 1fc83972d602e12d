import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
} from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { COURSE_FILE_RULES } from '@tsunagu/shared/domain';
import {
  acceptFor,
  COURSE_CATEGORIES,
  CourseEditorService,
  CourseFilesService,
  moveLesson,
  preflightCourseFile,
  type CourseFileInfo,
  type CourseFilePurpose,
  type EditorCourse,
  type EditorLesson,
  type FilePreflightProblem,
} from '@tsunagu/web/catalogue/data-access';
import { CoOrganisersFieldComponent, UploadProgressComponent } from '@tsunagu/web/catalogue/ui';
import type { CourseCategory, CourseVisibility, LessonKind } from '@tsunagu/web/shared/data-access';
import {
  FlashMessages,
  FormSupport,
  SessionStore,
  toAppError,
  type AppError,
} from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  attr,
  CardComponent,
  EmptyStateComponent,
  ErrorSummaryComponent,
  focusIfLost,
  FormFieldComponent,
  LoadErrorComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import {
  errorText,
  formatDateTime,
  formatFileSize,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@tsunagu/web/shared/util';
import { editorErrorText, urlValidator } from './editor-errors';
import { FileSrcDirective } from './file-src.directive';

const EDITOR_ROLES = ['staff', 'admin', 'company_admin'];
const VISIBILITIES: CourseVisibility[] = ['public', 'organisation', 'company_group'];
const LESSON_KINDS: LessonKind[] = ['text', 'link', 'file'];

/** Splits `リーダーシップ、託児あり, 全3回` into tags. */
export function parseTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,、，]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** /staff/courses/new and /staff/courses/:id: the course, its publication, lessons and sessions. */
@Component({
  selector: 'tsu-course-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    EmptyStateComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    LoadErrorComponent,
    TsuInputDirective,
    UploadProgressComponent,
    CoOrganisersFieldComponent,
    FileSrcDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
    }
    .rows {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
    }
    .rows > li {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--tsu-border-soft);
    }
    .row-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .row-head .name {
      flex: 1 1 12rem;
      font-weight: 700;
    }
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
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
    .attached {
      margin: 0 0 0.5rem;
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    /* The native file input says "Choose File" in the browser's language; a label in ours stands in
       for it, while the input itself stays in the tab order and announces the field. */
    .file-picker input[type='file'] {
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
    .file-picker input[type='file']:focus-visible + label {
      outline: 3px solid var(--tsu-focus);
      outline-offset: 2px;
    }
    .file-picker input[type='file']:disabled + label {
      opacity: 0.7;
      cursor: progress;
    }
    .file-picker label {
      cursor: pointer;
    }
    .copy-sessions {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: var(--tsu-touch);
      margin-bottom: 0.75rem;
    }
    .copy-sessions input {
      width: 1.25rem;
      height: 1.25rem;
    }
  `,
  template: `
    <div class="tsu-page" data-testid="course-editor-page">
      <p>
        <a routerLink="/staff/courses">← {{ 'courseEditor.backToList' | t }}</a>
      </p>
      <h1>{{ (id() ? 'courseEditor.form.editTitle' : 'courseEditor.form.newTitle') | t }}</h1>

      @if (notice()) {
        <tsu-alert kind="success" tabindex="-1" data-testid="course-notice">{{ notice() }}</tsu-alert>
      }
      @if (loadError(); as e) {
        <tsu-load-error [error]="e" (retry)="retryLoad()" />
      }

      @if (course(); as c) {
        <tsu-card [heading]="'courseEditor.form.statusLabel' | t">
          <div class="status">
            <strong data-testid="course-status">{{ statusKey(c.status) | t }}</strong>
            @if (c.status === 'draft') {
              <button
                type="button"
                class="tsu-button"
                (click)="publish(true)"
                [disabled]="pending()"
                data-testid="publish-course"
              >
                {{ 'courseEditor.form.publish' | t }}
              </button>
            } @else {
              <button
                type="button"
                class="tsu-button tsu-button--secondary"
                (click)="publish(false)"
                [disabled]="pending()"
                data-testid="unpublish-course"
              >
                {{ 'courseEditor.form.unpublish' | t }}
              </button>
              <a [routerLink]="['/seminars/courses', c.id]">{{ 'courseEditor.form.viewPublic' | t }}</a>
            }
          </div>
          @if (providerSide()) {
            <p class="meta">{{ 'courseEditor.copy.lead' | t }}</p>
            @if (c.sessions.length) {
              <label class="copy-sessions">
                <input
                  type="checkbox"
                  [checked]="copySessions()"
                  (change)="copySessions.set($any($event.target).checked)"
                  data-testid="copy-sessions"
                />
                {{ 'courseEditor.copy.sessions' | t }}
              </label>
            }
            <button
              type="button"
              class="tsu-button tsu-button--secondary"
              (click)="copy()"
              [disabled]="pending()"
              data-testid="copy-course"
            >
              {{ 'courseEditor.copy.button' | t }}
            </button>
          }
        </tsu-card>

        <tsu-card [heading]="'courseEditor.cover.title' | t" data-testid="cover-card">
          @if (coverNotice(); as key) {
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
            [hint]="'courseEditor.cover.hint' | t: { max: coverMaxMegabytes }"
            [error]="coverError()"
          >
            <div class="file-picker">
              <input
                tsuInput
                type="file"
                [accept]="coverAccept"
                [disabled]="coverUpload() !== null || pending()"
                (change)="pickCover($event)"
                data-testid="cover-file"
              />
              <label class="tsu-button tsu-button--secondary" for="cover-file">{{
                'courseEditor.files.chooseImage' | t
              }}</label>
            </div>
          </tsu-form-field>
          @if (coverUpload() !== null) {
            <tsu-upload-progress [fraction]="coverUpload() ?? 0" />
          }
          @if (c.coverImage) {
            <button
              type="button"
              class="tsu-button tsu-button--secondary"
              [disabled]="coverUpload() !== null || pending()"
              (click)="removeCover()"
              data-testid="remove-cover"
            >
              {{ 'courseEditor.cover.remove' | t }}
            </button>
          }
        </tsu-card>
      }

      @if (!id() && organisations().length === 0) {
        <tsu-alert kind="info">{{ 'courseEditor.form.noOrganisation' | t }}</tsu-alert>
      } @else if (!loadError()) {
        <tsu-card [heading]="(id() ? 'courseEditor.form.editTitle' : 'courseEditor.form.newTitle') | t">
          <form class="tsu-form" [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="course-form">
            <tsu-error-summary [for]="f" />
            <tsu-form-field
              fieldId="course-title"
              testId="course-title"
              [label]="'courseEditor.form.title' | t"
              [required]="true"
              [error]="f.error(form.controls.title)"
            >
              <input tsuInput formControlName="title" maxlength="200" data-testid="course-title" />
            </tsu-form-field>
            <tsu-form-field
              fieldId="course-provider"
              [label]="'courseEditor.form.provider' | t"
              [required]="true"
              [error]="f.error(form.controls.providerOrganisationId)"
            >
              <select tsuInput formControlName="providerOrganisationId" data-testid="course-provider">
                @for (o of providerOptions(); track o.id) {
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
              [organisations]="allOrganisations()"
              [providerId]="form.controls.providerOrganisationId.value || null"
              [selected]="coOrganiserIds()"
              [editable]="providerSide() || !id()"
              (selectedChange)="coOrganiserIds.set($event)"
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
              [disabled]="pending()"
              data-testid="course-submit"
            >
              {{
                (pending()
                  ? 'courseEditor.form.saving'
                  : id()
                    ? 'courseEditor.form.save'
                    : 'courseEditor.form.createSubmit'
                ) | t
              }}
            </button>
          </form>
        </tsu-card>
      }

      @if (course(); as c) {
        <tsu-card [heading]="'courseEditor.sessions.title' | t">
          @if (c.sessions.length === 0) {
            <tsu-empty-state [message]="'courseEditor.sessions.empty' | t" />
          } @else {
            <ul class="rows" data-testid="course-sessions">
              @for (s of c.sessions; track s.id) {
                <li class="row-head">
                  <span class="name">{{ s.title || ('courseEditor.sessions.untitled' | t) }}</span>
                  @if (s.meetings[0]; as first) {
                    <span class="meta">{{ dateTime(first.startsAt) }}</span>
                  }
                  @if (s.status === 'cancelled') {
                    <span class="meta">{{ 'courseEditor.sessions.cancelled' | t }}</span>
                  }
                  <a
                    [routerLink]="['/staff/sessions', s.id, 'edit']"
                    [attr.aria-label]="'courseEditor.sessions.editLabel' | t: { title: s.title }"
                    >{{ 'courseEditor.sessions.edit' | t }}</a
                  >
                </li>
              }
            </ul>
          }
          <a
            class="tsu-button tsu-button--secondary"
            [routerLink]="['/staff/courses', c.id, 'sessions', 'new']"
            data-testid="add-session"
          >
            {{ 'courseEditor.sessions.add' | t }}
          </a>
        </tsu-card>

        <tsu-card [heading]="'courseEditor.lessons.title' | t">
          <tsu-error-summary [for]="lesson" />
          @if (c.lessons.length === 0) {
            <tsu-empty-state [message]="'courseEditor.lessons.empty' | t" />
          } @else {
            <ol class="rows" data-testid="editor-lessons">
              @for (l of c.lessons; track l.id; let i = $index, last = $last) {
                <li>
                  <div class="row-head">
                    <span class="name">{{ l.title }}</span>
                    <span class="meta">{{ lessonKindKey(l.kind) | t }}</span>
                  </div>
                  @if (l.file; as f) {
                    <p class="meta" [attr.data-testid]="'editor-lesson-file-' + l.id">
                      {{ 'courseEditor.lessons.attached' | t: { name: f.filename, size: size(f.sizeBytes) } }}
                    </p>
                  }
                  <div class="row-actions">
                    <button
                      type="button"
                      class="tsu-button tsu-button--ghost"
                      [disabled]="i === 0 || pending()"
                      (click)="move(i, -1)"
                      [attr.data-move-lesson]="l.id"
                      data-direction="-1"
                      [attr.aria-label]="'courseEditor.lessons.moveUp' | t: { title: l.title }"
                    >
                      ↑ {{ 'courseEditor.lessons.up' | t }}
                    </button>
                    <button
                      type="button"
                      class="tsu-button tsu-button--ghost"
                      [disabled]="last || pending()"
                      (click)="move(i, 1)"
                      [attr.data-move-lesson]="l.id"
                      data-direction="1"
                      [attr.aria-label]="'courseEditor.lessons.moveDown' | t: { title: l.title }"
                    >
                      ↓ {{ 'courseEditor.lessons.down' | t }}
                    </button>
                    <button
                      type="button"
                      class="tsu-button tsu-button--ghost"
                      (click)="editLesson(l)"
                      [attr.aria-label]="'courseEditor.lessons.editLabel' | t: { title: l.title }"
                    >
                      {{ 'courseEditor.lessons.edit' | t }}
                    </button>
                    <button
                      type="button"
                      class="tsu-button tsu-button--ghost"
                      [disabled]="pending()"
                      (click)="removeLesson(l)"
                      [attr.aria-label]="'courseEditor.lessons.removeLabel' | t: { title: l.title }"
                    >
                      {{ 'courseEditor.lessons.remove' | t }}
                    </button>
                  </div>
                </li>
              }
            </ol>
          }
          <form
            class="tsu-form"
            [formGroup]="lessonForm"
            (ngSubmit)="saveLesson()"
            novalidate
            data-testid="lesson-form"
          >
            <h3>{{ (editingLessonId() ? 'courseEditor.lessons.edit' : 'courseEditor.lessons.add') | t }}</h3>
            <tsu-form-field
              fieldId="lesson-title"
              [label]="'courseEditor.lessons.lessonTitle' | t"
              [required]="true"
              [error]="lesson.error(lessonForm.controls.title)"
            >
              <input tsuInput formControlName="title" data-testid="lesson-title" />
            </tsu-form-field>
            <tsu-form-field fieldId="lesson-kind" [label]="'courseEditor.lessons.kind' | t">
              <select tsuInput formControlName="kind" data-testid="lesson-kind">
                @for (k of lessonKinds; track k) {
                  <option [value]="k">{{ lessonKindKey(k) | t }}</option>
                }
              </select>
            </tsu-form-field>
            @if (lessonForm.controls.kind.value === 'text') {
              <tsu-form-field
                fieldId="lesson-body"
                [label]="'courseEditor.lessons.body' | t"
                [error]="lesson.error(lessonForm.controls.body)"
              >
                <textarea tsuInput rows="4" formControlName="body" data-testid="lesson-body"></textarea>
              </tsu-form-field>
            } @else if (lessonForm.controls.kind.value === 'file') {
              <tsu-form-field
                fieldId="lesson-file"
                testId="lesson-file"
                [label]="'courseEditor.lessons.file' | t"
                [hint]="'courseEditor.lessons.fileHint' | t: { max: lessonMaxMegabytes }"
                [error]="lesson.error(lessonForm.controls.fileId)"
              >
                @if (lessonFile(); as f) {
                  <p class="attached" data-testid="lesson-file-attached">
                    {{ 'courseEditor.lessons.attached' | t: { name: f.filename, size: size(f.sizeBytes) } }}
                  </p>
                }
                <div class="file-picker">
                  <input
                    tsuInput
                    type="file"
                    [accept]="lessonAccept"
                    [disabled]="lessonUpload() !== null"
                    (change)="pickLessonFile($event)"
                    data-testid="lesson-file"
                  />
                  <label class="tsu-button tsu-button--secondary" for="lesson-file">{{
                    'courseEditor.files.choose' | t
                  }}</label>
                </div>
              </tsu-form-field>
              @if (lessonUpload() !== null) {
                <tsu-upload-progress [fraction]="lessonUpload() ?? 0" />
              }
              @if (lessonFile()) {
                <p>
                  <button
                    type="button"
                    class="tsu-button tsu-button--ghost"
                    (click)="removeLessonFile()"
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
                  [error]="lesson.error(lessonForm.controls.url)"
                >
                  <input tsuInput type="url" inputmode="url" formControlName="url" data-testid="lesson-url" />
                </tsu-form-field>
              }
            } @else {
              <tsu-form-field
                fieldId="lesson-url"
                [label]="'courseEditor.lessons.url' | t"
                [required]="true"
                [error]="lesson.error(lessonForm.controls.url)"
              >
                <input tsuInput type="url" inputmode="url" formControlName="url" data-testid="lesson-url" />
              </tsu-form-field>
            }
            <div class="row-actions">
              <button
                type="submit"
                class="tsu-button"
                [disabled]="pending() || lessonUpload() !== null"
                data-testid="lesson-submit"
              >
                {{ (editingLessonId() ? 'courseEditor.lessons.save' : 'courseEditor.lessons.add') | t }}
              </button>
              @if (editingLessonId()) {
                <button type="button" class="tsu-button tsu-button--secondary" (click)="resetLesson()">
                  {{ 'courseEditor.lessons.cancel' | t }}
                </button>
              }
            </div>
          </form>
        </tsu-card>
      }
    </div>
  `,
})
export class CourseEditorPage {
  private readonly service = inject(CourseEditorService);
  private readonly files = inject(CourseFilesService);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashMessages);
  protected readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  /** Route parameter; absent on /staff/courses/new. */
  readonly id = input<string | undefined>(undefined);

  protected readonly categories = COURSE_CATEGORIES;
  protected readonly visibilities = VISIBILITIES;
  protected readonly lessonKinds = LESSON_KINDS;
  protected readonly course = signal<EditorCourse | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** The course could not be loaded: the form stays hidden rather than empty. */
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly editingLessonId = signal<string | null>(null);
  /** The uploaded file the lesson form holds (its id is the form's `fileId`). */
  protected readonly lessonFile = signal<CourseFileInfo | null>(null);
  /** Share of an upload sent so far; null when none is under way. */
  protected readonly lessonUpload = signal<number | null>(null);
  protected readonly coverUpload = signal<number | null>(null);
  protected readonly coverError = signal<string | null>(null);
  protected readonly coverNotice = signal<TranslationKey | null>(null);
  protected readonly lessonAccept = acceptFor('lesson');
  protected readonly coverAccept = acceptFor('cover');
  protected readonly lessonMaxMegabytes = COURSE_FILE_RULES.lesson.maxMegabytes;
  protected readonly coverMaxMegabytes = COURSE_FILE_RULES.cover.maxMegabytes;

  /** Every organisation, to name co-organisers from. */
  protected readonly allOrganisations = signal<{ id: string; name: string }[]>([]);
  protected readonly coOrganiserIds = signal<string[]>([]);
  /** She edits on the provider's side (not as a co-organiser): she may copy it and name co-organisers. */
  protected readonly providerSide = computed(() => {
    const c = this.course();
    if (!c) return false;
    return (this.session.user()?.memberships ?? []).some(
      (m) => m.role === 'admin' || (m.organisation.id === c.provider.id && EDITOR_ROLES.includes(m.role)),
    );
  });

  /** Organisations where she may create courses. */
  protected readonly organisations = computed(() => {
    const byId = new Map<string, { id: string; name: string }>();
    for (const m of this.session.user()?.memberships ?? [])
      if (EDITOR_ROLES.includes(m.role))
        byId.set(m.organisation.id, { id: m.organisation.id, name: m.organisation.name });
    return [...byId.values()];
  });
  protected readonly providerOptions = computed(() => {
    const c = this.course();
    const own = this.organisations();
    return c && !own.some((o) => o.id === c.provider.id) ? [c.provider, ...own] : own;
  });

  readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    providerOrganisationId: ['', Validators.required],
    category: ['leadership' as CourseCategory, Validators.required],
    summary: ['', Validators.maxLength(500)],
    description: ['', Validators.maxLength(20000)],
    audienceNotes: ['', Validators.maxLength(500)],
    visibility: ['public' as CourseVisibility],
    tags: [''],
    coverImageUrl: ['', urlValidator],
  });
  readonly lessonForm = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    kind: ['text' as LessonKind],
    body: [''],
    url: ['', urlValidator],
    fileId: [''],
  });
  private readonly message = (control: AbstractControl, show: boolean) =>
    editorErrorText(this.i18n, control, show);
  protected readonly f = new FormSupport(this.form, this.message);
  protected readonly lesson = new FormSupport(this.lessonForm, this.message);
  /** One request at a time on this page, whichever part started it. */
  protected readonly pending = computed(() => this.f.pending() || this.lesson.pending());

  constructor() {
    effect(() => {
      const first = this.organisations()[0];
      if (first && !this.form.controls.providerOrganisationId.value && !this.id())
        this.form.controls.providerOrganisationId.setValue(first.id);
    });
    effect(() => {
      const id = this.id();
      if (id) void this.load(id);
    });
    void this.service.organisations().then(
      (list) => this.allOrganisations.set(list.map((o) => ({ id: o.id, name: o.name }))),
      () => this.allOrganisations.set([]),
    );
  }

  protected statusKey(status: string): TranslationKey {
    return `courseEditor.status.${status}` as TranslationKey;
  }
  protected categoryKey(c: string): TranslationKey {
    return `catalogue.categories.${c}` as TranslationKey;
  }
  protected visibilityKey(v: string): TranslationKey {
    return `courseEditor.visibility.${v}` as TranslationKey;
  }
  protected lessonKindKey(k: string): TranslationKey {
    return `courseEditor.lessons.kinds.${k}` as TranslationKey;
  }
  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }
  protected size(bytes: number): string {
    return formatFileSize(bytes, this.i18n.locale());
  }

  private async load(id: string): Promise<void> {
    try {
      const c = await this.service.course(id);
      // She may have moved on to another course (a copy opens at once): an answer for the one she
      // left must not overwrite the page.
      if (this.id() !== id) return;
      this.course.set(c);
      this.form.reset({
        title: c.title,
        providerOrganisationId: c.provider.id,
        category: c.category,
        summary: c.summary,
        description: c.description,
        audienceNotes: c.audienceNotes,
        visibility: c.visibility,
        tags: c.tags.join(', '),
        coverImageUrl: c.coverImageUrl ?? '',
      });
      this.form.controls.providerOrganisationId.disable();
      this.coOrganiserIds.set(c.coOrganisers.map((o) => o.id));
      this.loadError.set(null);
    } catch (error) {
      if (this.id() === id) this.loadError.set(toAppError(error));
    }
  }

  protected retryLoad(): void {
    const id = this.id();
    if (id) void this.load(id);
  }

  /** The element with this test id, for focus after an action (see focusIfLost). */
  private byTestId(testId: string): () => HTMLElement | null {
    return () => this.host.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  }

  async save(): Promise<void> {
    this.notice.set(null);
    if (!this.f.start()) return;
    const v = this.form.getRawValue();
    const fields = {
      title: v.title.trim(),
      category: v.category,
      summary: v.summary.trim(),
      description: v.description,
      audienceNotes: v.audienceNotes.trim(),
      visibility: v.visibility,
      tags: parseTags(v.tags),
      coverImageUrl: v.coverImageUrl.trim() || null,
    };
    const id = this.id();
    if (id) {
      const changes = this.providerSide() ? { ...fields, coOrganiserIds: this.coOrganiserIds() } : fields;
      const saved = await this.f.run(() => this.service.updateCourse(id, changes).then(() => true));
      if (!saved) return;
      this.notice.set(this.i18n.t('courseEditor.form.saved'));
      await this.load(id);
    } else {
      const created = await this.f.run(() =>
        this.service.createCourse({
          ...fields,
          providerOrganisationId: v.providerOrganisationId,
          coOrganiserIds: this.coOrganiserIds(),
        }),
      );
      if (!created) return;
      // Said on the new course's page (another component instance), where focus goes to it.
      this.flash.showAfterNavigation({ key: 'courseEditor.form.created' });
      await this.router.navigate(['/staff/courses', created]);
    }
  }

  /** The course as the API has it now, without touching what she is typing in the form. */
  private async refreshCourse(id: string): Promise<EditorCourse> {
    const c = await this.service.course(id);
    this.course.set(c);
    return c;
  }

  private preflightText(problem: FilePreflightProblem, purpose: CourseFilePurpose): string {
    if (problem.key === 'tooLarge')
      return this.i18n.t('courseEditor.files.tooLarge', { max: problem.maxMegabytes });
    return this.i18n.t(
      purpose === 'cover' ? 'courseEditor.files.coverType' : 'courseEditor.files.lessonType',
    );
  }

  /** The words for a failed upload: the API's message for the file, else its general one. */
  private uploadErrorText(error: unknown): string {
    const e = toAppError(error);
    return e.fields?.['file'] ?? errorText(this.i18n, e);
  }

  /** The file picked from the input, which is emptied so the same file can be picked again. */
  private takeFile(event: Event): File | null {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    input.value = '';
    return file;
  }

  /** Uploads the picked file at once; the lesson takes it when saved. */
  async pickLessonFile(event: Event): Promise<void> {
    const file = this.takeFile(event);
    const c = this.course();
    if (!file || !c) return;
    const control = this.lessonForm.controls.fileId;
    const showError = (message: string) => {
      control.setErrors({ server: message });
      control.markAsTouched();
    };
    const problem = preflightCourseFile('lesson', file);
    if (problem) return showError(this.preflightText(problem, 'lesson'));
    this.lessonUpload.set(0);
    try {
      const uploaded = await this.files.upload(c.id, 'lesson', file, (p) => this.lessonUpload.set(p));
      this.lessonFile.set(uploaded);
      control.setValue(uploaded.id);
      this.lessonForm.controls.url.setValue('');
    } catch (error) {
      showError(this.uploadErrorText(error));
    } finally {
      this.lessonUpload.set(null);
    }
  }

  protected removeLessonFile(): void {
    this.lessonFile.set(null);
    this.lessonForm.controls.fileId.setValue('');
  }

  /** Uploads the picked image and makes it the cover at once. */
  async pickCover(event: Event): Promise<void> {
    const file = this.takeFile(event);
    const c = this.course();
    if (!file || !c) return;
    this.coverError.set(null);
    this.coverNotice.set(null);
    const problem = preflightCourseFile('cover', file);
    if (problem) {
      this.coverError.set(this.preflightText(problem, 'cover'));
      return;
    }
    this.coverUpload.set(0);
    try {
      const uploaded = await this.files.upload(c.id, 'cover', file, (p) => this.coverUpload.set(p));
      await this.service.updateCourse(c.id, { coverFileId: uploaded.id });
      await this.refreshCourse(c.id);
      this.coverNotice.set('courseEditor.cover.saved');
    } catch (error) {
      this.coverError.set(this.uploadErrorText(error));
    } finally {
      this.coverUpload.set(null);
    }
  }

  async removeCover(): Promise<void> {
    const c = this.course();
    if (!c) return;
    this.coverError.set(null);
    this.coverNotice.set(null);
    this.f.pending.set(true);
    try {
      await this.service.updateCourse(c.id, { coverFileId: null });
      await this.refreshCourse(c.id);
      this.coverNotice.set('courseEditor.cover.removed');
    } catch (error) {
      this.coverError.set(this.uploadErrorText(error));
    } finally {
      this.f.pending.set(false);
    }
  }

  /** Whether a copy takes the sessions along, a year later on the same weekdays (364 days). */
  protected readonly copySessions = signal(true);

  /** A draft copy (for next term), opened at once. */
  async copy(): Promise<void> {
    const c = this.course();
    if (!c) return;
    await this.run(async () => {
      const copyId = await this.service.copyCourse(
        c.id,
        this.copySessions() && c.sessions.length ? 364 : null,
      );
      await this.router.navigate(['/staff/courses', copyId]);
      this.notice.set(this.i18n.t('courseEditor.copy.done', { title: c.title }));
    }, this.f.formError);
  }

  async publish(publish: boolean): Promise<void> {
    const c = this.course();
    if (!c) return;
    await this.run(async () => {
      await (publish ? this.service.publish(c.id) : this.service.unpublish(c.id));
      this.notice.set(this.i18n.t(publish ? 'courseEditor.form.published' : 'courseEditor.form.unpublished'));
    }, this.f.formError);
    // The button she pressed is now the other one: the notice says what happened.
    focusIfLost(this.injector, this.byTestId('course-notice'), this.byTestId('course-status'));
  }

  protected editLesson(lesson: EditorLesson): void {
    this.editingLessonId.set(lesson.id);
    this.lessonFile.set(lesson.file ?? null);
    this.lessonForm.reset({
      title: lesson.title,
      kind: lesson.kind,
      body: lesson.body,
      url: lesson.url ?? '',
      fileId: lesson.file?.id ?? '',
    });
    this.f.focusAfterRender('#lesson-title');
  }

  protected resetLesson(): void {
    this.editingLessonId.set(null);
    this.lesson.reset();
    this.lessonFile.set(null);
    this.lessonForm.reset({ title: '', kind: 'text', body: '', url: '', fileId: '' });
  }

  async saveLesson(): Promise<void> {
    const c = this.course();
    if (!c) return;
    // Messages set by hand (a failed upload, "file or URL") are stale now: check afresh.
    this.lessonForm.controls.fileId.updateValueAndValidity();
    const v = this.lessonForm.getRawValue();
    const withFile = v.kind === 'file' && !!v.fileId;
    if (v.kind === 'link' && !v.url.trim()) this.lessonForm.controls.url.setErrors({ required: true });
    if (v.kind === 'file' && !withFile && !v.url.trim())
      this.lessonForm.controls.fileId.setErrors({ fileOrUrl: true });
    if (!this.lesson.start()) return;
    // A file lesson has its uploaded file or a URL; no other kind has a file.
    const input = {
      title: v.title.trim(),
      kind: v.kind,
      body: v.kind === 'text' ? v.body : undefined,
      url: v.kind === 'text' ? undefined : withFile ? null : v.url.trim(),
      fileId: withFile ? v.fileId : null,
    };
    const editing = this.editingLessonId();
    const saved = await this.lesson.run(async () => {
      if (editing) await this.service.updateLesson(editing, input);
      else await this.service.addLesson({ ...input, courseId: c.id });
      return true;
    });
    if (!saved) return;
    this.resetLesson();
    await this.refreshCourse(c.id);
  }

  async removeLesson(lesson: EditorLesson): Promise<void> {
    await this.run(() => this.service.removeLesson(lesson.id), this.lesson.formError);
    focusIfLost(this.injector, this.byTestId('editor-lessons'), this.byTestId('lesson-title'));
  }

  async move(index: number, direction: -1 | 1): Promise<void> {
    const c = this.course();
    if (!c) return;
    const ids = moveLesson(
      c.lessons.map((l) => l.id),
      index,
      direction,
    );
    await this.run(() => this.service.reorderLessons(c.id, ids), this.lesson.formError);
    // Moved to an end, the arrow she pressed is disabled: the other one of the same lesson then.
    const buttons = () =>
      Array.from(
        this.host.querySelectorAll<HTMLButtonElement>(attr('data-move-lesson', ids[index + direction] ?? '')),
      );
    focusIfLost(
      this.injector,
      () => buttons().find((b) => b.dataset['direction'] === String(direction)) ?? null,
      () => buttons().find((b) => b.dataset['direction'] !== String(direction)) ?? null,
    );
  }

  /** Runs a change, reloads the course and shows a failure in the given alert. */
  private async run(
    change: () => Promise<void>,
    errorSignal: { set(value: string | null): void },
  ): Promise<void> {
    const c = this.course();
    if (!c) return;
    this.f.pending.set(true);
    errorSignal.set(null);
    try {
      await change();
      // The course on the page now: a copy navigates to itself before this reload.
      await this.load(this.id() ?? c.id);
    } catch (error) {
      errorSignal.set(errorText(this.i18n, toAppError(error)));
    } finally {
      this.f.pending.set(false);
    }
  }
}
