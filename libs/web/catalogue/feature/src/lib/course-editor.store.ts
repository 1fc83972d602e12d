import { computed, effect, inject, Injectable, signal } from '@angular/core';
import { NonNullableFormBuilder, type AbstractControl } from '@angular/forms';
import { Router } from '@angular/router';
import {
  CourseEditorService,
  moveLesson,
  type CourseFileInfo,
  type EditorCourse,
  type EditorLesson,
} from '@tsunagu/web/catalogue/data-access';
import {
  FlashMessages,
  FormSupport,
  loadOnChange,
  SessionStore,
  toAppError,
} from '@tsunagu/web/shared/data-access';
import { CATALOGUE_PATHS, errorText, I18nService } from '@tsunagu/web/shared/util';
import {
  courseChanges,
  courseForm,
  courseFormValue,
  EMPTY_LESSON,
  lessonForm,
  lessonInput,
  type CourseFormValue,
} from './course-editor-forms';
import { editorErrorText } from './editor-errors';

const EDITOR_ROLES = ['staff', 'admin', 'company_admin'];

/**
 * The course editor's state, provided by the page and shared by its cards: the course as the API has it,
 * her unsaved edits in the course form, the lesson she is writing, and the operations on them. One
 * request runs at a time (`pending`), whichever card started it.
 *
 * What she has typed and not saved survives every operation but saving: publishing, reordering or
 * removing a lesson, a new cover or a saved lesson bring the course's new state, and only the form's
 * fields she has not touched follow it.
 */
