import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { Validators } from '@angular/forms';
import { EMAIL_PATTERN, isKana, LIMITS } from '@tsunagu/shared/domain';
import type { TranslationKey, TranslationParams } from './i18n/dictionary';

/** Validators built from the shared domain limits, so the form refuses what the API refuses. */
export const TsuValidators = {
  email: ((control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = control.value?.trim();
    return !value || EMAIL_PATTERN.test(value) ? null : { email: true };
  }) as ValidatorFn,
  kana: ((control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = control.value;
    return !value || isKana(value) ? null : { kana: true };
  }) as ValidatorFn,
  emailField: (): ValidatorFn[] => [
    Validators.required,
    Validators.maxLength(LIMITS.email.max),
    TsuValidators.email,
  ],
  passwordField: (): ValidatorFn[] => [
    Validators.required,
    Validators.minLength(LIMITS.password.min),
    Validators.maxLength(LIMITS.password.max),
  ],
  nameField: (): ValidatorFn[] => [Validators.required, Validators.maxLength(LIMITS.name.max)],
  kanaField: (): ValidatorFn[] => [
    Validators.required,
    Validators.maxLength(LIMITS.name.max),
    TsuValidators.kana,
  ],
};

/** Either a dictionary key (client-side check) or text the server already localized. */
export type FieldMessage = { key: TranslationKey; params?: TranslationParams } | { text: string };

/** The first message to show for a control's errors; `server` wins because it is newest. */
export function fieldMessage(errors: ValidationErrors | null | undefined): FieldMessage | null {
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return { text: errors['server'] };
  if (errors['required']) return { key: 'validation.required' };
  if (errors['email']) return { key: 'validation.email' };
  if (errors['kana']) return { key: 'validation.kana' };
  if (errors['minlength'])
    return { key: 'validation.minLength', params: { min: errors['minlength'].requiredLength } };
  if (errors['maxlength'])
    return { key: 'validation.maxLength', params: { max: errors['maxlength'].requiredLength } };
  return { key: 'errors.BAD_USER_INPUT' };
}

/** The text to show under a control, or null while it is untouched and the form unsubmitted. */
export function controlErrorText(
  translate: (key: TranslationKey, params?: TranslationParams) => string,
  control: AbstractControl,
  show: boolean,
): string | null {
  if (!show) return null;
  const message = fieldMessage(control.errors);
  if (!message) return null;
  return 'text' in message ? message.text : translate(message.key, message.params);
}
