import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import {
  FormArray,
  FormControl,
  FormGroup,
  FormRecord,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  asksChildcareFallback,
  enrolOffer,
  enrolOutcome,
  SEMINAR_LIMITS,
  type EnrolOutcome,
} from '@tsunagu/shared/domain';
import {
  answersToSend,
  EnrolmentService,
  toMonths,
  type EnrolSession,
  type MyEnrolment,
  type RegistrationQuestion,
} from '@tsunagu/web/enrolment/data-access';
import { StatusBadgeComponent } from '@tsunagu/web/enrolment/ui';
import {
  FormSupport,
  toAppError,
  type AppError,
  type ChildcareFallback,
} from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  ContactDetailsComponent,
  ErrorSummaryComponent,
  FormFieldComponent,
  LoadErrorComponent,
  LoadingStatusComponent,
  PrivacyNoticeComponent,
  TsuInputDirective,
  TsuRadioDirective,
  TsuRadioGroupDirective,
} from '@tsunagu/web/shared/ui';
import { formatDate, formatDateTime, formatYen, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { childcareStatusKey, formatAge, formatMeeting } from './format';
import { outcomeMessage, submitKeyFor } from './offer-texts';

type ChildGroup = FormGroup<{ years: FormControl<string>; months: FormControl<string> }>;

/** Each child's age within the session's range, in whole years and months. */
function childAgeValidator(range: () => { min: number; max: number }): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const { years, months } = (group as ChildGroup).getRawValue();
    const total = toMonths(years, months);
    if (total === null) return years === '' && months === '' ? { required: true } : { ageInvalid: true };
    if (months !== '' && Number(months) > 11) return { ageInvalid: true };
    const { min, max } = range();
    return total < min || total > max ? { ageRange: { min, max } } : null;
  };
}

