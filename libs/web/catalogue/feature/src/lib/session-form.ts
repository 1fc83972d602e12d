import {
  FormArray,
  FormControl,
  FormGroup,
  Validators,
  type AbstractControl,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import { LIMITS } from '@tsunagu/shared/domain';
import type { EditorSession } from '@tsunagu/web/catalogue/data-access';
import type {
  CompletionRule,
  CreateSessionInput,
  QuestionKind,
  RegistrationMode,
} from '@tsunagu/web/shared/data-access';
import {
  isoToTokyoDateAndTime,
  isoToTokyoLocal,
  tokyoDateAndTimeToIso,
  tokyoLocalToIso,
} from '@tsunagu/web/shared/util';
import { integerValidator, urlValidator } from './editor-errors';

const text = (value = '', ...validators: ValidatorFn[]) =>
  new FormControl(value, { nonNullable: true, validators });
const num = (value: number | null, ...validators: ValidatorFn[]) =>
  new FormControl<number | null>(value, { validators: [integerValidator, ...validators] });
const flag = (value = false) => new FormControl(value, { nonNullable: true });
/** The shared limit's range as validators, so the form refuses what the API refuses. */
const range = (limit: { readonly min: number; readonly max: number }) => [
  Validators.min(limit.min),
  Validators.max(limit.max),
];

const dateTimeValidator: ValidatorFn = (c) =>
  !c.value || tokyoLocalToIso(c.value) ? null : { dateTime: true };

/** The session form's controls its cross-field validator reads. */
type CrossCheckedControl =
  | 'registrationOpensAt'
  | 'registrationClosesAt'
  | 'registrationMode'
  | 'drawAt'
  | 'completionRule'
  | 'completionMinMeetings'
  | 'isOnline'
  | 'onlineUrl'
  | 'childcareCapacity'
  | 'childcareMinAgeMonths'
  | 'childcareMaxAgeMonths';

export function meetingGroup(
  value: { id?: string | null; date?: string; startsAt?: string; endsAt?: string } = {},
) {
  return new FormGroup(
    {
      id: new FormControl<string | null>(value.id ?? null),
      date: text(value.date ?? '', Validators.required),
      startsAt: text(value.startsAt ?? '', Validators.required),
      endsAt: text(value.endsAt ?? '', Validators.required),
    },
    {
      validators: (group) => {
        const { startsAt, endsAt } = (group as FormGroup).controls as Record<
          'startsAt' | 'endsAt',
          AbstractControl<string>
        >;
        const invalid = !!startsAt.value && !!endsAt.value && endsAt.value <= startsAt.value;
        setFlag(endsAt, 'endAfterStart', invalid);
        return null;
      },
    },
  );
}

export function questionGroup(
  value: {
    id?: string | null;
    kind?: QuestionKind;
    label?: string;
    choices?: string;
    required?: boolean;
  } = {},
) {
  return new FormGroup(
    {
      id: new FormControl<string | null>(value.id ?? null),
      kind: new FormControl<QuestionKind>(value.kind ?? 'text', { nonNullable: true }),
      label: text(value.label ?? '', Validators.required, Validators.maxLength(LIMITS.question.label.max)),
      choices: text(value.choices ?? ''),
      required: flag(value.required ?? false),
    },
    {
      validators: (group) => {
        const { kind, choices } = (group as FormGroup).controls as Record<
          'kind' | 'choices',
          AbstractControl<string>
        >;
        setFlag(choices, 'choices', kind.value === 'choice' && splitChoices(choices.value).length < 2);
        return null;
      },
    },
  );
}

/** Adds or removes one cross-field error on a control, keeping its others. */
function setFlag(control: AbstractControl, key: string, on: boolean): void {
  const errors: ValidationErrors = { ...(control.errors ?? {}) };
  if (on) errors[key] = true;
  else delete errors[key];
  const next = Object.keys(errors).length > 0 ? errors : null;
  if (JSON.stringify(next) !== JSON.stringify(control.errors)) control.setErrors(next, { emitEvent: false });
}

export function splitChoices(value: string): string[] {
  return value
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean);
}

