import type { AbstractControl } from '@angular/forms';
import { controlErrorText, type I18nService } from '@tsunagu/web/shared/util';

/** The message under an editor field: our own checks first, then the shared ones. */
export function editorErrorText(
  i18n: I18nService,
  control: AbstractControl | null,
  show: boolean,
): string | null {
  if (!control || !show || !control.errors) return null;
  const e = control.errors;
  if (typeof e['server'] === 'string') return e['server'];
  if (e['required']) return i18n.t('validation.required');
  if (e['min']) return i18n.t('courseEditor.validation.min', { min: e['min'].min });
  if (e['max']) return i18n.t('facts.maxValue', { max: e['max'].max });
  if (e['integer']) return i18n.t('courseEditor.validation.integer');
  if (e['dateTime']) return i18n.t('courseEditor.validation.dateTime');
  if (e['endAfterStart']) return i18n.t('courseEditor.validation.endAfterStart');
  if (e['closesAfterOpens']) return i18n.t('courseEditor.validation.closesAfterOpens');
  if (e['maxAfterMin']) return i18n.t('courseEditor.validation.maxAfterMin');
  if (e['choices']) return i18n.t('courseEditor.validation.choices');
  if (e['url']) return i18n.t('courseEditor.validation.url');
  if (e['fileOrUrl']) return i18n.t('courseEditor.lessons.fileOrUrl');
  return controlErrorText((key, params) => i18n.t(key, params), control, show);
}

export const urlValidator = (control: AbstractControl<string | null>) =>
  !control.value || /^https?:\/\/\S+$/i.test(control.value.trim()) ? null : { url: true };

export const integerValidator = (control: AbstractControl<number | string | null>) =>
  control.value === null || control.value === '' || Number.isInteger(Number(control.value))
    ? null
    : { integer: true };
