import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ControlContainer, ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { LIMITS, type EnrolOffer } from '@tsunagu/shared/domain';
import type { EnrolSession } from '@tsunagu/web/enrolment/data-access';
import type { FormSupport } from '@tsunagu/web/shared/data-access';
import { FormFieldComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import { formatAgeMonths, I18nService, TranslatePipe } from '@tsunagu/web/shared/util';
import type { AgeRange, ChildRows, EnrolForm } from './enrol-form';

/**
 * Childcare (託児) in the enrol form: the request, each child's age, and (with a seat free but
 * childcare full) whether she waits or comes without. Its controls bind to the enclosing form (the enrol
 * page's, or a nomination's acceptance).
 */
@Component({
  selector: 'tsu-enrol-childcare',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, TsuInputDirective],
  viewProviders: [
    { provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .choice-box {
      border: 2px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      padding: 0.5rem 0.75rem;
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
  `,
  template: `
    @let s = session();
    <fieldset class="tsu-fieldset choice-box" data-testid="childcare-section">
      <legend>{{ 'enrolment.childcare.title' | t }}</legend>
      <p class="tsu-field__hint">
        {{ 'enrolment.childcare.range' | t: { min: age(ageRange().min), max: age(ageRange().max) } }}
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

      @if (form().controls.childcare.value) {
        <div formArrayName="childAgesMonths" data-testid="children">
          @for (child of rows().array.controls; track child; let i = $index) {
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
                    [attr.max]="maxYears"
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
              @if (rows().length > 1) {
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
        @if (!rows().full) {
          <button
            type="button"
            class="tsu-button tsu-button--secondary"
            (click)="rows().add()"
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
  `,
})
export class EnrolChildcareComponent {
  private readonly i18n = inject(I18nService);
  readonly form = input.required<EnrolForm>();
  readonly rows = input.required<ChildRows>();
  readonly support = input.required<FormSupport>();
  /** What it tells of the session: the childcare seats left (the enrol page's session, or a nomination's). */
  readonly session = input.required<Pick<EnrolSession, 'childcareSeatsLeft'>>();
  readonly offer = input.required<EnrolOffer | null>();
  readonly ageRange = input.required<AgeRange>();
  /** Whether "wait or go without childcare" means anything: only with a seat free and childcare full. */
  readonly asksFallback = input.required<boolean>();
  protected readonly maxYears = Math.floor(LIMITS.session.childAgeMonths.max / 12);

  protected readonly waitlistRank = computed(() => {
    const o = this.offer();
    return o && (o.kind === 'seat' || o.kind === 'waitlist') ? o.waitlistRank : 1;
  });

  protected age(months: number): string {
    return formatAgeMonths(months, (key, params) => this.i18n.t(key, params));
  }

  private show(control: AbstractControl): boolean {
    return this.support().submitted() || control.touched;
  }

  protected childError(index: number): string | null {
    this.support().changes();
    const rows = this.rows();
    const array = rows.array;
    if (index === 0 && array.errors && this.show(array)) return this.support().error(array);
    const group = array.at(index);
    const shown = group && (rows.isFresh(group) ? group.touched : this.show(group));
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
    this.support().changes();
    const control = this.form().controls.childcare;
    return control.errors ? this.support().error(control) : null;
  }

  protected fallbackError(): string | null {
    this.support().changes();
    const control = this.form().controls.ifChildcareFull;
    if (!control.errors || !this.show(control)) return null;
    if (control.errors['required']) return this.i18n.t('enrolment.childcare.fullRequired');
    return this.support().error(control);
  }

  protected removeChild(index: number): void {
    this.rows().remove(index);
    // Her button went with the row: focus goes to the child before it (or the first).
    this.support().focusAfterRender(`[data-testid="child-${Math.max(0, index - 1)}-years"]`);
  }
}