/** The enrol form: under a minute on a phone, childcare included, an honest answer at the end. */
@Component({
  selector: 'tsu-enrol-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    ContactDetailsComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    LoadErrorComponent,
    LoadingStatusComponent,
    PrivacyNoticeComponent,
    TsuInputDirective,
    TsuRadioDirective,
    TsuRadioGroupDirective,
    StatusBadgeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    tsu-alert p:last-child,
    tsu-alert dl {
      margin-bottom: 0;
    }
    tsu-alert {
      margin-bottom: 1rem;
    }
    .summary dt {
      font-weight: 700;
    }
    .summary dd {
      margin: 0 0 0.5rem;
    }
    .summary ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    .child {
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      padding: 0.75rem;
      margin: 0 0 0.75rem;
    }
    .child legend {
      font-weight: 700;
      padding: 0 0.25rem;
    }
    .child .tsu-field-row {
      align-items: end;
    }
    .group-error {
      margin: 0.25rem 0 0;
      color: var(--tsu-error);
      font-weight: 500;
    }
    .group-error::before {
      content: '⚠ ';
    }
    .choices {
      display: grid;
      gap: 0.25rem;
    }
    .choice-box {
      border: 2px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      padding: 0.5rem 0.75rem;
    }
    .next-steps {
      padding-left: 1.25rem;
    }
    .outcome {
      margin: 0;
      padding: 0.625rem 0.75rem;
      border-left: 4px solid var(--tsu-primary);
      background: var(--tsu-info-bg);
      font-weight: 700;
    }
    .outcome--wait {
      border-left-color: var(--tsu-focus);
      background: #fff4d6;
    }
  `,
  template: `
    <div class="tsu-page" data-testid="enrol-page">
      <h1>{{ 'enrolment.enrol.title' | t }}</h1>

      <tsu-loading-status [active]="!session() && !loadError()" />
      @if (loadError(); as e) {
        <tsu-load-error [error]="e" (retry)="load(id())" data-testid="enrol-load-error" />
      }

      @if (session(); as s) {
        <tsu-card [heading]="s.course.title" data-testid="enrol-summary">
          <dl class="summary">
            <dt>{{ 'enrolment.session' | t }}</dt>
            <dd data-testid="enrol-session-title">{{ s.title }}</dd>
            <dt>{{ 'enrolment.dates' | t }}</dt>
            <dd>
              <ul>
                @for (m of s.meetings; track m.id) {
                  <li>{{ meeting(m) }}</li>
                }
              </ul>
            </dd>
            <dt>{{ 'enrolment.venue' | t }}</dt>
            <dd>
              @if (s.isOnline) {
                {{ 'enrolment.online' | t }}
              }
              @if (s.venueName) {
                {{ s.venueName }}
                @if (s.venueAddress) {
                  <br />{{ s.venueAddress }}
                }
              }
            </dd>
            <dt>{{ 'facts.fee' | t }}</dt>
            <dd data-testid="enrol-fee">{{ fee() }}</dd>
            <dt>{{ 'facts.deadline' | t }}</dt>
            <dd data-testid="enrol-deadline">{{ dateTime(s.registrationClosesAt) }}</dd>
            @if (s.registrationMode === 'lottery' && s.drawAt) {
              <dt>{{ 'enrolment.lottery' | t }}</dt>
              <dd>{{ 'enrolment.enrol.lotteryNote' | t: { date: date(s.drawAt) } }}</dd>
            }
            <dt>{{ 'facts.contact' | t }}</dt>
            <dd data-testid="enrol-contact"><tsu-contact-details [contact]="s.course.provider" /></dd>
          </dl>
        </tsu-card>

        @if (result(); as r) {
          <tsu-card [heading]="'enrolment.enrol.doneTitle' | t" data-testid="enrol-result">
            <tsu-alert
              [kind]="r.status === 'confirmed' ? 'success' : 'info'"
              data-testid="enrol-result-status"
            >
              <p>
                <tsu-status-badge [status]="r.status" />
              </p>
              @switch (r.status) {
                @case ('confirmed') {
                  <p>{{ 'enrolment.enrol.confirmed' | t }}</p>
                }
                @case ('waitlisted') {
                  <p data-testid="enrol-result-position">
                    {{ 'enrolment.enrol.waitlisted' | t: { position: r.waitlistPosition ?? '-' } }}
                  </p>
                }
                @case ('applied') {
                  <p>{{ 'enrolment.enrol.applied' | t: { date: s.drawAt ? date(s.drawAt) : '-' } }}</p>
                }
              }
              @if (r.childcareRequested) {
                <p>
                  {{ childcareStatus(r) | t }}
                </p>
              }
            </tsu-alert>
            <h2 tabindex="-1">{{ 'enrolment.enrol.nextTitle' | t }}</h2>
            <ul class="next-steps">
              @switch (r.status) {
                @case ('confirmed') {
                  <li>{{ 'enrolment.enrol.nextConfirmed' | t }}</li>
                }
                @case ('waitlisted') {
                  <li>{{ 'enrolment.enrol.nextWaitlisted' | t }}</li>
                }
                @case ('applied') {
                  <li>{{ 'enrolment.enrol.nextApplied' | t }}</li>
                }
              }
              <li>{{ 'enrolment.enrol.nextCancel' | t: { date: date(s.cancellationDeadline) } }}</li>
            </ul>
            <a class="tsu-button tsu-button--block" routerLink="/my/seminars" data-testid="to-my-seminars">
              {{ 'enrolment.my.link' | t }}
            </a>
          </tsu-card>
        } @else if (s.myEnrolment; as existing) {
          <tsu-alert kind="info" data-testid="enrol-existing">
            @switch (existing.status) {
              @case ('waitlisted') {
                {{ 'enrolment.enrol.existingWaitlisted' | t: { position: existing.waitlistPosition ?? '' } }}
              }
              @case ('applied') {
                {{ 'enrolment.enrol.existingApplied' | t }}
              }
              @default {
                {{ 'enrolment.enrol.existingConfirmed' | t }}
              }
            }
            <a routerLink="/my/seminars">{{ 'enrolment.my.link' | t }}</a>
          </tsu-alert>
        } @else if (closedReason(); as reason) {
          <tsu-alert kind="info" data-testid="enrol-closed">{{ reason | t }}</tsu-alert>
        } @else {
          <form class="tsu-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="enrol-form">
            <tsu-error-summary [for]="f" testId="enrol-error">
              @if (alreadyEnrolled()) {
                <a routerLink="/my/seminars">{{ 'enrolment.my.link' | t }}</a>
              }
            </tsu-error-summary>
            <p class="tsu-lead">{{ 'offer.lead' | t: { button: submitKey() | t } }}</p>

            <p
              class="outcome"
              [class.outcome--wait]="outcome() !== 'confirmed' && outcome() !== 'confirmedWithoutChildcare'"
              aria-live="polite"
              data-testid="enrol-outcome"
            >
              {{ outcomeText() }}
            </p>

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
                    [attr.maxlength]="limits.answer.max"
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

            @if (offersChildcare()) {
              <fieldset class="tsu-fieldset choice-box" data-testid="childcare-section">
                <legend>{{ 'enrolment.childcare.title' | t }}</legend>
                <p class="tsu-field__hint">
                  {{
                    'enrolment.childcare.range' | t: { min: age(ageRange().min), max: age(ageRange().max) }
                  }}
                  @switch (offer()?.kind) {
                    @case ('lottery') {
                      {{ 'offer.childcareInDraw' | t }}
                    }
                    @case ('waitlist') {
                      {{ 'offer.childcareWhenPromoted' | t }}
                    }
                    @default {
                      @if (s.childcareSeatsLeft > 0) {
                        {{ 'enrolment.childcare.seatsLeft' | t: { n: s.childcareSeatsLeft } }}
                      } @else {
                        <strong>{{ 'enrolment.childcare.full' | t }}</strong>
                      }
                    }
                  }
                </p>
                <label class="tsu-choice">
                  <input type="checkbox" formControlName="childcare" data-testid="childcare-checkbox" />
                  {{ 'enrolment.childcare.request' | t }}
                </label>
                @if (childcareError(); as message) {
                  <p class="group-error" data-testid="childcare-error">{{ message }}</p>
                }

                @if (form.controls.childcare.value) {
                  <div formArrayName="childAgesMonths" data-testid="children">
                    @for (child of children.controls; track child; let i = $index) {
                      <fieldset class="child" [formGroupName]="i">
                        <legend>{{ 'enrolment.childcare.child' | t: { n: i + 1 } }}</legend>
                        <div class="tsu-field-row">
                          <tsu-form-field
                            [fieldId]="'child-' + i + '-years'"
                            [label]="'enrolment.childcare.years' | t"
                            [error]="childError(i)"
                            [testId]="'child-' + i"
                          >
                            <input
                              tsuInput
                              type="number"
                              inputmode="numeric"
                              min="0"
                              max="18"
                              formControlName="years"
                              [attr.data-testid]="'child-' + i + '-years'"
                            />
                          </tsu-form-field>
                          <tsu-form-field
                            [fieldId]="'child-' + i + '-months'"
                            [label]="'enrolment.childcare.months' | t"
                          >
                            <input
                              tsuInput
                              type="number"
                              inputmode="numeric"
                              min="0"
                              max="11"
                              formControlName="months"
                              [attr.data-testid]="'child-' + i + '-months'"
                            />
                          </tsu-form-field>
                        </div>
                        @if (children.length > 1) {
                          <button
                            type="button"
                            class="tsu-button tsu-button--ghost"
                            (click)="removeChild(i)"
                            [attr.data-testid]="'child-' + i + '-remove'"
                          >
                            {{ 'enrolment.childcare.remove' | t: { n: i + 1 } }}
                          </button>
                        }
                      </fieldset>
                    }
                  </div>
                  @if (children.length < limits.children.max) {
                    <button
                      type="button"
                      class="tsu-button tsu-button--secondary"
                      (click)="addChild()"
                      data-testid="child-add"
                    >
                      {{ 'enrolment.childcare.add' | t }}
                    </button>
                  }

                  @if (asksFallback()) {
                    <fieldset class="tsu-fieldset" data-testid="childcare-full">
                      <legend>{{ 'offer.childcareQuestion' | t }}</legend>
                      <label class="tsu-choice">
                        <input
                          type="radio"
                          name="ifChildcareFull"
                          value="WAIT"
                          formControlName="ifChildcareFull"
                          [attr.aria-invalid]="fallbackError() ? 'true' : null"
                          data-testid="childcare-full-wait"
                        />
                        {{ 'offer.childcareWait' | t: { rank: waitlistRank() } }}
                      </label>
                      <label class="tsu-choice">
                        <input
                          type="radio"
                          name="ifChildcareFull"
                          value="WITHOUT_CHILDCARE"
                          formControlName="ifChildcareFull"
                          [attr.aria-invalid]="fallbackError() ? 'true' : null"
                          data-testid="childcare-full-without"
                        />
                        {{ 'offer.childcareWithout' | t }}
                      </label>
                      @if (fallbackError(); as message) {
                        <p class="group-error" data-testid="childcare-full-error">{{ message }}</p>
                      }
                    </fieldset>
                  }
                }
              </fieldset>
            }

            <tsu-privacy-notice
              [providerName]="s.course.provider.name"
              [providerNotice]="s.course.provider.privacyNotice"
            />

            <button
              type="submit"
              class="tsu-button tsu-button--block"
              [disabled]="f.pending()"
              data-testid="enrol-submit"
            >
              {{ (f.pending() ? 'enrolment.enrol.submitting' : submitKey()) | t }}
            </button>
          </form>
        }
      }
    </div>
  `,
})
export class EnrolPage {
  protected readonly childcareStatus = childcareStatusKey;
  /** The session id from the route. */
  readonly id = input.required<string>();

  private readonly service = inject(EnrolmentService);
  protected readonly i18n = inject(I18nService);

  protected readonly limits = SEMINAR_LIMITS;
  protected readonly session = signal<EnrolSession | null>(null);
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly result = signal<MyEnrolment | null>(null);
  protected readonly alreadyEnrolled = signal(false);

  protected readonly questions = computed(() =>
    [...(this.session()?.questions ?? [])].sort((a, b) => a.position - b.position),
  );
  protected readonly offersChildcare = computed(() => (this.session()?.childcareCapacity ?? 0) > 0);
  protected readonly ageRange = computed(() => ({
    min: this.session()?.childcareMinAgeMonths ?? SEMINAR_LIMITS.childAgeMonths.min,
    max: this.session()?.childcareMaxAgeMonths ?? SEMINAR_LIMITS.childAgeMonths.max,
  }));
  /** When the page read the session: the offer is what the API would decide at that moment. */
  private readonly loadedAt = signal(new Date());
  protected readonly offer = computed(() => {
    const s = this.session();
    return s ? enrolOffer(s, this.loadedAt()) : null;
  });
  protected readonly waitlistRank = computed(() => {
    const o = this.offer();
    return o && (o.kind === 'seat' || o.kind === 'waitlist') ? o.waitlistRank : 1;
  });
  protected readonly closedReason = computed(() => {
    switch (this.offer()?.kind) {
      case 'cancelled':
        return 'enrolment.enrol.cancelled' as const;
      case 'notOpen':
        return 'enrolment.enrol.notOpen' as const;
      case 'closed':
        return 'enrolment.enrol.closed' as const;
      default:
        return null;
    }
  });
  /** Whether "wait or go without childcare" means anything: only with a seat free and childcare full. */
  protected readonly asksFallback = computed(() => {
    this.f.changes();
    const offer = this.offer();
    return !!offer && asksChildcareFallback(offer, this.wantsChildcare());
  });
  /** What pressing the button would do with what she has chosen so far. */
  protected readonly outcome = computed<EnrolOutcome>(() => {
    this.f.changes();
    const offer = this.offer();
    if (!offer) return 'unavailable';
    return enrolOutcome(offer, {
      childcare: this.wantsChildcare(),
      ifChildcareFull: this.form.controls.ifChildcareFull.value,
    });
  });
  protected readonly submitKey = computed(() => submitKeyFor(this.outcome()));
  protected readonly outcomeText = computed(() => {
    const s = this.session();
    const message = outcomeMessage(this.outcome(), this.offer(), {
      seatsLeft: s?.seatsLeft ?? 0,
      drawDate: s?.drawAt ? this.date(s.drawAt) : null,
    });
    return message ? this.i18n.t(message.key, message.params) : '';
  });
  protected readonly fee = computed(() => {
    const fee = this.session()?.feeYen;
    return fee ? formatYen(fee, this.i18n.locale()) : this.i18n.t('facts.free');
  });

  protected readonly form = new FormGroup({
    answers: new FormRecord<FormControl<string>>({}),
    childcare: new FormControl(false, { nonNullable: true }),
    childAgesMonths: new FormArray<ChildGroup>([]),
    ifChildcareFull: new FormControl<ChildcareFallback | null>(null),
  });
  protected readonly f = new FormSupport(this.form);

  protected get children(): FormArray<ChildGroup> {
    return this.form.controls.childAgesMonths;
  }

  constructor() {
    // The load must not track the signals Apollo's links read (the locale): a language switch
    // would otherwise reload the page and lose what she just did.
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    // Unticking childcare keeps the ages she typed (ticking it again brings them back); while it is
    // unticked they are disabled, so they neither block the form nor are sent.
    this.form.controls.childcare.valueChanges.subscribe((on) => {
      if (on && this.children.length === 0) this.addChild();
      if (on) this.children.enable({ emitEvent: false });
      else this.children.disable({ emitEvent: false });
    });
  }

  private wantsChildcare(): boolean {
    return this.offersChildcare() && this.form.controls.childcare.value;
  }

  protected meeting(m: { startsAt: string; endsAt: string }): string {
    return formatMeeting(m, this.i18n.locale());
  }

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  protected age(months: number): string {
    return formatAge(months, this.i18n);
  }

  protected options(q: RegistrationQuestion): { value: string; label: string }[] {
    if (q.kind === 'yes_no')
      return [
        { value: 'yes', label: this.i18n.t('enrolment.yes') },
        { value: 'no', label: this.i18n.t('enrolment.no') },
      ];
    return q.choices.map((c) => ({ value: c, label: c }));
  }

  protected answerControl(questionId: string): FormControl<string> {
    const control = this.form.controls.answers.controls[questionId];
    // Every question gets its control when the session loads, before the template asks for it.
    if (!control) throw new Error(`no answer control for question ${questionId}`);
    return control;
  }

  private show(control: AbstractControl): boolean {
    return this.f.submitted() || control.touched;
  }

  protected answerError(questionId: string): string | null {
    this.f.changes();
    const control = this.answerControl(questionId);
    return control ? this.text(control) : null;
  }

  private text(control: AbstractControl): string | null {
    return this.f.error(control);
  }

  protected childError(index: number): string | null {
    this.f.changes();
    const array = this.children;
    if (index === 0 && array.errors && this.show(array)) return this.text(array);
    const group = array.at(index);
    const shown = group && (this.freshChildren.has(group) ? group.touched : this.show(group));
    if (!group?.errors || !shown) return null;
    if (group.errors['ageRange'])
      return this.i18n.t('enrolment.childcare.outOfRange', {
        min: this.age(this.ageRange().min),
        max: this.age(this.ageRange().max),
      });
    if (group.errors['ageInvalid']) return this.i18n.t('enrolment.childcare.invalid');
    return this.i18n.t('enrolment.childcare.ageRequired');
  }

  protected childcareError(): string | null {
    this.f.changes();
    const control = this.form.controls.childcare;
    return control.errors ? this.text(control) : null;
  }

  protected fallbackError(): string | null {
    this.f.changes();
    const control = this.form.controls.ifChildcareFull;
    if (!control.errors || !this.show(control)) return null;
    if (control.errors['required']) return this.i18n.t('enrolment.childcare.fullRequired');
    return this.text(control);
  }

  /** Rows added since her last attempt to send: they show errors only once she has touched them. */
  private readonly freshChildren = new Set<AbstractControl>();

  protected addChild(): void {
    if (this.children.length >= SEMINAR_LIMITS.children.max) return;
    const child = new FormGroup(
      {
        years: new FormControl('', { nonNullable: true }),
        months: new FormControl('', { nonNullable: true }),
      },
      { validators: childAgeValidator(() => this.ageRange()) },
    );
    if (this.f.submitted()) this.freshChildren.add(child);
    this.children.push(child);
  }

  protected removeChild(index: number): void {
    this.freshChildren.delete(this.children.at(index));
    this.children.removeAt(index);
    // Her button went with the row: focus goes to the child before it (or the first).
    this.f.focusAfterRender(`[data-testid="child-${Math.max(0, index - 1)}-years"]`);
  }

  protected async load(id: string): Promise<void> {
    this.session.set(null);
    this.loadError.set(null);
    this.result.set(null);
    try {
      const session = await this.service.session(id);
      const answers = this.form.controls.answers;
      for (const name of Object.keys(answers.controls)) answers.removeControl(name);
      for (const q of session.questions) {
        answers.addControl(
          q.id,
          new FormControl('', {
            nonNullable: true,
            validators: [
              ...(q.required ? [Validators.required, noBlank] : []),
              Validators.maxLength(SEMINAR_LIMITS.answer.max),
            ],
          }),
        );
      }
      this.loadedAt.set(new Date());
      this.session.set(session);
    } catch (error) {
      this.loadError.set(toAppError(error));
    }
  }

  /** Checks the parts that depend on other fields (childcare) just before sending. */
  private validateChildcare(): void {
    const fallback = this.form.controls.ifChildcareFull;
    const needsChoice = this.asksFallback();
    fallback.setValidators(needsChoice ? Validators.required : null);
    fallback.updateValueAndValidity({ emitEvent: false });
    const ages = this.children;
    ages.setValidators(this.form.controls.childcare.value ? Validators.required : null);
    ages.controls.forEach((c) => c.updateValueAndValidity({ emitEvent: false }));
    ages.updateValueAndValidity({ emitEvent: false });
  }

  async submit(): Promise<void> {
    const session = this.session();
    if (!session) return;
    this.alreadyEnrolled.set(false);
    this.validateChildcare();
    this.form.updateValueAndValidity();
    this.freshChildren.clear();
    if (!this.f.start()) return;
    this.f.pending.set(true);
    try {
      const value = this.form.getRawValue();
      const childcare = this.offersChildcare() && value.childcare;
      this.result.set(
        await this.service.enrol({
          sessionId: session.id,
          childcare,
          childAgesMonths: childcare
            ? value.childAgesMonths.map((c) => toMonths(c.years, c.months) ?? 0)
            : [],
          ifChildcareFull: value.ifChildcareFull ?? 'WAIT',
          answers: answersToSend(value.answers),
        }),
      );
      this.f.focusAfterRender('[data-testid="enrol-result"] h2');
    } catch (error) {
      this.alreadyEnrolled.set(toAppError(error).code === 'CONFLICT');
      this.f.fail(error, this.i18n.t('errors.BAD_USER_INPUT'));
    } finally {
      this.f.pending.set(false);
    }
  }
}

function noBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value && !control.value.trim() ? { required: true } : null;
}