export type MeetingGroup = ReturnType<typeof meetingGroup>;
export type QuestionGroup = ReturnType<typeof questionGroup>;

/** The session form; control names match the API's input fields, so its field errors land on them. */
export function sessionForm() {
  return new FormGroup(
    {
      title: text('', Validators.maxLength(LIMITS.session.title.max)),
      venueName: text('', Validators.maxLength(LIMITS.session.venueName.max)),
      venueAddress: text('', Validators.maxLength(LIMITS.session.venueAddress.max)),
      accessNotes: text('', Validators.maxLength(LIMITS.session.accessNotes.max)),
      isOnline: flag(),
      onlineUrl: text('', urlValidator, Validators.maxLength(LIMITS.session.onlineUrl.max)),
      isOffsite: flag(),
      capacity: num(null, Validators.required, ...range(LIMITS.session.capacity)),
      childcareCapacity: num(0, ...range(LIMITS.session.childcareSeats)),
      childcareMinAgeMonths: num(null, ...range(LIMITS.session.childAgeMonths)),
      childcareMaxAgeMonths: num(null, ...range(LIMITS.session.childAgeMonths)),
      feeYen: num(null, ...range(LIMITS.session.feeYen)),
      registrationOpensAt: text('', Validators.required, dateTimeValidator),
      registrationClosesAt: text('', Validators.required, dateTimeValidator),
      cancellationDeadline: text('', Validators.required, dateTimeValidator),
      registrationMode: new FormControl<RegistrationMode>('first_come', { nonNullable: true }),
      drawAt: text('', dateTimeValidator),
      completionRule: new FormControl<CompletionRule>('all', { nonNullable: true }),
      completionMinMeetings: num(null, ...range(LIMITS.session.meetings)),
      checkInOpensMinutesBefore: new FormControl<number>(LIMITS.session.checkInOpensMinutesBefore.default, {
        nonNullable: true,
      }),
      reminderHoursBefore: new FormControl<number>(LIMITS.session.reminderHoursBefore.default, {
        nonNullable: true,
      }),
      meetings: new FormArray<MeetingGroup>([meetingGroup()]),
      questions: new FormArray<QuestionGroup>([]),
    },
    {
      validators: (form) => {
        const c = (form as FormGroup).controls as Record<CrossCheckedControl, AbstractControl>;
        setFlag(
          c['registrationClosesAt'],
          'closesAfterOpens',
          !!c['registrationOpensAt'].value &&
            !!c['registrationClosesAt'].value &&
            c['registrationClosesAt'].value <= c['registrationOpensAt'].value,
        );
        setFlag(c['drawAt'], 'required', c['registrationMode'].value === 'lottery' && !c['drawAt'].value);
        setFlag(
          c['completionMinMeetings'],
          'required',
          c['completionRule'].value === 'at_least' && c['completionMinMeetings'].value === null,
        );
        setFlag(c['onlineUrl'], 'required', c['isOnline'].value && !c['onlineUrl'].value);
        const hasChildcare = Number(c['childcareCapacity'].value) > 0;
        const min = c['childcareMinAgeMonths'].value;
        const max = c['childcareMaxAgeMonths'].value;
        setFlag(
          c['childcareMaxAgeMonths'],
          'maxAfterMin',
          hasChildcare && min !== null && max !== null && max < min,
        );
        return null;
      },
    },
  );
}

export type SessionForm = ReturnType<typeof sessionForm>;

function blankToNull(value: string): string | null {
  return value.trim() ? value.trim() : null;
}

function numberOrNull(value: number | string | null): number | null {
  return value === null || value === '' ? null : Number(value);
}

