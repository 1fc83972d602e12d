import type { CourseFilePurpose, FilePreflightProblem } from '@tsunagu/web/catalogue/data-access';
import { toAppError } from '@tsunagu/web/shared/data-access';
import { errorText, type I18nService } from '@tsunagu/web/shared/util';

/** Why a file was refused before uploading it. */
export function preflightText(
  i18n: I18nService,
  problem: FilePreflightProblem,
  purpose: CourseFilePurpose,
): string {
  if (problem.key === 'tooLarge') return i18n.t('courseEditor.files.tooLarge', { max: problem.maxMegabytes });
  return i18n.t(purpose === 'cover' ? 'courseEditor.files.coverType' : 'courseEditor.files.lessonType');
}

/** The words for a failed upload: the API's message for the file, else its general one. */
export function uploadErrorText(i18n: I18nService, error: unknown): string {
  const e = toAppError(error);
  return e.fields?.['file'] ?? errorText(i18n, e);
}
