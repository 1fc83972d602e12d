import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  type OnInit,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { LIMITS } from '@tsunagu/shared/domain';
import { SeatPoolsService, type MyNomination } from '@tsunagu/web/company-groups/data-access';
import { FormSupport } from '@tsunagu/web/shared/data-access';
import { ErrorSummaryComponent } from '@tsunagu/web/shared/ui';
import { I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
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

/** Whether accepting asks anything of her: the session's questions or its childcare. */
export function asksOnAccept(n: MyNomination): boolean {
  return n.session.questions.length > 0 || n.session.childcareCapacity > 0;
}

/**
 * Accepting a nomination for a session that asks questions or offers childcare: the enrol form's own
 * questions and childcare components on a form of the same shape (`enrolForm`), inside her nomination's
 * card. The held seat is hers, so there is no waitlist to choose: with childcare full the API says so
 * (CONFLICT), and its field messages land at their fields.
 */
@Component({
  selector: 'tsu-nomination-accept',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    ErrorSummaryComponent,
    EnrolQuestionsComponent,
    EnrolChildcareComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      margin-top: 1rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    h4 {
      margin: 0;
    }
  `,
  template: `
    @let n = nomination();
    <form
      class="tsu-form"
      [formGroup]="form"
      (ngSubmit)="submit()"
      novalidate
      [attr.aria-labelledby]="'nomination-form-' + n.id"
      data-testid="nomination-form"
    >
      <h4 [id]="'nomination-form-' + n.id" tabindex="-1" data-testid="nomination-form-title">
        {{ 'enrolment.nominations.formTitle' | t }}
      </h4>
      <p class="tsu-field__hint">{{ 'enrolment.nominations.formLead' | t }}</p>
      <tsu-error-summary [for]="f" testId="nomination-form-error" />
      <tsu-enrol-questions [questions]="questions()" [answers]="form.controls.answers" [support]="f" />
      @if (offersChildcare()) {
        <tsu-enrol-childcare
          [form]="form"
          [rows]="rows"
          [support]="f"
          [session]="n.session"
          [offer]="null"
          [ageRange]="ageRange()"
          [asksFallback]="false"
        />
      }
      <div class="actions">
        <button type="submit" class="tsu-button" [disabled]="f.pending()" data-testid="nomination-confirm">
          {{ 'enrolment.nominations.confirm' | t }}
        </button>
        <button
          type="button"
          class="tsu-button tsu-button--secondary"
          [disabled]="f.pending()"
          (click)="cancelled.emit()"
          data-testid="nomination-form-cancel"
        >
          {{ 'enrolment.nominations.cancel' | t }}
        </button>
      </div>
    </form>
  `,
})
export class NominationAcceptComponent implements OnInit {
  readonly nomination = input.required<MyNomination>();
  /** She is enrolled: the sentence to show. */
  readonly accepted = output<string>();
  readonly cancelled = output<void>();

  private readonly service = inject(SeatPoolsService);
  private readonly i18n = inject(I18nService);

  protected readonly questions = computed(() =>
    [...this.nomination().session.questions].sort((a, b) => a.position - b.position),
  );
  protected readonly offersChildcare = computed(() => this.nomination().session.childcareCapacity > 0);
  protected readonly ageRange = computed(() => ({
    min: this.nomination().session.childcareMinAgeMonths ?? LIMITS.session.childAgeMonths.min,
    max: this.nomination().session.childcareMaxAgeMonths ?? LIMITS.session.childAgeMonths.max,
  }));

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

  ngOnInit(): void {
    resetAnswers(this.form, this.questions());
    this.f.focusAfterRender('[data-testid="nomination-form-title"]');
  }

  async submit(): Promise<void> {
    const n = this.nomination();
    requireChildcareParts(this.form, this.rows, false);
    this.form.updateValueAndValidity();
    this.rows.markAllShown();
    if (!this.f.start()) return;
    this.f.pending.set(true);
    try {
      await this.service.accept({
        nominationId: n.id,
        ...enrolmentChoices(this.form, this.offersChildcare()),
      });
      this.accepted.emit(this.i18n.t('enrolment.nominations.acceptedNotice', { title: n.courseTitle }));
    } catch (error) {
      this.f.fail(error, this.i18n.t('errors.BAD_USER_INPUT'));
    } finally {
      this.f.pending.set(false);
    }
  }
}
