import {
  FormArray,
  FormControl,
  FormGroup,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import type { SeatPoolPeer } from '@tsunagu/web/company-groups/data-access';
import type { OfferSeatPoolInput, SeatAllocation } from '@tsunagu/web/shared/data-access';

/** The most seats one pool offers (the API's SEAT_POOL_LIMITS.seats). */
export const MAX_POOL_SEATS = 500;

export type AllocationRow = FormGroup<{
  organisationId: FormControl<string>;
  name: FormControl<string>;
  seats: FormControl<number | null>;
}>;

/** per_company: the companies' seats add up to the seats offered (the API says it again in its words). */
function sumMatches(array: AbstractControl): ValidationErrors | null {
  const form = array.parent as SeatPoolForm | null;
  if (!form || form.controls.allocation.value !== 'per_company') return null;
  const seats = Number(form.controls.seats.value ?? 0);
  return allocationsSum(form) === seats ? null : { sum: true };
}

/** The offer form; its control names are the API's input fields, so its field messages land there. */
export function seatPoolForm() {
  return new FormGroup({
    seats: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(1),
      Validators.max(MAX_POOL_SEATS),
    ]),
    closesAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    allocation: new FormControl<SeatAllocation>('first_come', { nonNullable: true }),
    allocations: new FormArray<AllocationRow>([], { validators: sumMatches }),
  });
}
export type SeatPoolForm = ReturnType<typeof seatPoolForm>;

/** The seats the companies were given so far (blank counts as 0). */
export function allocationsSum(form: SeatPoolForm): number {
  return form.controls.allocations.controls.reduce(
    (n, row) => n + (Number(row.controls.seats.value) || 0),
    0,
  );
}

/** One row per peer company, 0 seats each; the rows are disabled (not checked) while first come. */
export function fitAllocations(form: SeatPoolForm, peers: readonly SeatPoolPeer[]): void {
  const array = form.controls.allocations;
  array.clear({ emitEvent: false });
  for (const peer of peers)
    array.push(
      new FormGroup({
        organisationId: new FormControl(peer.organisationId, { nonNullable: true }),
        name: new FormControl(peer.name, { nonNullable: true }),
        seats: new FormControl<number | null>(0, [
          Validators.required,
          Validators.min(0),
          Validators.max(MAX_POOL_SEATS),
        ]),
      }),
      { emitEvent: false },
    );
  array.updateValueAndValidity();
}

/**
 * What is sent: per company, the companies given at least one seat (a company given none is left out,
 * the API takes 1 to 500 each); `sentRows[i]` is the form row of the API's `allocations.i`.
 */
export function offerInput(
  form: SeatPoolForm,
  sessionId: string,
  toIso: (local: string) => string,
): { input: OfferSeatPoolInput; sentRows: number[] } {
  const { seats, closesAt, allocation, allocations } = form.getRawValue();
  const sentRows: number[] = [];
  const rows =
    allocation === 'per_company'
      ? allocations.flatMap((a, i) => {
          const n = Number(a.seats) || 0;
          if (n <= 0) return [];
          sentRows.push(i);
          return [{ organisationId: a.organisationId, seats: n }];
        })
      : [];
  return {
    input: {
      sessionId,
      seats: Number(seats),
      allocation,
      closesAt: toIso(closesAt),
      ...(allocation === 'per_company' ? { allocations: rows } : {}),
    },
    sentRows,
  };
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: { fields?: Record<string, string> } & Record<string, unknown>;
}

/** The API names `allocations.i.x` by what was sent: the same error with each name moved to its form row. */
export function sentFieldsToForm(error: unknown, sentRows: readonly number[]): unknown {
  const errors = (error as { errors?: GraphQLErrorLike[] } | null)?.errors;
  if (!Array.isArray(errors)) return error;
  const move = (name: string) =>
    name.replace(/^allocations\.(\d+)\./, (_, i: string) => `allocations.${sentRows[Number(i)] ?? i}.`);
  return {
    ...(error as object),
    errors: errors.map((e) => {
      const fields = e.extensions?.fields;
      if (!fields) return e;
      return {
        ...e,
        extensions: {
          ...e.extensions,
          fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [move(k), v])),
        },
      };
    }),
  };
}
