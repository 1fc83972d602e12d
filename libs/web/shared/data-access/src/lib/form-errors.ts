import type { FormGroup } from '@angular/forms';
import type { I18nService } from '@tsunagu/web/shared/util';
import type { AppError } from './app-error';

/**
 * Puts the API's per-field messages on the matching controls and returns the text for the
 * form-level alert (null when every message found its field).
 */
export function applyAppError(form: FormGroup, error: AppError, i18n: I18nService): string | null {
  let unmatched = false;
  if (error.fields) {
    for (const [name, message] of Object.entries(error.fields)) {
      const control = form.get(name);
      if (control) {
        control.setErrors({ ...control.errors, server: message });
        control.markAsTouched();
      } else unmatched = true;
    }
    if (!unmatched) return null;
  }
  // Messages of the API are localized already; our own words cover network trouble.
  if (error.code === 'NETWORK' || error.code === 'UNKNOWN' || !error.message)
    return i18n.t(`errors.${error.code}`);
  return error.message;
}

/** Moves focus to the first invalid control once the error messages are rendered. */
export function focusFirstInvalid(host: HTMLElement): void {
  host.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
