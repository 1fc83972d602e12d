import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  asksChildcareFallback,
  enrolOffer,
  enrolOutcome,
  LIMITS,
  type EnrolOutcome,
} from '@tsunagu/shared/domain';
import { EnrolmentService, type EnrolSession, type MyEnrolment } from '@tsunagu/web/enrolment/data-access';
import { FormSupport, loadOnChange, toAppError } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  ErrorSummaryComponent,
  PageStateComponent,
  PrivacyNoticeComponent,
} from '@tsunagu/web/shared/ui';
import { ENROLMENT_PATHS, formatDate, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import { EnrolChildcareComponent } from './enrol-childcare.component';
import {
  ChildRows,
  enrolForm,
  enrolmentChoices,
  followChildcare,
  requireChildcareParts,
  resetAnswers,
} from './enrol-form';
import { EnrolQuestionsComponent } from './enrol-questions.component';
import { EnrolResultComponent } from './enrol-result.component';
import { EnrolSummaryComponent } from './enrol-summary.component';
import { outcomeMessage, submitKeyFor } from './offer-texts';

/** The enrol form: under a minute on a phone, childcare included, an honest answer at the end. */
@Component({
  selector: 'tsu-enrol-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    ErrorSummaryComponent,
    PageStateComponent,
    PrivacyNoticeComponent,
    EnrolSummaryComponent,
    EnrolResultComponent,
    EnrolQuestionsComponent,
    EnrolChildcareComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    tsu-alert {
      margin-bottom: 1rem;
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

      <tsu-page-state
        [loading]="!session()"
        [retrying]="query.loading()"
        [error]="query.error()"
        (retry)="query.reload()"
      />

      @if (session(); as s) {
        <tsu-enrol-summary [session]="s" />

        @if (result(); as r) {
          <tsu-enrol-result [result]="r" [session]="s" />
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
            <a [routerLink]="mySeminars">{{ 'enrolment.my.link' | t }}</a>
          </tsu-alert>
        } @else if (closedReason(); as reason) {
          <tsu-alert kind="info" data-testid="enrol-closed">{{ reason | t }}</tsu-alert>
        } @else {
          <form class="tsu-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="enrol-form">
            <tsu-error-summary [for]="f" testId="enrol-error">
              @if (alreadyEnrolled()) {
                <a [routerLink]="mySeminars">{{ 'enrolment.my.link' | t }}</a>
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

            <tsu-enrol-questions [questions]="questions()" [answers]="form.controls.answers" [support]="f" />

            @if (offersChildcare()) {
              <tsu-enrol-childcare
                [form]="form"
                [rows]="rows"
                [support]="f"
                [session]="s"
                [offer]="offer()"
                [ageRange]="ageRange()"
                [asksFallback]="asksFallback()"
              />
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
  /** The session id from the route. */
  readonly id = input.required<string>();

  private readonly service = inject(EnrolmentService);
  protected readonly i18n = inject(I18nService);

  protected readonly mySeminars = ENROLMENT_PATHS.mySeminars.link();
  /** The session, loaded when the id changes and never on a language switch (what she typed stays). */
  protected readonly query = loadOnChange(
    () => this.id(),
    (id) => this.load(id),
  );
  protected readonly session = this.query.data;
  protected readonly result = signal<MyEnrolment | null>(null);
  protected readonly alreadyEnrolled = signal(false);

  protected readonly questions = computed(() =>
    [...(this.session()?.questions ?? [])].sort((a, b) => a.position - b.position),
  );
  protected readonly offersChildcare = computed(() => (this.session()?.childcareCapacity ?? 0) > 0);
  protected readonly ageRange = computed(() => ({
    min: this.session()?.childcareMinAgeMonths ?? LIMITS.session.childAgeMonths.min,
    max: this.session()?.childcareMaxAgeMonths ?? LIMITS.session.childAgeMonths.max,
  }));
  /** When the page read the session: the offer is what the API would decide at that moment. */
  private readonly loadedAt = signal(new Date());
  protected readonly offer = computed(() => {
    const s = this.session();
    return s ? enrolOffer(s, this.loadedAt()) : null;
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
      drawDate: s?.drawAt ? formatDate(s.drawAt, this.i18n.locale()) : null,
    });
    return message ? this.i18n.t(message.key, message.params) : '';
  });

  protected readonly form = enrolForm();
  protected readonly f = new FormSupport(this.form);
  protected readonly rows = new ChildRows(
    this.form.controls.childAgesMonths,
    () => this.ageRange(),
    () => this.f.submitted(),
  );

  constructor() {
    followChildcare(this.form, this.rows);
  }

  private wantsChildcare(): boolean {
    return this.offersChildcare() && this.form.controls.childcare.value;
  }

  /** The query's fetch: the form shows nothing of the session it replaces while the new one loads. */
  private async load(id: string): Promise<EnrolSession> {
    this.query.set(null);
    this.result.set(null);
    const session = await this.service.session(id);
    resetAnswers(this.form, session.questions);
    this.loadedAt.set(new Date());
    return session;
  }

  async submit(): Promise<void> {
    const session = this.session();
    if (!session) return;
    this.alreadyEnrolled.set(false);
    requireChildcareParts(this.form, this.rows, this.asksFallback());
    this.form.updateValueAndValidity();
    this.rows.markAllShown();
    if (!this.f.start()) return;
    this.f.pending.set(true);
    try {
      this.result.set(
        await this.service.enrol({
          sessionId: session.id,
          ...enrolmentChoices(this.form, this.offersChildcare()),
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
