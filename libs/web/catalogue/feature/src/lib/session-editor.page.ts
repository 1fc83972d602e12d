import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { LIMITS } from '@tsunagu/shared/domain';
import { CourseEditorService, type EditorSession } from '@tsunagu/web/catalogue/data-access';
import { FlashMessages, FormSupport, loadOnChange } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  ErrorSummaryComponent,
  focusIfLost,
  FormFieldComponent,
  LoadErrorComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { CATALOGUE_PATHS, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { editorErrorText } from './editor-errors';
import { SessionCancelCardComponent } from './session-cancel-card.component';
import { datesBeforeFirstMeeting, newSessionDates, sessionCopy } from './session-defaults';
import { fillSessionForm, sessionForm, toSessionInput } from './session-form';
import { SessionMeetingsFieldsetComponent } from './session-meetings-fieldset.component';
import { SessionPlaceFieldsetsComponent } from './session-place-fieldsets.component';
import { SessionQuestionsFieldsetComponent } from './session-questions-fieldset.component';
import { SessionRulesFieldsetsComponent } from './session-rules-fieldsets.component';

/** /staff/courses/:courseId/sessions/new and /staff/sessions/:id/edit. Times are Tokyo time. */
@Component({
  selector: 'tsu-session-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    LoadErrorComponent,
    TsuInputDirective,
    SessionMeetingsFieldsetComponent,
    SessionPlaceFieldsetsComponent,
    SessionRulesFieldsetsComponent,
    SessionQuestionsFieldsetComponent,
    SessionCancelCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tsu-page" data-testid="session-editor-page">
      @if (backLink(); as back) {
        <p>
          <a [routerLink]="back">← {{ 'courseEditor.session.backToCourse' | t }}</a>
        </p>
      }
      <h1>{{ (id() ? 'courseEditor.session.editTitle' : 'courseEditor.session.newTitle') | t }}</h1>
      @if (courseTitle()) {
        <p class="tsu-lead">{{ 'courseEditor.session.course' | t }}: {{ courseTitle() }}</p>
      }
      @if (notice()) {
        <tsu-alert kind="success" tabindex="-1" data-testid="session-notice">{{ notice() }}</tsu-alert>
      }
      @if (loadError(); as e) {
        <tsu-load-error [error]="e" (retry)="query.reload()" />
      }
      @if (loaded()?.status === 'cancelled') {
        <tsu-alert kind="info" tabindex="-1" data-testid="session-cancelled">{{
          'courseEditor.session.cancelled' | t
        }}</tsu-alert>
      }
      @if (copiedFrom(); as source) {
        <tsu-alert kind="info" data-testid="session-copy-notice">{{
          'courseEditor.session.copyNotice' | t: { title: source }
        }}</tsu-alert>
      }
      @if (id() && loaded(); as s) {
        <p>
          <a
            [routerLink]="paths.newSession.link({ courseId: s.course.id })"
            [queryParams]="{ from: s.id }"
            data-testid="copy-session"
            >{{ 'courseEditor.session.copy' | t }}</a
          >
        </p>
      }

      <form
        class="tsu-form"
        [formGroup]="form"
        (ngSubmit)="save()"
        novalidate
        [hidden]="!!loadError()"
        data-testid="session-form"
      >
        <tsu-error-summary [for]="f" testId="session-form-error" />
        <tsu-form-field
          fieldId="session-title"
          [label]="'courseEditor.session.title' | t"
          [hint]="'courseEditor.session.titleHint' | t"
          [error]="error('title')"
        >
          <input tsuInput formControlName="title" data-testid="session-title" />
        </tsu-form-field>

        <tsu-session-meetings-fieldset [form]="form" [support]="f" />
        <tsu-session-place-fieldsets [form]="form" [support]="f" />
        <tsu-session-rules-fieldsets [form]="form" [support]="f" />
        <tsu-session-questions-fieldset [form]="form" [support]="f" />

        <button
          type="submit"
          class="tsu-button tsu-button--block"
          [disabled]="f.pending()"
          data-testid="session-submit"
        >
          {{
            (f.pending()
              ? 'courseEditor.session.saving'
              : id()
                ? 'courseEditor.session.save'
                : 'courseEditor.session.create'
            ) | t
          }}
        </button>
      </form>

      @if (loaded()?.status === 'scheduled') {
        <tsu-session-cancel-card [pending]="f.pending()" (confirmed)="cancelSession()" />
      }
    </div>
  `,
})
export class SessionEditorPage {
  private readonly service = inject(CourseEditorService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly flash = inject(FlashMessages);
  protected readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  /** Route parameters: courseId on .../sessions/new, id on /staff/sessions/:id/edit. */
  readonly courseId = input<string | undefined>(undefined);
  readonly id = input<string | undefined>(undefined);
  /** `?from=` on a new session: the session to copy. */
  readonly from = input<string | undefined>(undefined);
  /** The copied session's title, while the form holds a copy. */
  protected readonly copiedFrom = signal<string | null>(null);

  readonly form = sessionForm();
  protected readonly f = new FormSupport(this.form, (control, show) =>
    editorErrorText(this.i18n, control, show),
  );
  protected readonly loaded = signal<EditorSession | null>(null);
  protected readonly courseTitle = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly paths = CATALOGUE_PATHS;
  /**
   * The session to edit, the one to copy, or a new one, whenever the route's parameters change (never
   * on a language switch); reloaded after saving or cancelling.
   */
  protected readonly query = loadOnChange(
    () => ({ id: this.id(), from: this.from() }),
    ({ id, from }) => this.open(id, from),
  );
  /** The session could not be loaded: the form stays hidden rather than empty. */
  protected readonly loadError = this.query.error;

  protected readonly backLink = () => {
    const courseId = this.courseId() ?? this.loaded()?.course.id;
    return courseId ? this.paths.editCourse.link({ id: courseId }) : null;
  };

  private async open(id: string | undefined, from: string | undefined): Promise<void> {
    if (id) await this.load(id);
    else if (from) await this.loadCopy(from);
    else this.startNew();
  }

  /** A new session starts with sensible dates; those after the first meeting follow it until edited. */
  private startNew(): void {
    const dates = newSessionDates(new Date());
    this.form.controls.meetings.at(0)?.patchValue(dates.meeting);
    this.form.patchValue({
      registrationOpensAt: dates.registrationOpensAt,
      registrationClosesAt: dates.registrationClosesAt,
      cancellationDeadline: dates.cancellationDeadline,
      drawAt: dates.drawAt,
    });
    this.followFirstMeeting();
  }

  private followFirstMeeting(): void {
    const first = this.form.controls.meetings.at(0)?.controls.date;
    first?.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((date) => {
      if (!date) return;
      const derived = datesBeforeFirstMeeting(date);
      for (const key of ['registrationClosesAt', 'cancellationDeadline', 'drawAt'] as const) {
        const control = this.form.controls[key];
        if (!control.dirty) control.setValue(derived[key]);
      }
    });
  }

  private async loadCopy(from: string): Promise<void> {
    const source = await this.service.session(from);
    fillSessionForm(this.form, sessionCopy(source, new Date()));
    // Two sessions of one course with the same name cannot be told apart in the catalogue: the copy
    // is marked as such until she names it.
    if (source.title) {
      this.form.controls.title.setValue(
        this.i18n
          .t('courseEditor.session.copyTitle', { title: source.title })
          .slice(0, LIMITS.session.title.max),
      );
    }
    this.courseTitle.set(source.course.title);
    this.copiedFrom.set(source.title || source.course.title);
  }

  protected error(path: string): string | null {
    return this.f.error(this.form.get(path));
  }

  private async load(id: string): Promise<void> {
    const s = await this.service.session(id);
    this.loaded.set(s);
    this.courseTitle.set(s.course.title);
    fillSessionForm(this.form, s);
  }

  async save(): Promise<void> {
    const invalid = this.i18n.t('courseEditor.session.invalid');
    this.notice.set(null);
    this.form.updateValueAndValidity();
    if (!this.f.start()) {
      this.f.formError.set(invalid);
      return;
    }
    const input = toSessionInput(this.form);
    const id = this.id();
    if (id) {
      const saved = await this.f.run(() => this.service.updateSession(id, input).then(() => true), invalid);
      if (!saved) return;
      this.notice.set(this.i18n.t('courseEditor.session.saved'));
      await this.query.reload();
    } else {
      const courseId = this.courseId() as string;
      const created = await this.f.run(
        () => this.service.createSession({ ...input, courseId }).then(() => true),
        invalid,
      );
      if (!created) return;
      // Said on the course's page, where she lands and where focus goes to it.
      const title = input.title?.trim();
      this.flash.showAfterNavigation(
        title ? { key: 'flash.sessionCreated', params: { title } } : { key: 'flash.sessionCreatedPlain' },
      );
      await this.router.navigateByUrl(this.paths.editCourse.link({ id: courseId }));
    }
  }

  private byTestId(testId: string): () => HTMLElement | null {
    return () => this.host.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  }

  async cancelSession(): Promise<void> {
    const id = this.id();
    if (!id) return;
    this.f.pending.set(true);
    try {
      await this.service.cancelSession(id);
      await this.query.reload();
      focusIfLost(this.injector, this.byTestId('session-cancelled'));
    } catch (error) {
      this.f.fail(error);
    } finally {
      this.f.pending.set(false);
    }
  }
}
