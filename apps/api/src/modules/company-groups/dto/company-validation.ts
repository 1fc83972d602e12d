import {
  isIsoDate,
  isPhone,
  isValidCorporateNumber,
  LIMITS,
  normalisePhone,
  normalizeCorporateNumber,
  normalizePostalCode,
  tokyoIsoDate,
} from '@tsunagu/shared/domain';
import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationArguments } from 'class-validator';
import type { MessageKey } from '../../../core/i18n/messages';

/*
 * Validators of the company inputs that core's validation.ts does not have. Like core's, each carries
 * its message key as the constraint message, which the validation pipe turns into a field problem.
 */

function message(key: MessageKey, params: Record<string, number> = {}): string {
  return JSON.stringify({ key, params });
}

/** Trimmed; blank means "not given" (null), so a column is cleared rather than holding ''. */
export const TrimmedOrNull = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value));

/**
 * 法人番号 as typed (full-width digits, hyphens, spaces), stored as its 13 ASCII digits. What is not 13
 * digits is left as typed for the validator to refuse.
 */
export const CorporateNumber = () => (target: object, property: string) => {
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (normalizeCorporateNumber(value) ?? value) : value,
  )(target, property);
  ValidateBy(
    {
      name: 'isCorporateNumber',
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidCorporateNumber(value) },
    },
    {
      message: (args: ValidationArguments) =>
        message(
          typeof args.value === 'string' && /^[0-9]{13}$/.test(args.value)
            ? 'companyGroups.corporateNumberCheckDigit'
            : 'companyGroups.corporateNumberFormat',
        ),
    },
  )(target, property);
};

/** 郵便番号 as typed, stored as `123-4567`; blank clears it. */
export const PostalCode = () => (target: object, property: string) => {
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed ? (normalizePostalCode(trimmed) ?? trimmed) : null;
  })(target, property);
  ValidateBy(
    {
      name: 'isPostalCode',
      validator: {
        validate: (value: unknown) =>
          value === null || value === undefined || (typeof value === 'string' && /^\d{3}-\d{4}$/.test(value)),
      },
    },
    { message: message('companyGroups.postalCode') },
  )(target, property);
};

/** A phone number as people write it (full-width digits and dashes are normalised); blank clears it. */
export const PhoneOrNull = () => (target: object, property: string) => {
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? normalisePhone(value) || null : value,
  )(target, property);
  ValidateBy(
    {
      name: 'isPhone',
      validator: {
        validate: (value: unknown) =>
          value === null || value === undefined || (typeof value === 'string' && isPhone(value)),
      },
    },
    { message: message('validation.phone') },
  )(target, property);
};

/**
 * A certification date: `YYYY-MM-DD`, a real date, and not after today in Asia/Tokyo (dates compare as
 * strings in this form).
 */
export const CertifiedOn = () =>
  ValidateBy(
    {
      name: 'isCertifiedOn',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && isIsoDate(value) && value <= tokyoIsoDate(new Date()),
      },
    },
    {
      message: (args: ValidationArguments) =>
        message(
          typeof args.value === 'string' && isIsoDate(args.value)
            ? 'companyGroups.certifiedInFuture'
            : 'companyGroups.certifiedOnInvalid',
        ),
    },
  );

/**
 * The name of a certification: required (and at most its limit) exactly when the kind is `other`,
 * absent otherwise (the table's CHECK says the same).
 */
export const OtherCertificationName = () =>
  ValidateBy(
    {
      name: 'isOtherCertificationName',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const isOther = (args?.object as { kind?: unknown } | undefined)?.kind === 'other';
          if (!isOther) return value === null || value === undefined;
          return typeof value === 'string' && value.length <= LIMITS.company.certificationName.max;
        },
      },
    },
    {
      message: (args: ValidationArguments) => {
        if ((args.object as { kind?: unknown }).kind !== 'other')
          return message('companyGroups.otherNameOnlyForOther');
        return typeof args.value === 'string'
          ? message('validation.maxLength', { max: LIMITS.company.certificationName.max })
          : message('companyGroups.otherNameRequired');
      },
    },
  );
