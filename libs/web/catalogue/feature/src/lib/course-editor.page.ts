import {
  afterNextRender,
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
import { toSignal } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
} from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  COURSE_CATEGORIES,
  CourseEditorService,
  moveLesson,
  type EditorCourse,
  type EditorLesson,
} from '@tsunagu/web/catalogue/data-access';
import type { CourseCategory, CourseVisibility, LessonKind } from '@tsunagu/web/shared/data-access';
import { applyAppError, focusFirstInvalid, SessionStore, toAppError } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  EmptyStateComponent,
  FormFieldComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { formatDateTime, I18nService, TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';
import { editorErrorText, urlValidator } from './editor-errors';

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
    FormFieldComponent,
    TsuInputDirective,
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
  `,
  template: `
    <div class="tsu-page" data-testid="course-editor-page">
      <p>
        <a routerLink="/staff/courses">← {{ 'courseEditor.backToList' | t }}</a>
      </p>
      <h1>{{ (id() ? 'courseEditor.form.editTitle' : 'courseEditor.form.newTitle') | t }}</h1>

      @if (notice()) {
        <tsu-alert kind="success" data-testid="course-notice">{{ notice() }}</tsu-alert>
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
        </tsu-card>
      }

      @if (!id() && organisations().length === 0) {
        <tsu-alert kind="info">{{ 'courseEditor.form.noOrganisation' | t }}</tsu-alert>
      } @else {
        <tsu-card [heading]="(id() ? 'courseEditor.form.editTitle' : 'courseEditor.form.newTitle') | t">
          <form class="tsu-form" [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="course-form">
            @if (formError()) {
              <tsu-alert kind="error">{{ formError() }}</tsu-alert>
            }
            <tsu-form-field
              fieldId="course-title"
              testId="course-title"
              [label]="'courseEditor.form.title' | t"
              [required]="true"
              [error]="error(form.controls.title)"
            >
              <input tsuInput formControlName="title" maxlength="200" data-testid="course-title" />
            </tsu-form-field>
            <tsu-form-field
              fieldId="course-provider"
              [label]="'courseEditor.form.provider' | t"
              [required]="true"
              [error]="error(form.controls.providerOrganisationId)"
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
              [error]="error(form.controls.category)"
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
              [error]="error(form.controls.summary)"
            >
              <textarea tsuInput rows="2" formControlName="summary" data-testid="course-summary"></textarea>
            </tsu-form-field>
            <tsu-form-field
              fieldId="course-description"
              [label]="'courseEditor.form.description' | t"
              [hint]="'courseEditor.form.descriptionHint' | t"
              [error]="error(form.controls.description)"
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
              [error]="error(form.controls.audienceNotes)"
            >
              <input tsuInput formControlName="audienceNotes" data-testid="course-audience" />
            </tsu-form-field>
            <tsu-form-field
              fieldId="course-visibility"
              [label]="'courseEditor.form.visibility' | t"
              [error]="error(form.controls.visibility)"
            >
              <select tsuInput formControlName="visibility" data-testid="course-visibility">
                @for (v of visibilities; track v) {
                  <option [value]="v">{{ visibilityKey(v) | t }}</option>
                }
              </select>
            </tsu-form-field>
            <tsu-form-field
              fieldId="course-tags"
              [label]="'courseEditor.form.tags' | t"
              [hint]="'courseEditor.form.tagsHint' | t"
              [error]="error(form.controls.tags)"
            >
              <input tsuInput formControlName="tags" data-testid="course-tags" />
            </tsu-form-field>
            <tsu-form-field
              fieldId="course-cover"
              [label]="'courseEditor.form.coverImageUrl' | t"
              [error]="error(form.controls.coverImageUrl)"
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
          @if (lessonError()) {
            <tsu-alert kind="error">{{ lessonError() }}</tsu-alert>
          }
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
                  <div class="row-actions">
                    <button
                      type="button"
                      class="tsu-button tsu-button--ghost"
                      [disabled]="i === 0 || pending()"
                      (click)="move(i, -1)"
                      [attr.aria-label]="'courseEditor.lessons.moveUp' | t: { title: l.title }"
                    >
                      ↑ {{ 'courseEditor.lessons.up' | t }}
                    </button>
                    <button
                      type="button"
                      class="tsu-button tsu-button--ghost"
                      [disabled]="last || pending()"
                      (click)="move(i, 1)"
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
              [error]="lessonErrorText(lessonForm.controls.title)"
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
                [error]="lessonErrorText(lessonForm.controls.body)"
              >
                <textarea tsuInput rows="4" formControlName="body" data-testid="lesson-body"></textarea>
              </tsu-form-field>
            } @else {
              <tsu-form-field
                fieldId="lesson-url"
                [label]="'courseEditor.lessons.url' | t"
                [required]="true"
                [error]="lessonErrorText(lessonForm.controls.url)"
              >
                <input tsuInput type="url" inputmode="url" formControlName="url" data-testid="lesson-url" />
              </tsu-form-field>
            }
            <div class="row-actions">
              <button type="submit" class="tsu-button" [disabled]="pending()" data-testid="lesson-submit">
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
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Route parameter; absent on /staff/courses/new. */
  readonly id = input<string | undefined>(undefined);

  protected readonly categories = COURSE_CATEGORIES;
  protected readonly visibilities = VISIBILITIES;
  protected readonly lessonKinds = LESSON_KINDS;
  protected readonly course = signal<EditorCourse | null>(null);
  protected readonly pending = signal(false);
  protected readonly submitted = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly lessonError = signal<string | null>(null);
  protected readonly lessonSubmitted = signal(false);
  protected readonly editingLessonId = signal<string | null>(null);

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
  });
  private readonly formEvents = toSignal(this.form.events, { initialValue: null });
  private readonly lessonEvents = toSignal(this.lessonForm.events, { initialValue: null });

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

  protected error(control: AbstractControl): string | null {
    this.formEvents();
    this.i18n.locale();
    return editorErrorText(this.i18n, control, this.submitted() || control.touched);
  }

  protected lessonErrorText(control: AbstractControl): string | null {
    this.lessonEvents();
    this.i18n.locale();
    return editorErrorText(this.i18n, control, this.lessonSubmitted() || control.touched);
  }

  private async load(id: string): Promise<void> {
    try {
      const c = await this.service.course(id);
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
    } catch (error) {
      this.formError.set(toAppError(error).message || this.i18n.t('errors.UNKNOWN'));
    }
  }

  async save(): Promise<void> {
    this.submitted.set(true);
    this.formError.set(null);
    this.notice.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
      return;
    }
    this.pending.set(true);
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
    try {
      const id = this.id();
      if (id) {
        await this.service.updateCourse(id, fields);
        this.notice.set(this.i18n.t('courseEditor.form.saved'));
        await this.load(id);
      } else {
        const created = await this.service.createCourse({
          ...fields,
          providerOrganisationId: v.providerOrganisationId,
        });
        this.notice.set(this.i18n.t('courseEditor.form.created'));
        await this.router.navigate(['/staff/courses', created]);
      }
    } catch (error) {
      this.formError.set(applyAppError(this.form, toAppError(error), this.i18n));
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
    } finally {
      this.pending.set(false);
    }
  }

  async publish(publish: boolean): Promise<void> {
    const c = this.course();
    if (!c) return;
    await this.run(async () => {
      await (publish ? this.service.publish(c.id) : this.service.unpublish(c.id));
      this.notice.set(this.i18n.t(publish ? 'courseEditor.form.published' : 'courseEditor.form.unpublished'));
    }, this.formError);
  }

  protected editLesson(lesson: EditorLesson): void {
    this.editingLessonId.set(lesson.id);
    this.lessonForm.reset({
      title: lesson.title,
      kind: lesson.kind,
      body: lesson.body,
      url: lesson.url ?? '',
    });
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#lesson-title')?.focus(), {
      injector: this.injector,
    });
  }

  protected resetLesson(): void {
    this.editingLessonId.set(null);
    this.lessonSubmitted.set(false);
    this.lessonForm.reset({ title: '', kind: 'text', body: '', url: '' });
  }

  async saveLesson(): Promise<void> {
    const c = this.course();
    if (!c) return;
    this.lessonSubmitted.set(true);
    const v = this.lessonForm.getRawValue();
    if (v.kind !== 'text' && !v.url.trim()) this.lessonForm.controls.url.setErrors({ required: true });
    if (this.lessonForm.invalid) {
      this.lessonForm.markAllAsTouched();
      return;
    }
    const input = {
      title: v.title.trim(),
      kind: v.kind,
      body: v.kind === 'text' ? v.body : undefined,
      url: v.kind === 'text' ? undefined : v.url.trim(),
    };
    const editing = this.editingLessonId();
    await this.run(async () => {
      if (editing) await this.service.updateLesson(editing, input);
      else await this.service.addLesson({ ...input, courseId: c.id });
      this.resetLesson();
    }, this.lessonError);
  }

  async removeLesson(lesson: EditorLesson): Promise<void> {
    await this.run(() => this.service.removeLesson(lesson.id), this.lessonError);
  }

  async move(index: number, direction: -1 | 1): Promise<void> {
    const c = this.course();
    if (!c) return;
    const ids = moveLesson(
      c.lessons.map((l) => l.id),
      index,
      direction,
    );
    await this.run(() => this.service.reorderLessons(c.id, ids), this.lessonError);
  }

  /** Runs a change, reloads the course and shows a failure in the given alert. */
  private async run(
    change: () => Promise<void>,
    errorSignal: { set(value: string | null): void },
  ): Promise<void> {
    const c = this.course();
    if (!c) return;
    this.pending.set(true);
    errorSignal.set(null);
    try {
      await change();
      await this.load(c.id);
    } catch (error) {
      errorSignal.set(toAppError(error).message || this.i18n.t('errors.UNKNOWN'));
    } finally {
      this.pending.set(false);
    }
  }
}
