import type { Locale } from '@tsunagu/shared/domain';
import type { NotificationKind } from '../notification-kinds';

export interface Attachment {
  readonly filename: string;
  readonly content: Buffer | string;
  readonly contentType: string;
  /** Set for an inline image referenced from the HTML as `cid:<cid>`. */
  readonly cid?: string;
}

/** What a template renders: plain text and HTML (email), a short line (in-app, LINE), attachments. */
export interface RenderedMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** One or two sentences for the in-app list and for LINE. */
  readonly summary: string;
  readonly attachments: readonly Attachment[];
  /** An iCalendar body (METHOD:REQUEST or CANCEL) sent as the calendar part and as an .ics file. */
  readonly calendar?: { readonly method: 'REQUEST' | 'CANCEL'; readonly content: string };
}

/**
 * A kind's template: renders the message in the recipient's language from the facts the notification
 * stored (flat, never a note or a child's data) and what it loads fresh at send time.
 */
export interface NotificationTemplate<P extends object = Record<string, string | number | boolean | null>> {
  readonly kind: NotificationKind;
  render(params: P, locale: Locale): Promise<RenderedMessage>;
  /** The title and summary only (the in-app list, rendered per viewer); by default render's subject and summary. */
  brief?(params: P, locale: Locale): Promise<{ readonly title: string; readonly summary: string }>;
}
