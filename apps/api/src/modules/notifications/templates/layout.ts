import type { Locale } from '@tsunagu/shared/domain';

/**
 * The shared look of every message (n2's reminders and digest and id's account mail use it too): a
 * heading, paragraphs, a table of details, an optional button, image and contact block, and a footer;
 * rendered once as plain text and once as escaped HTML.
 */
export interface MessageContent {
  readonly heading: string;
  /** Paragraphs, plain text (escaped in HTML). */
  readonly paragraphs: readonly string[];
  /** Label / value rows (a value may have several lines). */
  readonly details?: readonly { readonly label: string; readonly value: string }[];
  /** A link shown as a button (HTML) and as a line (text). */
  readonly action?: { readonly label: string; readonly url: string };
  /** An inline image (`cid:`), with the text shown instead in the plain-text part. */
  readonly image?: {
    readonly cid: string;
    readonly alt: string;
    readonly caption: string;
    readonly text: string;
  };
  /** The organiser's contact lines (問い合わせ先). */
  readonly contact?: { readonly heading: string; readonly lines: readonly string[] };
  /** Small print (why she gets it, how to stop it). */
  readonly footer?: readonly string[];
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Escapes and keeps line breaks. */
function htmlLines(value: string): string {
  return value.split('\n').map(escapeHtml).join('<br>');
}

export function renderText(content: MessageContent): string {
  const out: string[] = [content.heading, ''];
  for (const paragraph of content.paragraphs) out.push(paragraph, '');
  for (const { label, value } of content.details ?? []) {
    const [first = '', ...rest] = value.split('\n');
    out.push(`■ ${label}: ${first}`, ...rest.map((line) => `  ${line}`));
  }
  if (content.details?.length) out.push('');
  if (content.image) out.push(content.image.caption, content.image.text, '');
  if (content.action) out.push(`${content.action.label}: ${content.action.url}`, '');
  if (content.contact) out.push(`■ ${content.contact.heading}`, ...content.contact.lines, '');
  if (content.footer?.length) out.push('--', ...content.footer);
  return `${out.join('\n').trim()}\n`;
}

export function renderHtml(content: MessageContent, locale: Locale): string {
  const p = (text: string) => `<p style="margin:0 0 16px;line-height:1.7">${htmlLines(text)}</p>`;
  const details = content.details?.length
    ? `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px;width:100%">${content.details
        .map(
          ({ label, value }) =>
            `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;white-space:nowrap;color:#555">${escapeHtml(label)}</th><td style="padding:6px 0;line-height:1.6">${htmlLines(value)}</td></tr>`,
        )
        .join('')}</table>`
    : '';
  const image = content.image
    ? `<figure style="margin:0 0 16px;text-align:center"><img src="cid:${escapeHtml(content.image.cid)}" alt="${escapeHtml(content.image.alt)}" width="200" height="200" style="display:inline-block"><figcaption style="font-size:14px;color:#555">${htmlLines(content.image.caption)}</figcaption></figure>`
    : '';
  const action = content.action
    ? `<p style="margin:0 0 24px"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:#8a2b5f;color:#ffffff;padding:10px 20px;border-radius:6px;text-decoration:none">${escapeHtml(content.action.label)}</a></p>`
    : '';
  const contact = content.contact
    ? `<h2 style="font-size:16px;margin:24px 0 8px">${escapeHtml(content.contact.heading)}</h2>${p(content.contact.lines.join('\n'))}`
    : '';
  const footer = content.footer?.length
    ? `<hr style="border:none;border-top:1px solid #ddd;margin:24px 0 12px"><p style="font-size:12px;color:#666;line-height:1.6">${content.footer.map(htmlLines).join('<br>')}</p>`
    : '';
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.heading)}</title></head><body style="margin:0;padding:0;background:#f6f4f2"><div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;color:#222;font-family:'Hiragino Sans','Noto Sans JP',sans-serif;font-size:16px"><h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(content.heading)}</h1>${content.paragraphs.map(p).join('')}${details}${image}${action}${contact}${footer}</div></body></html>`;
}

/** Both parts of a message. */
export function renderContent(content: MessageContent, locale: Locale): { text: string; html: string } {
  return { text: renderText(content), html: renderHtml(content, locale) };
}

const TOKYO = 'Asia/Tokyo';

/** 「2026年12月8日(火) 10:00〜12:00」 / "Tue, 8 December 2026, 10:00–12:00 (JST)", in Asia/Tokyo. */
export function formatMeeting(startsAt: Date, endsAt: Date, locale: Locale): string {
  const time = (d: Date) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TOKYO,
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).format(d);
  if (locale === 'ja') {
    const parts = new Intl.DateTimeFormat('ja-JP', {
      timeZone: TOKYO,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
    }).formatToParts(startsAt);
    const part = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
    return `${part('year')}年${part('month')}月${part('day')}日(${part('weekday')}) ${time(startsAt)}〜${time(endsAt)}`;
  }
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: TOKYO,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(startsAt);
  return `${day}, ${time(startsAt)}–${time(endsAt)} (JST)`;
}

/** A date and time alone, in Asia/Tokyo (「2026年12月8日 10:00」 / "8 December 2026, 10:00 (JST)"). */
export function formatDateTime(at: Date, locale: Locale): string {
  if (locale === 'ja') {
    const parts = new Intl.DateTimeFormat('ja-JP', {
      timeZone: TOKYO,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).formatToParts(at);
    const part = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
    return `${part('year')}年${part('month')}月${part('day')}日 ${part('hour')}:${part('minute')}`;
  }
  return `${new Intl.DateTimeFormat('en-GB', { timeZone: TOKYO, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(at)} (JST)`;
}
