import { Injectable, inject } from '@angular/core';
import {
  COURSE_FILE_RULES,
  courseFileAccept,
  courseFileKindOfName,
  type CourseFilePurpose,
} from '@tsunagu/shared/domain';
import { SessionStore, type CourseFileInfoFragment } from '@tsunagu/web/shared/data-access';
import { I18nService } from '@tsunagu/web/shared/util';

export type CourseFileInfo = CourseFileInfoFragment;
export type { CourseFilePurpose };

/** Why a picked file is refused before it is sent (the API checks its contents again). */
export type FilePreflightProblem = { key: 'tooLarge'; maxMegabytes: number } | { key: 'type' };

/** The `accept` of a file input for the purpose. */
export function acceptFor(purpose: CourseFilePurpose): string {
  return courseFileAccept(purpose);
}

/**
 * Refuses what the API would refuse anyway, without sending megabytes over a phone connection: a
 * file over the purpose's size limit, or one whose name is not of a kind it accepts.
 */
export function preflightCourseFile(
  purpose: CourseFilePurpose,
  file: { name: string; size: number },
): FilePreflightProblem | null {
  const rules = COURSE_FILE_RULES[purpose];
  const kind = courseFileKindOfName(file.name);
  if (!kind || !rules.kinds.includes(kind)) return { key: 'type' };
  if (file.size > rules.maxBytes) return { key: 'tooLarge', maxMegabytes: rules.maxMegabytes };
  return null;
}

interface ApiErrorBody {
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
}

/**
 * A refused upload, shaped like a GraphQL error (`errors` with codes, localized messages and per-field
 * messages), so `toAppError` reads it as it reads any API error.
 */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly errors: NonNullable<ApiErrorBody['errors']>,
  ) {
    super(errors[0]?.message ?? '');
    this.name = 'UploadError';
  }
}

/** Uploads to a course (lesson materials, cover images) with her bearer token, reporting progress. */
@Injectable({ providedIn: 'root' })
export class CourseFilesService {
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);

  /** `onProgress` gets the share sent so far, 0 to 1. Retries once after refreshing an expired token. */
  async upload(
    courseId: string,
    purpose: CourseFilePurpose,
    file: File,
    onProgress?: (fraction: number) => void,
  ): Promise<CourseFileInfo> {
    let result = await this.send(courseId, purpose, file, onProgress);
    if (result.status === 401 && (await this.session.refresh()))
      result = await this.send(courseId, purpose, file, onProgress);
    if (result.status === 201) return result.body as CourseFileInfo;
    throw new UploadError(result.status, (result.body as ApiErrorBody | null)?.errors ?? []);
  }

  /** XMLHttpRequest rather than fetch: only it reports upload progress. */
  private send(
    courseId: string,
    purpose: CourseFilePurpose,
    file: File,
    onProgress?: (fraction: number) => void,
  ): Promise<{ status: number; body: unknown }> {
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', `/api/courses/${encodeURIComponent(courseId)}/files?purpose=${purpose}`);
      const token = this.session.accessToken();
      if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
      request.setRequestHeader('accept-language', this.i18n.locale());
      request.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
      };
      request.onload = () => {
        let body: unknown = null;
        try {
          body = JSON.parse(request.responseText);
        } catch {
          // Not the API's answer (a proxy's error page): the status alone speaks.
        }
        resolve({ status: request.status, body });
      };
      // toAppError reads a TypeError as the network failing.
      request.onerror = () => reject(new TypeError('Network request failed'));
      const form = new FormData();
      form.append('file', file, file.name);
      request.send(form);
    });
  }
}
