import type { Locale } from '@tsunagu/shared/domain';
import { toBuffer } from 'qrcode';
import { calendarFile, sequenceAt } from '../calendar/ics';
import { formatMeeting, type MessageContent } from './layout';
import type { SeminarFacts } from './seminar-facts';
import type { Attachment, RenderedMessage } from './template';

/** The course and session as one title (「女性リーダー育成講座 第1期」). */
export function seminarTitle(facts: SeminarFacts): string {
  return [facts.courseTitle, facts.session.title].filter(Boolean).join(' ');
}

/** Where: the venue (and address), online, or both. The online URL is never in a message (it is hers on the site). */
export function placeOf(facts: SeminarFacts, locale: Locale): string {
  const { session } = facts;
  const venue = [session.venueName, session.venueAddress].filter(Boolean).join('\n');
  const online = session.isOnline
    ? locale === 'ja'
      ? 'オンライン（URLはマイページに表示されます）'
      : 'Online (the link is on your page)'
    : '';
  return [venue, online].filter(Boolean).join('\n') || (locale === 'ja' ? '未定' : 'To be announced');
}

/** The details table: course, dates (each meeting in Asia/Tokyo), place. */
export function seminarDetails(facts: SeminarFacts, locale: Locale): NonNullable<MessageContent['details']> {
  const dates = facts.meetings.map((m) => formatMeeting(m.startsAt, m.endsAt, locale)).join('\n');
  return locale === 'ja'
    ? [
        { label: '講座', value: seminarTitle(facts) },
        { label: '日時', value: dates || '未定' },
        { label: '会場', value: placeOf(facts, locale) },
      ]
    : [
        { label: 'Course', value: seminarTitle(facts) },
        { label: 'Dates', value: dates || 'To be announced' },
        { label: 'Place', value: placeOf(facts, locale) },
      ];
}

/** The organiser's contact block (問い合わせ先). */
export function contactOf(facts: SeminarFacts, locale: Locale): NonNullable<MessageContent['contact']> {
  const o = facts.organisation;
  const lines = [
    [o.name, o.contactDepartment].filter(Boolean).join(' '),
    o.contactPhone ? `${locale === 'ja' ? '電話' : 'Phone'}: ${o.contactPhone}` : '',
    o.contactEmail ? `${locale === 'ja' ? 'メール' : 'Email'}: ${o.contactEmail}` : '',
    o.contactHours ? `${locale === 'ja' ? '受付時間' : 'Hours'}: ${o.contactHours}` : '',
  ].filter(Boolean);
  return { heading: locale === 'ja' ? 'お問い合わせ先' : 'Contact', lines };
}

/** The footer: who sends it, and how to change what she receives. */
export function seminarFooter(facts: SeminarFacts, locale: Locale, publicUrl: string): string[] {
  return locale === 'ja'
    ? [
        `このメールは「つなぐ」から${facts.organisation.name}の講座についてお送りしています。`,
        `通知の設定: ${publicUrl}/account`,
      ]
    : [
        `Sent by Tsunagu about a course of ${facts.organisation.name}.`,
        `Notification settings: ${publicUrl}/account`,
      ];
}

/**
 * The session's meetings as a calendar file: REQUEST (a place, an update) or CANCEL, SEQUENCE from the
 * later of the session's last change and `at` (when the notification's cause happened), plus one for a
 * cancellation, so it always outranks the invitation it cancels.
 */
export function seminarCalendar(
  facts: SeminarFacts,
  method: 'REQUEST' | 'CANCEL',
  at: Date,
  publicUrl: string,
): NonNullable<RenderedMessage['calendar']> {
  const changed = Math.max(facts.session.updatedAt.getTime(), at.getTime());
  const sequence = sequenceAt(new Date(changed)) + (method === 'CANCEL' ? 1 : 0);
  const title = seminarTitle(facts);
  const location = [facts.session.venueName, facts.session.venueAddress].filter(Boolean).join(' ') || null;
  const content = calendarFile(
    method,
    facts.meetings.map((m) => ({
      meetingId: m.id,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      title,
      location,
      url: `${publicUrl}/seminars/sessions/${facts.session.id}`,
      organizer: facts.organisation.contactEmail
        ? { name: facts.organisation.name, email: facts.organisation.contactEmail }
        : null,
      sequence,
    })),
  );
  return { method, content };
}

export const CHECK_IN_CID = 'check-in-qr@tsunagu';

/** Her check-in QR code as an inline PNG (cid) and its text. */
export async function checkInQr(code: string): Promise<Attachment> {
  const content = await toBuffer(code, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 400 });
  return { filename: 'check-in.png', content, contentType: 'image/png', cid: CHECK_IN_CID };
}
