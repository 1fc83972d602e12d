import type { Locale } from '@tsunagu/shared/domain';
import type { NotificationParams } from '../notification.entity';
import type { TemplateDeps, TemplateFactory } from './index';
import { formatMeeting, renderContent, type MessageContent } from './layout';
import type { SeminarFacts } from './seminar-facts';
import { contactOf, seminarDetails, seminarFooter, seminarTitle } from './seminar-parts';
import type { NotificationTemplate, RenderedMessage } from './template';

function stringParam(params: NotificationParams, name: string): string {
  const value = params[name];
  if (typeof value !== 'string') throw new Error(`a reminder without ${name}`);
  return value;
}

/** The meeting she is reminded of: its time as stored now (a moved meeting shows where it went). */
function meetingTime(facts: SeminarFacts, params: NotificationParams, locale: Locale): string {
  const meeting = facts.meetings.find((m) => m.id === params['meetingId']);
  const startsAt = meeting?.startsAt ?? new Date(stringParam(params, 'startsAt'));
  return formatMeeting(startsAt, meeting?.endsAt ?? startsAt, locale);
}

function wording(facts: SeminarFacts, params: NotificationParams, locale: Locale) {
  const title = seminarTitle(facts);
  const when = meetingTime(facts, params, locale);
  return locale === 'ja'
    ? {
        subject: `【リマインダー】${title}`,
        summary: `「${title}」は ${when} に開催されます。`,
        paragraphs: [
          `お申し込みの「${title}」が近づいてきました。次回は ${when} です。`,
          '当日は受付でマイページのQRコードをご提示ください。ご都合が悪くなった場合は、マイページからキャンセルできます。',
        ],
      }
    : {
        subject: `Reminder: ${title}`,
        summary: `“${title}” takes place on ${when}.`,
        paragraphs: [
          `“${title}”, which you enrolled in, is coming up: the next meeting is on ${when}.`,
          'Show the QR code on your page at reception. If you cannot come, you can cancel on your page.',
        ],
      };
}

function reminderTemplate(deps: TemplateDeps): NotificationTemplate<NotificationParams> {
  return {
    kind: 'session_reminder',
    async brief(params, locale) {
      const words = wording(await deps.seminar(stringParam(params, 'sessionId')), params, locale);
      return { title: words.subject, summary: words.summary };
    },
    async render(params, locale): Promise<RenderedMessage> {
      const facts = await deps.seminar(stringParam(params, 'sessionId'));
      const words = wording(facts, params, locale);
      const content: MessageContent = {
        heading: words.subject,
        paragraphs: words.paragraphs,
        details: seminarDetails(facts, locale),
        action: {
          label: locale === 'ja' ? 'マイページで確認する' : 'See it on your page',
          url: `${deps.publicUrl}/my/seminars`,
        },
        contact: contactOf(facts, locale),
        footer: seminarFooter(facts, locale, deps.publicUrl),
      };
      return {
        subject: words.subject,
        summary: words.summary,
        ...renderContent(content, locale),
        attachments: [],
      };
    },
  };
}

/** The reminder before each meeting (ja/en, text + HTML). */
export const reminderTemplates: TemplateFactory = (deps) => [reminderTemplate(deps)];