/** Form → API input, reading every date and time as Tokyo time. */
export function toSessionInput(form: SessionForm): Omit<CreateSessionInput, 'courseId'> {
  const v = form.getRawValue();
  const childcare = Number(v.childcareCapacity ?? 0);
  return {
    title: v.title.trim(),
    venueName: blankToNull(v.venueName),
    venueAddress: blankToNull(v.venueAddress),
    accessNotes: blankToNull(v.accessNotes),
    isOnline: v.isOnline,
    onlineUrl: v.isOnline ? blankToNull(v.onlineUrl) : null,
    isOffsite: v.isOffsite,
    capacity: Number(v.capacity),
    childcareCapacity: childcare,
    childcareMinAgeMonths: childcare > 0 ? numberOrNull(v.childcareMinAgeMonths) : null,
    childcareMaxAgeMonths: childcare > 0 ? numberOrNull(v.childcareMaxAgeMonths) : null,
    feeYen: numberOrNull(v.feeYen),
    registrationOpensAt: tokyoLocalToIso(v.registrationOpensAt) as string,
    registrationClosesAt: tokyoLocalToIso(v.registrationClosesAt) as string,
    cancellationDeadline: tokyoLocalToIso(v.cancellationDeadline) as string,
    registrationMode: v.registrationMode,
    drawAt: v.registrationMode === 'lottery' ? tokyoLocalToIso(v.drawAt) : null,
    completionRule: v.completionRule,
    completionMinMeetings: v.completionRule === 'at_least' ? numberOrNull(v.completionMinMeetings) : null,
    checkInOpensMinutesBefore: Number(v.checkInOpensMinutesBefore),
    reminderHoursBefore: Number(v.reminderHoursBefore),
    meetings: v.meetings.map((m) => ({
      ...(m.id ? { id: m.id } : {}),
      startsAt: tokyoDateAndTimeToIso(m.date, m.startsAt) as string,
      endsAt: tokyoDateAndTimeToIso(m.date, m.endsAt) as string,
    })),
    questions: v.questions.map((q) => ({
      ...(q.id ? { id: q.id } : {}),
      kind: q.kind,
      label: q.label.trim(),
      choices: q.kind === 'choice' ? splitChoices(q.choices) : [],
      required: q.required,
    })),
  };
}

/** API session → form values (Tokyo wall-clock time). */
export function fillSessionForm(form: SessionForm, s: EditorSession): void {
  form.controls.meetings.clear();
  for (const m of s.meetings) {
    const start = isoToTokyoDateAndTime(m.startsAt);
    form.controls.meetings.push(
      meetingGroup({
        id: m.id,
        date: start.date,
        startsAt: start.time,
        endsAt: isoToTokyoDateAndTime(m.endsAt).time,
      }),
    );
  }
  form.controls.questions.clear();
  for (const q of s.questions)
    form.controls.questions.push(
      questionGroup({
        id: q.id,
        kind: q.kind,
        label: q.label,
        choices: q.choices.join('\n'),
        required: q.required,
      }),
    );
  form.patchValue({
    title: s.title,
    venueName: s.venueName ?? '',
    venueAddress: s.venueAddress ?? '',
    accessNotes: s.accessNotes ?? '',
    isOnline: s.isOnline,
    onlineUrl: s.onlineUrl ?? '',
    isOffsite: s.isOffsite,
    capacity: s.capacity,
    childcareCapacity: s.childcareCapacity,
    childcareMinAgeMonths: s.childcareMinAgeMonths,
    childcareMaxAgeMonths: s.childcareMaxAgeMonths,
    feeYen: s.feeYen,
    registrationOpensAt: isoToTokyoLocal(s.registrationOpensAt),
    registrationClosesAt: isoToTokyoLocal(s.registrationClosesAt),
    cancellationDeadline: isoToTokyoLocal(s.cancellationDeadline),
    registrationMode: s.registrationMode,
    drawAt: isoToTokyoLocal(s.drawAt),
    completionRule: s.completionRule,
    completionMinMeetings: s.completionMinMeetings,
    checkInOpensMinutesBefore: s.checkInOpensMinutesBefore,
    reminderHoursBefore: s.reminderHoursBefore,
  });
}
