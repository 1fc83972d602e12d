import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { LIMITS } from '@tsunagu/shared/domain';
import { CourseEditorService, type EditorSession } from '@tsunagu/web/catalogue/data-access';
import { FlashMessages, FormSupport, toAppError, type AppError } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  ErrorSummaryComponent,
  focusIfLost,
  FormFieldComponent,
  LoadErrorComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';
import { editorErrorText } from './editor-errors';
import { datesBeforeFirstMeeting, newSessionDates, sessionCopy } from './session-defaults';
import { fillSessionForm, meetingGroup, questionGroup, sessionForm, toSessionInput } from './session-form';

/** /staff/courses/:courseId/sessions/new and /staff/sessions/:id/edit. Times are Tokyo time. */
@Component({
  selector: 'tsu-session-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    LoadErrorComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    fieldset.tsu-fieldset {
      display: grid;
      gap: 1rem;
    }
    .repeat {
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      padding: 0.75rem;
      display: grid;
      gap: 0.75rem;
    }
    .repeat-head {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem;
    }
    .repeat-head h2 {
      margin: 0;
      font-size: 1.0625rem;
    }
    .times {
      display: grid;
      gap: 0.75rem;
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .times .date {
      grid-column: 1 / -1;
    }
    @media (min-width: 48rem) {
      .times {
        grid-template-columns: 2fr 1fr 1fr;
      }
      .times .date {
        grid-column: auto;
      }
    }
    .tsu-fieldset > legend {
      font-size: 1.125rem;
    }
  `,
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
        <tsu-load-error [error]="e" (retry)="retryLoad()" />
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
            [routerLink]="['/staff/courses', s.course.id, 'sessions', 'new']"
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

        <fieldset class="tsu-fieldset">
          <legend>{{ 'courseEditor.session.meetingsLegend' | t }}</legend>
          <p class="tsu-field__hint">{{ 'courseEditor.session.timeHint' | t }}</p>
          <div formArrayName="meetings" class="tsu-form">
            @for (m of form.controls.meetings.controls; track m; let i = $index) {
              <div class="repeat" [formGroupName]="i" [attr.data-testid]="'meeting-' + i">
                <div class="repeat-head">
                  <h2>{{ 'courseEditor.session.meeting' | t: { n: i + 1 } }}</h2>
                  @if (form.controls.meetings.length > 1) {
                    <button
                      type="button"
                      class="tsu-button tsu-button--ghost"
                      (click)="form.controls.meetings.removeAt(i)"
                    >
                      {{ 'courseEditor.session.removeMeeting' | t: { n: i + 1 } }}
                    </button>
                  }
                </div>
                <div class="times">
                  <tsu-form-field
                    class="date"
                    [fieldId]="'meeting-' + i + '-date'"
                    [testId]="'meeting-' + i + '-date'"
                    [label]="'courseEditor.session.date' | t"
                    [errorLabel]="inGroup('meeting', i, 'date')"
                    [required]="true"
                    [error]="error('meetings.' + i + '.date')"
                  >
                    <input
                      tsuInput
                      type="date"
                      formControlName="date"
                      [attr.data-testid]="'meeting-' + i + '-date'"
                    />
                  </tsu-form-field>
                  <tsu-form-field
                    [fieldId]="'meeting-' + i + '-start'"
                    [testId]="'meeting-' + i + '-start'"
                    [label]="'courseEditor.session.startsAt' | t"
                    [errorLabel]="inGroup('meeting', i, 'startsAt')"
                    [required]="true"
                    [error]="error('meetings.' + i + '.startsAt')"
                  >
                    <input
                      tsuInput
                      type="time"
                      formControlName="startsAt"
                      [attr.data-testid]="'meeting-' + i + '-start'"
                    />
                  </tsu-form-field>
                  <tsu-form-field
                    [fieldId]="'meeting-' + i + '-end'"
                    [testId]="'meeting-' + i + '-end'"
                    [label]="'courseEditor.session.endsAt' | t"
                    [errorLabel]="inGroup('meeting', i, 'endsAt')"
                    [required]="true"
                    [error]="error('meetings.' + i + '.endsAt')"
                  >
                    <input
                      tsuInput
                      type="time"
                      formControlName="endsAt"
                      [attr.data-testid]="'meeting-' + i + '-end'"
                    />
                  </tsu-form-field>
                </div>
              </div>
            }
          </div>
          <p>
            <button
              type="button"
              class="tsu-button tsu-button--secondary"
              (click)="addMeeting()"
              data-testid="add-meeting"
            >
              + {{ 'courseEditor.session.addMeeting' | t }}
            </button>
          </p>
        </fieldset>

        <fieldset class="tsu-fieldset">
          <legend>{{ 'courseEditor.session.venueLegend' | t }}</legend>
          <tsu-form-field
            fieldId="session-venue-name"
            [label]="'courseEditor.session.venueName' | t"
            [error]="error('venueName')"
          >
            <input tsuInput formControlName="venueName" data-testid="session-venue-name" />
          </tsu-form-field>
          <tsu-form-field
            fieldId="session-venue-address"
            [label]="'courseEditor.session.venueAddress' | t"
            [error]="error('venueAddress')"
          >
            <input tsuInput formControlName="venueAddress" data-testid="session-venue-address" />
          </tsu-form-field>
          <tsu-form-field
            fieldId="session-access"
            [label]="'courseEditor.session.accessNotes' | t"
            [error]="error('accessNotes')"
          >
            <textarea tsuInput rows="2" formControlName="accessNotes" data-testid="session-access"></textarea>
          </tsu-form-field>
          <label class="tsu-choice"
            ><input type="checkbox" formControlName="isOffsite" data-testid="session-offsite" />
            {{ 'courseEditor.session.isOffsite' | t }}</label
          >
          <label class="tsu-choice"
            ><input type="checkbox" formControlName="isOnline" data-testid="session-online" />
            {{ 'courseEditor.session.isOnline' | t }}</label
          >
          @if (form.controls.isOnline.value) {
            <tsu-form-field
              fieldId="session-online-url"
              testId="session-online-url"
              [label]="'courseEditor.session.onlineUrl' | t"
              [hint]="'courseEditor.session.onlineUrlHint' | t"
              [required]="true"
              [error]="error('onlineUrl')"
            >
              <input
                tsuInput
                type="url"
                inputmode="url"
                formControlName="onlineUrl"
                data-testid="session-online-url"
              />
            </tsu-form-field>
          }
        </fieldset>

        <fieldset class="tsu-fieldset">
          <legend>{{ 'courseEditor.session.capacityLegend' | t }}</legend>
          <tsu-form-field
            fieldId="session-capacity"
            testId="session-capacity"
            [label]="'courseEditor.session.capacity' | t"
            [required]="true"
            [error]="error('capacity')"
          >
            <input
              tsuInput
              type="number"
              inputmode="numeric"
              min="1"
              formControlName="capacity"
              data-testid="session-capacity"
            />
          </tsu-form-field>
          <tsu-form-field
            fieldId="session-fee"
            testId="session-fee"
            [label]="'facts.feeField' | t"
            [hint]="'facts.feeHint' | t"
            [error]="error('feeYen')"
          >
            <input
              tsuInput
              type="number"
              inputmode="numeric"
              min="0"
              [attr.max]="feeMax"
              formControlName="feeYen"
              data-testid="session-fee"
            />
          </tsu-form-field>
          <tsu-form-field
            fieldId="session-childcare"
            [label]="'courseEditor.session.childcareCapacity' | t"
            [error]="error('childcareCapacity')"
          >
            <input
              tsuInput
              type="number"
              inputmode="numeric"
              min="0"
              formControlName="childcareCapacity"
              data-testid="session-childcare"
            />
          </tsu-form-field>
          @if (hasChildcare()) {
            <div class="tsu-field-row">
              <tsu-form-field
                fieldId="session-childcare-min"
                [label]="'courseEditor.session.childcareMinAgeMonths' | t"
                [hint]="'courseEditor.session.ageHint' | t"
                [error]="error('childcareMinAgeMonths')"
              >
                <input
                  tsuInput
                  type="number"
                  inputmode="numeric"
                  min="0"
                  formControlName="childcareMinAgeMonths"
                  data-testid="session-childcare-min"
                />
              </tsu-form-field>
              <tsu-form-field
                fieldId="session-childcare-max"
                testId="session-childcare-max"
                [label]="'courseEditor.session.childcareMaxAgeMonths' | t"
                [error]="error('childcareMaxAgeMonths')"
              >
                <input
                  tsuInput
                  type="number"
                  inputmode="numeric"
                  min="0"
                  formControlName="childcareMaxAgeMonths"
                  data-testid="session-childcare-max"
                />
              </tsu-form-field>
            </div>
          }
        </fieldset>

        <fieldset class="tsu-fieldset">
          <legend>{{ 'courseEditor.session.registrationLegend' | t }}</legend>
          <p class="tsu-field__hint">{{ 'courseEditor.session.timeHint' | t }}</p>
          <tsu-form-field
            fieldId="session-opens"
            testId="session-opens"
            [label]="'courseEditor.session.registrationOpensAt' | t"
            [required]="true"
            [error]="error('registrationOpensAt')"
          >
            <input
              tsuInput
              type="datetime-local"
              formControlName="registrationOpensAt"
              data-testid="session-opens"
            />
          </tsu-form-field>
          <tsu-form-field
            fieldId="session-closes"
            testId="session-closes"
            [label]="'courseEditor.session.registrationClosesAt' | t"
            [required]="true"
            [error]="error('registrationClosesAt')"
          >
            <input
              tsuInput
              type="datetime-local"
              formControlName="registrationClosesAt"
              data-testid="session-closes"
            />
          </tsu-form-field>
          <tsu-form-field
            fieldId="session-cancel-deadline"
            testId="session-cancel-deadline"
            [label]="'courseEditor.session.cancellationDeadline' | t"
            [required]="true"
            [error]="error('cancellationDeadline')"
          >
            <input
              tsuInput
              type="datetime-local"
              formControlName="cancellationDeadline"
              data-testid="session-cancel-deadline"
            />
          </tsu-form-field>
          <tsu-form-field fieldId="session-mode" [label]="'courseEditor.session.registrationMode' | t">
            <select tsuInput formControlName="registrationMode" data-testid="session-mode">
              <option value="first_come">{{ 'courseEditor.session.modes.first_come' | t }}</option>
              <option value="lottery">{{ 'courseEditor.session.modes.lottery' | t }}</option>
            </select>
          </tsu-form-field>
          @if (form.controls.registrationMode.value === 'lottery') {
            <tsu-form-field
              fieldId="session-draw"
              testId="session-draw"
              [label]="'courseEditor.session.drawAt' | t"
              [required]="true"
              [error]="error('drawAt')"
            >
              <input tsuInput type="datetime-local" formControlName="drawAt" data-testid="session-draw" />
            </tsu-form-field>
          }
        </fieldset>

        <fieldset class="tsu-fieldset">
          <legend>{{ 'courseEditor.session.completionLegend' | t }}</legend>
          <tsu-form-field
            fieldId="session-check-in-opens"
            [label]="'courseEditor.session.checkInOpens' | t"
            [hint]="'courseEditor.session.checkInOpensHint' | t"
            [error]="error('checkInOpensMinutesBefore')"
          >
            <select tsuInput formControlName="checkInOpensMinutesBefore" data-testid="session-check-in-opens">
              @for (minutes of checkInWindows; track minutes) {
                <option [ngValue]="minutes">
                  {{
                    minutes === 0
                      ? ('courseEditor.session.checkInAtStart' | t)
                      : ('courseEditor.session.checkInBefore' | t: { minutes })
                  }}
                </option>
              }
            </select>
          </tsu-form-field>
          <tsu-form-field fieldId="session-rule" [label]="'courseEditor.session.completionRule' | t">
            <select tsuInput formControlName="completionRule" data-testid="session-rule">
              <option value="all">{{ 'courseEditor.session.rules.all' | t }}</option>
              <option value="at_least">{{ 'courseEditor.session.rules.at_least' | t }}</option>
            </select>
          </tsu-form-field>
          @if (form.controls.completionRule.value === 'at_least') {
            <tsu-form-field
              fieldId="session-min-meetings"
              testId="session-min-meetings"
              [label]="'courseEditor.session.completionMinMeetings' | t"
              [required]="true"
              [error]="error('completionMinMeetings')"
            >
              <input
                tsuInput
                type="number"
                inputmode="numeric"
                min="1"
                formControlName="completionMinMeetings"
                data-testid="session-min-meetings"
              />
            </tsu-form-field>
          }
        </fieldset>

        <fieldset class="tsu-fieldset">
          <legend>{{ 'courseEditor.session.questionsLegend' | t }}</legend>
          <div formArrayName="questions" class="tsu-form">
            @for (q of form.controls.questions.controls; track q; let i = $index) {
              <div class="repeat" [formGroupName]="i" [attr.data-testid]="'question-' + i">
                <div class="repeat-head">
                  <h2>{{ 'courseEditor.session.question' | t: { n: i + 1 } }}</h2>
                  <button
                    type="button"
                    class="tsu-button tsu-button--ghost"
                    (click)="form.controls.questions.removeAt(i)"
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

      @if (loaded(); as s) {
        @if (s.status === 'scheduled') {
          <tsu-card [heading]="'courseEditor.session.cancelTitle' | t" class="cancel-card">
            <p>{{ 'courseEditor.session.cancelLead' | t }}</p>
            @if (confirmingCancel()) {
              <p role="alert">
                <strong>{{ 'courseEditor.session.cancelConfirm' | t }}</strong>
              </p>
              <div class="tsu-actions">
                <button
                  type="button"
                  class="tsu-button"
                  (click)="cancelSession()"
                  [disabled]="f.pending()"
                  data-testid="cancel-session-yes"
                >
                  {{ 'courseEditor.session.cancelYes' | t }}
                </button>
                <button
                  type="button"
                  class="tsu-button tsu-button--secondary"
                  (click)="askCancel(false)"
                  data-testid="cancel-session-no"
                >
                  {{ 'courseEditor.session.cancelNo' | t }}
                </button>
              </div>
            } @else {
              <button
                type="button"
                class="tsu-button tsu-button--secondary"
                (click)="askCancel(true)"
                data-testid="cancel-session"
              >
                {{ 'courseEditor.session.cancelSession' | t }}
              </button>
            }
          </tsu-card>
        }
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

  protected readonly questionKinds = ['text', 'choice', 'yes_no'] as const;
  /** Reception may open this many minutes before each meeting (the API allows 0–240). */
  protected readonly checkInWindows = [0, 15, 30, 60, 120] as const;
  protected readonly feeMax = LIMITS.session.feeYen.max;
  readonly form = sessionForm();
  protected readonly f = new FormSupport(this.form, (control, show) =>
    editorErrorText(this.i18n, control, show),
  );
  protected readonly loaded = signal<EditorSession | null>(null);
  protected readonly courseTitle = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** The session could not be loaded: the form stays hidden rather than empty. */
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly confirmingCancel = signal(false);

  protected readonly backLink = () => {
    const courseId = this.courseId() ?? this.loaded()?.course.id;
    return courseId ? ['/staff/courses', courseId] : null;
  };
  protected readonly hasChildcare = () => {
    this.f.changes();
    return Number(this.form.controls.childcareCapacity.value) > 0;
  };

  constructor() {
    effect(() => {
      const id = this.id();
      const from = this.from();
      untracked(() => {
        if (id) void this.load(id);
        else if (from) void this.loadCopy(from);
        else this.startNew();
      });
    });
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
    try {
      const source = await this.service.session(from);
      fillSessionForm(this.form, sessionCopy(source, new Date()));
      // Two sessions of one course with the same name cannot be told apart in the catalogue: the copy
      // is marked as such until she names it.
      if (source.title) {
        this.form.controls.title.setValue(
          this.i18n.t('courseEditor.session.copyTitle', { title: source.title }).slice(0, 200),
        );
      }
      this.courseTitle.set(source.course.title);
      this.copiedFrom.set(source.title || source.course.title);
      this.loadError.set(null);
    } catch (error) {
      this.loadError.set(toAppError(error));
    }
  }

  protected questionKindKey(kind: string): TranslationKey {
    return `courseEditor.session.questionKinds.${kind}` as TranslationKey;
  }

  /** 「第2回 日付」: which meeting or question a message is about, in the error summary. */
  protected inGroup(
    group: 'meeting' | 'question',
    index: number,
    field: 'date' | 'startsAt' | 'endsAt' | 'questionLabel' | 'questionChoices',
  ): string {
    return this.i18n.t('errorSummary.inGroup', {
      group: this.i18n.t(`courseEditor.session.${group}`, { n: index + 1 }),
      label: this.i18n.t(`courseEditor.session.${field}`),
    });
  }

  protected error(path: string): string | null {
    return this.f.error(this.form.get(path));
  }

  addMeeting(): void {
    const meetings = this.form.controls.meetings;
    const last = meetings.at(meetings.length - 1)?.getRawValue();
    meetings.push(meetingGroup({ startsAt: last?.startsAt, endsAt: last?.endsAt }));
    this.f.focusAfterRender(`#meeting-${meetings.length - 1}-date`);
  }

  addQuestion(): void {
    const questions = this.form.controls.questions;
    questions.push(questionGroup());
    this.f.focusAfterRender(`#question-${questions.length - 1}-kind`);
  }

  private async load(id: string): Promise<void> {
    try {
      const s = await this.service.session(id);
      this.loaded.set(s);
      this.courseTitle.set(s.course.title);
      fillSessionForm(this.form, s);
      this.loadError.set(null);
    } catch (error) {
      this.loadError.set(toAppError(error));
    }
  }

  protected retryLoad(): void {
    const id = this.id();
    const from = this.from();
    if (id) void this.load(id);
    else if (from) void this.loadCopy(from);
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
      await this.load(id);
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
      await this.router.navigate(['/staff/courses', courseId]);
    }
  }

  /** Each step replaces the buttons she pressed: focus goes to the safe choice, then back. */
  protected askCancel(asking: boolean): void {
    this.confirmingCancel.set(asking);
    focusIfLost(this.injector, this.byTestId(asking ? 'cancel-session-no' : 'cancel-session'));
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
      this.confirmingCancel.set(false);
      await this.load(id);
      focusIfLost(this.injector, this.byTestId('session-cancelled'));
    } catch (error) {
      this.f.fail(error);
    } finally {
      this.f.pending.set(false);
    }
  }
}
