import {
  FormArray,
  FormControl,
  FormGroup,
  FormRecord,
  Validators,
  type AbstractControl,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import { LIMITS } from '@tsunagu/shared/domain';
import { answersToSend, toMonths, type RegistrationQuestion } from '@tsunagu/web/enrolment/data-access';
import type { ChildcareFallback } from '@tsunagu/web/shared/data-access';

export type ChildGroup = FormGroup<{ years: FormControl<string>; months: FormControl<string> }>;
export interface AgeRange {
  min: number;
  max: number;
}

/** Each child's age within the session's range, in whole years and months. */
function childAgeValidator(range: () => AgeRange): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const { years, months } = (group as ChildGroup).getRawValue();
    const total = toMonths(years, months);
    if (total === null) return years === '' && months === '' ? { required: true } : { ageInvalid: true };
    if (months !== '' && Number(months) > 11) return { ageInvalid: true };
    const { min, max } = range();
    return total < min || total > max ? { ageRange: { min, max } } : null;
  };
}

function noBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value && !control.value.trim() ? { required: true } : null;
}

export function enrolForm() {
  return new FormGroup({
    answers: new FormRecord<FormControl<string>>({}),
    childcare: new FormControl(false, { nonNullable: true }),
    childAgesMonths: new FormArray<ChildGroup>([]),
    ifChildcareFull: new FormControl<ChildcareFallback | null>(null),
  });
}
export type EnrolForm = ReturnType<typeof enrolForm>;

/** One control per question of the session, in place of the last session's. */
export function resetAnswers(form: EnrolForm, questions: readonly RegistrationQuestion[]): void {
  const answers = form.controls.answers;
  for (const name of Object.keys(answers.controls)) answers.removeControl(name);
  for (const q of questions) {
    answers.addControl(
      q.id,
      new FormControl('', {
        nonNullable: true,
        validators: [
          ...(q.required ? [Validators.required, noBlank] : []),
          Validators.maxLength(LIMITS.enrolment.answer.max),
        ],
      }),
    );
  }
}

/** The children she brings to childcare: a row each, at most LIMITS.enrolment.children. */
export class ChildRows {
  /** Rows added since her last attempt to send: they show errors only once she has touched them. */
  private readonly fresh = new Set<AbstractControl>();

  constructor(
    readonly array: FormArray<ChildGroup>,
    private readonly range: () => AgeRange,
    private readonly submitted: () => boolean,
  ) {}

  get length(): number {
    return this.array.length;
  }

  get full(): boolean {
    return this.array.length >= LIMITS.enrolment.children.max;
  }

  add(): void {
    if (this.full) return;
    const child = new FormGroup(
      {
        years: new FormControl('', { nonNullable: true }),
        months: new FormControl('', { nonNullable: true }),
      },
      { validators: childAgeValidator(this.range) },
    );
    if (this.submitted()) this.fresh.add(child);
    this.array.push(child);
  }

  remove(index: number): void {
    this.fresh.delete(this.array.at(index));
    this.array.removeAt(index);
  }

  isFresh(row: AbstractControl): boolean {
    return this.fresh.has(row);
  }

  /** She tries to send: every row shows its errors now. */
  markAllShown(): void {
    this.fresh.clear();
  }
}

/**
 * Unticking childcare keeps the ages she typed (ticking it again brings them back); while it is unticked
 * they are disabled, so they neither block the form nor are sent. Ticking it first adds a child's row.
 */
export function followChildcare(form: EnrolForm, rows: ChildRows): void {
  form.controls.childcare.valueChanges.subscribe((on) => {
    if (on && rows.length === 0) rows.add();
    if (on) rows.array.enable({ emitEvent: false });
    else rows.array.disable({ emitEvent: false });
  });
}

/** Just before sending: the parts that depend on other fields (the children's ages, the fallback). */
export function requireChildcareParts(form: EnrolForm, rows: ChildRows, asksFallback: boolean): void {
  const fallback = form.controls.ifChildcareFull;
  fallback.setValidators(asksFallback ? Validators.required : null);
  fallback.updateValueAndValidity({ emitEvent: false });
  const ages = rows.array;
  ages.setValidators(form.controls.childcare.value ? Validators.required : null);
  ages.controls.forEach((c) => c.updateValueAndValidity({ emitEvent: false }));
  ages.updateValueAndValidity({ emitEvent: false });
}

/** What the form sends (enrol and acceptNomination take the same fields): no ages without childcare. */
export function enrolmentChoices(form: EnrolForm, offersChildcare: boolean) {
  const value = form.getRawValue();
  const childcare = offersChildcare && value.childcare;
  return {
    childcare,
    childAgesMonths: childcare ? value.childAgesMonths.map((c) => toMonths(c.years, c.months) ?? 0) : [],
    ifChildcareFull: value.ifChildcareFull ?? ('WAIT' as const),
    answers: answersToSend(value.answers),
  };
}
