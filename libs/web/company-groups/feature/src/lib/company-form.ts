import { FormArray, FormControl, FormGroup, Validators, type AbstractControl } from '@angular/forms';
import {
  isPhone,
  isValidCorporateNumber,
  LIMITS,
  normalisePhone,
  normalizePostalCode,
} from '@tsunagu/shared/domain';
import type { CompanyProfile } from '@tsunagu/web/company-groups/data-access';
import type {
  CompanyContactInput,
  CompanySizeBand,
  IndustryMajorGroup,
} from '@tsunagu/web/shared/data-access';
import { controlErrorText, TsuValidators, type I18nService } from '@tsunagu/web/shared/util';

const L = LIMITS.company;

/** Validators of the company fields; their errors' words are in {@link companyFieldMessage}. */
export const companyValidators = {
  corporateNumber: (control: AbstractControl<string>) =>
    !control.value.trim() || isValidCorporateNumber(control.value) ? null : { corporateNumber: true },
  postalCode: (control: AbstractControl<string>) =>
    !control.value.trim() || normalizePostalCode(control.value) ? null : { postalCode: true },
  url: (control: AbstractControl<string>) =>
    !control.value.trim() || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(control.value.trim())
      ? null
      : { url: true },
  phone: (control: AbstractControl<string>) =>
    !control.value.trim() || isPhone(normalisePhone(control.value)) ? null : { phone: true },
};

export type ContactGroup = FormGroup<{
  name: FormControl<string>;
  department: FormControl<string>;
  email: FormControl<string>;
  phone: FormControl<string>;
}>;

export function contactGroup(
  value?: Partial<Record<keyof CompanyContactInput, string | null>>,
): ContactGroup {
  const c = L.contact;
  return new FormGroup({
    name: new FormControl(value?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(c.name.max)],
    }),
    department: new FormControl(value?.department ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(c.department.max)],
    }),
    email: new FormControl(value?.email ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(c.email.max), TsuValidators.email],
    }),
    phone: new FormControl(value?.phone ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(c.phone.max), companyValidators.phone],
    }),
  });
}

/**
 * The profile's controls, the same for applying and for editing. Their names are the API's input
 * fields, so its per-field messages land on them (`contacts.0.email` included).
 */
export function companyProfileControls() {
  const text = (validators: ((c: AbstractControl) => object | null)[] = []) =>
    new FormControl('', { nonNullable: true, validators });
  return {
    name: text([Validators.required, Validators.maxLength(LIMITS.organisationName.max)]),
    nameKana: text([Validators.required, Validators.maxLength(L.nameKana.max), TsuValidators.kana]),
    corporateNumber: text([Validators.required, companyValidators.corporateNumber]),
    industry: text([Validators.required]),
    sizeBand: text([Validators.required]),
    postalCode: text([companyValidators.postalCode]),
    address: text([Validators.maxLength(L.address.max)]),
    website: text([Validators.maxLength(L.website.max), companyValidators.url]),
    contacts: new FormArray<ContactGroup>([]),
  };
}

export type CompanyProfileControls = ReturnType<typeof companyProfileControls>;

export function companyProfileForm() {
  return new FormGroup(companyProfileControls());
}
export type CompanyProfileForm = ReturnType<typeof companyProfileForm>;
export type CompanyProfileValues = ReturnType<CompanyProfileForm['getRawValue']>;

/** The form's values for a stored profile. */
export function profileValues(profile: CompanyProfile): CompanyProfileValues {
  return {
    name: profile.name,
    nameKana: profile.nameKana,
    corporateNumber: profile.corporateNumber,
    industry: profile.industry,
    sizeBand: profile.sizeBand,
    postalCode: profile.postalCode ?? '',
    address: profile.address ?? '',
    website: profile.website ?? '',
    contacts: (profile.contacts ?? []).map((c) => ({
      name: c.name,
      department: c.department ?? '',
      email: c.email,
      phone: c.phone ?? '',
    })),
  };
}

/** Fills the form with a profile, its contact list included (the array is rebuilt to the right length). */
export function fillProfileForm(form: CompanyProfileForm, profile: CompanyProfile): void {
  const values = profileValues(profile);
  form.controls.contacts.clear();
  for (const contact of values.contacts) form.controls.contacts.push(contactGroup(contact));
  form.reset(values);
}

/**
 * What the API receives: trimmed; blank optional fields sent as '' (the API stores them as null, so
 * clearing a field in an edit clears it); contacts in her order, blank optional parts left out.
 */
export function profileInput(values: CompanyProfileValues) {
  const optional = (value: string) => value.trim();
  return {
    name: values.name.trim(),
    nameKana: values.nameKana.trim(),
    corporateNumber: values.corporateNumber.trim(),
    industry: values.industry as IndustryMajorGroup,
    sizeBand: values.sizeBand as CompanySizeBand,
    postalCode: optional(values.postalCode),
    address: optional(values.address),
    website: optional(values.website),
    contacts: values.contacts.map((c): CompanyContactInput => ({
      name: c.name.trim(),
      email: c.email.trim(),
      ...(c.department.trim() ? { department: c.department.trim() } : {}),
      ...(c.phone.trim() ? { phone: c.phone.trim() } : {}),
    })),
  };
}

/** The message under a company field: the company validators' words, else the shared ones. */
export function companyFieldMessage(i18n: Pick<I18nService, 't'>, control: AbstractControl, show: boolean) {
  if (show && typeof control.errors?.['server'] !== 'string') {
    for (const key of ['corporateNumber', 'postalCode', 'url', 'phone', 'futureDate'] as const)
      if (control.errors?.[key]) return i18n.t(`companies.validation.${key}`);
  }
  return controlErrorText((key, params) => i18n.t(key, params), control, show);
}