@Injectable()
export class CourseEditorStore {
  private readonly service = inject(CourseEditorService);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashMessages);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The course open; undefined on /staff/courses/new. */
  readonly id = signal<string | undefined>(undefined);
  readonly course = signal<EditorCourse | null>(null);
  readonly notice = signal<string | null>(null);
  /** The route's course id, given by the page (`follow`). */
  private readonly routeId = signal<() => string | undefined>(() => undefined);
  /**
   * The course's loads: opened afresh whenever the route's id changes (never on a language switch),
   * and again after a save or a change (`opened: false` keeps her unsaved edits).
   */
  private readonly query = loadOnChange(
    () => {
      const id = this.routeId()();
      return id ? { id, opened: true } : null;
    },
    ({ id, opened }: { id: string; opened: boolean }) => this.fetch(id, opened),
  );
  /** The course could not be loaded: the form stays hidden rather than empty. */
  readonly loadError = this.query.error;

  readonly form = courseForm(this.fb);
  readonly lessonForm = lessonForm(this.fb);
  private readonly message = (control: AbstractControl, show: boolean) =>
    editorErrorText(this.i18n, control, show);
  readonly f = new FormSupport(this.form, this.message);
  readonly lesson = new FormSupport(this.lessonForm, this.message);
  readonly pending = computed(() => this.f.pending() || this.lesson.pending());

  /** Every organisation, to name co-organisers from. */
  readonly allOrganisations = signal<{ id: string; name: string }[]>([]);
  readonly coOrganiserIds = signal<string[]>([]);
  /** She changed the co-organisers since the course was loaded or saved. */
  private coOrganisersEdited = false;
  /** Whether a copy takes the sessions along, a year later on the same weekdays (364 days). */
  readonly copySessions = signal(true);

  readonly editingLessonId = signal<string | null>(null);
  /** The uploaded file the lesson form holds (its id is the form's `fileId`). */
  readonly lessonFile = signal<CourseFileInfo | null>(null);

  /** She edits on the provider's side (not as a co-organiser): she may copy it and name co-organisers. */
  readonly providerSide = computed(() => {
    const c = this.course();
    if (!c) return false;
    return (this.session.user()?.memberships ?? []).some(
      (m) => m.role === 'admin' || (m.organisation.id === c.provider.id && EDITOR_ROLES.includes(m.role)),
    );
  });
  /** Organisations where she may create courses. */
  readonly organisations = computed(() => {
    const byId = new Map<string, { id: string; name: string }>();
    for (const m of this.session.user()?.memberships ?? [])
      if (EDITOR_ROLES.includes(m.role))
        byId.set(m.organisation.id, { id: m.organisation.id, name: m.organisation.name });
    return [...byId.values()];
  });
  readonly providerOptions = computed(() => {
    const c = this.course();
    const own = this.organisations();
    return c && !own.some((o) => o.id === c.provider.id) ? [c.provider, ...own] : own;
  });

  constructor() {
    effect(() => {
      const first = this.organisations()[0];
      if (first && !this.form.controls.providerOrganisationId.value && !this.id())
        this.form.controls.providerOrganisationId.setValue(first.id);
    });
    void this.service.organisations().then(
      (list) => this.allOrganisations.set(list.map((o) => ({ id: o.id, name: o.name }))),
      () => this.allOrganisations.set([]),
    );
  }

  /** Follows the route's course id (undefined for a new one): each is loaded afresh, filling the form. */
  follow(id: () => string | undefined): void {
    this.routeId.set(id);
  }

  retryLoad(): void {
    const id = this.id();
    if (id) void this.load(id, true);
  }

  setCoOrganisers(ids: string[]): void {
    this.coOrganiserIds.set(ids);
    this.coOrganisersEdited = true;
  }

  /**
   * The course as the API has it now. `opened`: the form takes every field (a course just opened or
   * saved); otherwise her unsaved edits stay. False when she has moved on to another course (a copy
   * opens at once): an answer for the one she left must not overwrite the page.
   */
  private async refresh(id: string, opened: boolean): Promise<boolean> {
    const c = await this.service.course(id);
    if (this.id() !== id) return false;
    const fresh = opened || this.course()?.id !== c.id;
    this.course.set(c);
    const value = courseFormValue(c);
    if (fresh) {
      this.form.reset(value);
      this.coOrganisersEdited = false;
    } else {
      const untouched = (Object.keys(value) as (keyof CourseFormValue)[]).filter(
        (name) => !this.form.controls[name].dirty,
      );
      this.form.patchValue(Object.fromEntries(untouched.map((name) => [name, value[name]])));
    }
    if (!this.coOrganisersEdited) this.coOrganiserIds.set(c.coOrganisers.map((o) => o.id));
    this.form.controls.providerOrganisationId.disable();
    return true;
  }

  private async fetch(id: string, opened: boolean): Promise<boolean> {
    this.id.set(id);
    return this.refresh(id, opened);
  }

  /** Loads the course through the query, whose error the page shows. */
  private load(id: string, opened = false): Promise<void> {
    return this.query.load({ id, opened });
  }

  async save(): Promise<void> {
    this.notice.set(null);
    if (!this.f.start()) return;
    const v = this.form.getRawValue();
    const fields = courseChanges(v);
    const id = this.id();
    if (id) {
      const changes = this.providerSide() ? { ...fields, coOrganiserIds: this.coOrganiserIds() } : fields;
      const saved = await this.f.run(() => this.service.updateCourse(id, changes).then(() => true));
      if (!saved) return;
      this.notice.set(this.i18n.t('courseEditor.form.saved'));
      await this.load(id, true);
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
      await this.router.navigateByUrl(CATALOGUE_PATHS.editCourse.link({ id: created }));
    }
  }

  /** A draft copy (for next term), opened at once. */
  async copy(): Promise<void> {
    const c = this.course();
    if (!c) return;
    await this.change(async () => {
      const copyId = await this.service.copyCourse(
        c.id,
        this.copySessions() && c.sessions.length ? 364 : null,
      );
      await this.router.navigateByUrl(CATALOGUE_PATHS.editCourse.link({ id: copyId }));
      this.notice.set(this.i18n.t('courseEditor.copy.done', { title: c.title }));
    }, this.f.formError);
  }

  async publish(publish: boolean): Promise<void> {
    const c = this.course();
    if (!c) return;
    await this.change(async () => {
      await (publish ? this.service.publish(c.id) : this.service.unpublish(c.id));
      this.notice.set(this.i18n.t(publish ? 'courseEditor.form.published' : 'courseEditor.form.unpublished'));
    }, this.f.formError);
  }

  /** Makes an uploaded image the cover (null: none). Throws on refusal, for the cover card to say. */
  async setCover(fileId: string | null): Promise<void> {
    const c = this.course();
    if (!c) return;
    await this.service.updateCourse(c.id, { coverFileId: fileId });
    await this.refresh(c.id, false);
  }

  editLesson(lesson: EditorLesson): void {
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

  resetLesson(): void {
    this.editingLessonId.set(null);
    this.lesson.reset();
    this.lessonFile.set(null);
    this.lessonForm.reset(EMPTY_LESSON);
  }

  attachLessonFile(file: CourseFileInfo | null): void {
    this.lessonFile.set(file);
    this.lessonForm.controls.fileId.setValue(file?.id ?? '');
    if (file) this.lessonForm.controls.url.setValue('');
  }

  async saveLesson(): Promise<void> {
    const c = this.course();
    if (!c) return;
    const controls = this.lessonForm.controls;
    // Messages set by hand (a failed upload, "file or URL") are stale now: check afresh.
    controls.fileId.updateValueAndValidity();
    const v = this.lessonForm.getRawValue();
    if (v.kind === 'link' && !v.url.trim()) controls.url.setErrors({ required: true });
    if (v.kind === 'file' && !v.fileId && !v.url.trim()) controls.fileId.setErrors({ fileOrUrl: true });
    if (!this.lesson.start()) return;
    const input = lessonInput(v);
    const editing = this.editingLessonId();
    const saved = await this.lesson.run(async () => {
      if (editing) await this.service.updateLesson(editing, input);
      else await this.service.addLesson({ ...input, courseId: c.id });
      return true;
    });
    if (!saved) return;
    this.resetLesson();
    await this.refresh(c.id, false);
  }

  async removeLesson(lesson: EditorLesson): Promise<void> {
    await this.change(() => this.service.removeLesson(lesson.id), this.lesson.formError);
  }

  /** Moves the lesson at `index` one place; returns the new order of lesson ids. */
  async moveLesson(index: number, direction: -1 | 1): Promise<string[]> {
    const c = this.course();
    if (!c) return [];
    const ids = moveLesson(
      c.lessons.map((l) => l.id),
      index,
      direction,
    );
    await this.change(() => this.service.reorderLessons(c.id, ids), this.lesson.formError);
    return ids;
  }

  /** Runs a change, brings the course up to date (keeping her edits) and shows a failure in the given alert. */
  private async change(
    request: () => Promise<void>,
    errorSignal: { set(value: string | null): void },
  ): Promise<void> {
    const c = this.course();
    if (!c) return;
    this.f.pending.set(true);
    errorSignal.set(null);
    try {
      await request();
      // The course on the page now: a copy navigates to itself before this.
      await this.load(this.id() ?? c.id);
    } catch (error) {
      errorSignal.set(errorText(this.i18n, toAppError(error)));
    } finally {
      this.f.pending.set(false);
    }
  }
}
