import { applyDecorators, ValidationError, ValidationPipe } from '@nestjs/common';
import { EMAIL_PATTERN, KANA_PATTERN } from '@tsunagu/shared/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import type { MessageKey, MessageParams } from '../i18n/messages';
import { BadUserInputError, FieldProblem } from './errors';

/*
 * Input validation with class-validator. The decorators below carry a message key and its params,
 * encoded as the constraint message; the pipe's exception factory decodes them into a BadUserInputError,
 * which the exception filter localizes per field. Use these instead of class-validator's own.
 */

function message(key: MessageKey, params: MessageParams = {}): { message: string } {
  return { message: JSON.stringify({ key, params }) };
}

export const Required = () =>
  applyDecorators(IsString(message('validation.required')), IsNotEmpty(message('validation.required')));
export const OptionalValue = () => IsOptional();
/** Surrounding spaces (a common slip on phone keyboards) are dropped before validation. */
export const Trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
export const MinChars = (min: number) => MinLength(min, message('validation.minLength', { min }));
export const MaxChars = (max: number) => MaxLength(max, message('validation.maxLength', { max }));
export const EmailAddress = () => Matches(EMAIL_PATTERN, message('validation.email'));
export const Kana = () => Matches(KANA_PATTERN, message('validation.kana'));
export const OneOf = (values: readonly string[]) => IsIn(values as string[], message('validation.enum'));
export const OneOfEach = (values: readonly string[]) =>
  IsIn(values as string[], { each: true, ...message('validation.enum') });
export const Uuid = () => IsUUID('all', message('validation.uuid'));
export const UuidEach = () => IsUUID('all', { each: true, ...message('validation.uuid') });
/** A whole number from `min` to `max` inclusive (GraphQL's Int already refuses fractions). */
export const IntRange = (min: number, max: number) =>
  applyDecorators(
    IsInt(message('validation.range', { min, max })),
    Min(min, message('validation.range', { min, max })),
    Max(max, message('validation.range', { min, max })),
  );
export const MaxItems = (max: number) => ArrayMaxSize(max, message('validation.maxItems', { max }));
export const MaxCharsEach = (max: number) =>
  MaxLength(max, { each: true, ...message('validation.maxLengthEach', { max }) });
/** An absolute http(s) URL: no `javascript:` or relative links reach a page. */
export const WebUrl = () =>
  IsUrl({ protocols: ['http', 'https'], require_protocol: true }, message('validation.url'));

const PRIORITY = ['isNotEmpty', 'isString'];

function decode(raw: string): { key: MessageKey; params: MessageParams } {
  try {
    const parsed = JSON.parse(raw) as { key: MessageKey; params: MessageParams };
    if (parsed && typeof parsed.key === 'string') return parsed;
  } catch {
    // class-validator's own message (e.g. a non-whitelisted property): a generic one.
  }
  return { key: 'validation.invalid', params: {} };
}

export function toFieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own: FieldProblem[] = [];
    if (error.constraints) {
      const names = Object.keys(error.constraints);
      const chosen = PRIORITY.find((p) => names.includes(p)) ?? names[0];
      const raw = chosen === undefined ? undefined : error.constraints[chosen];
      if (raw !== undefined) {
        const { key, params } = decode(raw);
        own.push({ field, key, params });
      }
    }
    return own.concat(toFieldProblems(error.children ?? [], field));
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => new BadUserInputError(toFieldProblems(errors)),
  });
}
