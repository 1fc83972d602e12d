import { Injectable, inject } from '@angular/core';
import {
  COMPANY_FILE_RULES,
  COURSE_FILE_KIND_INFO,
  GROUP_POST_FILE_RULES,
  type CompanyFilePurpose,
} from '@tsunagu/shared/domain';
import { FileDownloader, SessionStore } from '@tsunagu/web/shared/data-access';
import { I18nService } from '@tsunagu/web/shared/util';

/** The `accept` of a file input for a company file. */
export const COMPANY_FILE_ACCEPT: Readonly<Record<CompanyFilePurpose, string>> = {
  logo: 'image/png,image/jpeg,image/webp',
  evidence: 'application/pdf,image/png,image/jpeg',
};

/** The `accept` of the file input on a board post: PDF, images, Office documents. */
export const GROUP_POST_FILE_ACCEPT = GROUP_POST_FILE_RULES.kinds
  .flatMap((kind) => [
    ...COURSE_FILE_KIND_INFO[kind].extensions.map((e) => `.${e}`),
    COURSE_FILE_KIND_INFO[kind].contentType,
  ])
  .join(',');

/** A refused upload, shaped like a GraphQL error, so `toAppError` reads it as any API error. */
export class CompanyUploadError extends Error {
  constructor(
    readonly status: number,
    readonly errors: { message?: string; extensions?: Record<string, unknown> }[],
  ) {
    super(errors[0]?.message ?? '');
    this.name = 'CompanyUploadError';
  }
}

/** A file over the purpose's size, refused before megabytes go over a phone connection. */
export function tooLargeForCompany(purpose: CompanyFilePurpose, file: { size: number }): number | null {
  const rules = COMPANY_FILE_RULES[purpose];
  return file.size > rules.maxBytes ? rules.maxMegabytes : null;
}

/**
 * A company's logo and its certifications' evidence: uploads with her bearer token (retried once after
 * refreshing an expired one), and reading them back through the token-carrying downloader.
 */
@Injectable({ providedIn: 'root' })
export class CompanyFilesService {
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly files = inject(FileDownloader);

  uploadLogo(organisationId: string, file: File): Promise<void> {
    return this.upload(`/api/companies/${encodeURIComponent(organisationId)}/logo`, file);
  }

  uploadEvidence(certificationId: string, file: File): Promise<void> {
    return this.upload(`/api/company-certifications/${encodeURIComponent(certificationId)}/evidence`, file);
  }

  /** A file on her own board post (the API reads its kind from its bytes). */
  uploadPostFile(postId: string, file: File): Promise<void> {
    return this.upload(`/api/group-posts/${encodeURIComponent(postId)}/files`, file);
  }

  /** An object URL for an `<img>` (an unapproved company's logo needs her token); the caller revokes it. */
  objectUrl(url: string): Promise<string> {
    return this.files.objectUrl(url);
  }

  download(url: string, fallbackName: string): Promise<void> {
    return this.files.download(url, fallbackName);
  }

  private async upload(url: string, file: File): Promise<void> {
    let response = await this.send(url, file);
    if (response.status === 401 && (await this.session.refresh())) response = await this.send(url, file);
    if (response.status === 201) return;
    const body = (await response.json().catch(() => null)) as {
      errors?: CompanyUploadError['errors'];
    } | null;
    // Not the API's answer (a proxy's error page): the status alone speaks.
    throw new CompanyUploadError(response.status, body?.errors ?? []);
  }

  private send(url: string, file: File): Promise<Response> {
    const form = new FormData();
    form.append('file', file, file.name);
    const token = this.session.accessToken();
    return fetch(url, {
      method: 'POST',
      headers: {
        'accept-language': this.i18n.locale(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: form,
    });
  }
}
