import { DOCUMENT, Injectable, inject } from '@angular/core';
import { SessionStore } from './session/session.store';

/** The failure of a file download, with the HTTP status (0: the server did not answer). */
export class DownloadError extends Error {
  constructor(readonly status: number) {
    super(`download failed with status ${status}`);
    this.name = 'DownloadError';
  }
}

/** The file name from a Content-Disposition header, else the fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return plain ? plain.trim() : fallback;
}

/**
 * Files behind authentication (certificate PDFs, roster exports, course materials): fetched with her
 * bearer token, then saved or shown through a temporary object URL, so the token never appears in a link.
 */
@Injectable({ providedIn: 'root' })
export class FileDownloader {
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);

  async download(url: string, fallbackName: string): Promise<void> {
    const response = await this.fetchOk(url);
    const blob = await response.blob();
    const name = fileNameFrom(response.headers.get('content-disposition'), fallbackName);
    const objectUrl = URL.createObjectURL(blob);
    try {
      const link = this.document.createElement('a');
      link.href = objectUrl;
      link.download = name;
      link.rel = 'noopener';
      link.style.display = 'none';
      this.document.body.appendChild(link);
      link.click();
      link.remove();
    } finally {
      // Let the browser start the download before the URL is released.
      setTimeout(() => URL.revokeObjectURL(objectUrl), 1000);
    }
  }

  /**
   * An object URL of the file for an `<img>` (an image of a course only she may see). The caller
   * revokes it with `URL.revokeObjectURL` when the image goes away.
   */
  async objectUrl(url: string): Promise<string> {
    const response = await this.fetchOk(url);
    return URL.createObjectURL(await response.blob());
  }

  private async fetchOk(url: string): Promise<Response> {
    let response = await this.fetchWithToken(url);
    if (response.status === 401 && (await this.session.refresh())) response = await this.fetchWithToken(url);
    if (!response.ok) throw new DownloadError(response.status);
    return response;
  }

  private async fetchWithToken(url: string): Promise<Response> {
    const token = this.session.accessToken();
    try {
      return await fetch(url, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        credentials: 'same-origin',
      });
    } catch {
      throw new DownloadError(0);
    }
  }
}
