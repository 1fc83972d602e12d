import { Injectable } from '@angular/core';

export interface DevMailAttachment {
  index: number;
  filename: string | null;
  contentType: string;
  size: number;
}

/** One message the development mailbox received (`GET /api/dev/mail`, newest first). */
export interface DevMailSummary {
  id: string;
  to: string;
  from: string;
  subject: string;
  date: string;
  messageId: string | null;
  kind: string | null;
  attachments: DevMailAttachment[];
}

export interface DevMailMessage extends DevMailSummary {
  text: string | null;
  html: string | null;
}

/** The API answered 404: the dev mailbox exists only when the app runs in development. */
export class DevMailUnavailableError extends Error {
  constructor() {
    super('the development mailbox is not mounted');
    this.name = 'DevMailUnavailableError';
  }
}

/** HTTP trouble other than 404 (0: the server did not answer). */
export class DevMailHttpError extends Error {
  constructor(readonly status: number) {
    super(`dev mail answered ${status}`);
    this.name = 'DevMailHttpError';
  }
}

export const DEV_MAIL_URL = '/api/dev/mail';

/** The link that downloads one attachment of a message. */
export function devMailAttachmentUrl(id: string, index: number): string {
  return `${DEV_MAIL_URL}/${encodeURIComponent(id)}/attachments/${index}`;
}

/** The development mailbox over REST (the API mounts it only in development). */
@Injectable({ providedIn: 'root' })
export class DevMailService {
  list(): Promise<DevMailSummary[]> {
    return this.get<DevMailSummary[]>(DEV_MAIL_URL);
  }

  message(id: string): Promise<DevMailMessage> {
    return this.get<DevMailMessage>(`${DEV_MAIL_URL}/${encodeURIComponent(id)}`);
  }

  private async get<T>(url: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(url, { headers: { accept: 'application/json' } });
    } catch {
      throw new DevMailHttpError(0);
    }
    if (response.status === 404) throw new DevMailUnavailableError();
    if (!response.ok) throw new DevMailHttpError(response.status);
    return (await response.json()) as T;
  }
}
