import type { Locale } from '@tsunagu/shared/domain';
import type { NotificationParams } from '../notification.entity';
import type { TemplateDeps, TemplateFactory } from './index';
import { formatDateTime, renderContent, type MessageContent } from './layout';
import { seminarTitle } from './seminar-parts';
import type { NotificationTemplate, RenderedMessage } from './template';

const csv = (value: unknown): string[] => (typeof value === 'string' && value ? value.split(',') : []);
const numberOf = (value: unknown): number => (typeof value === 'number' ? value : Number(value) || 0);

function words(params: NotificationParams, locale: Locale) {
  const total = numberOf(params['total']);
  const sessions = numberOf(params['sessionCount']);
  const date = typeof params['date'] === 'string' ? params['date'] : '';
  return locale === 'ja'
    ? {
        subject: `【新しいお申し込み】${date} ${sessions}件の開催回に${total}件`,
        summary: `前回のお知らせ以降、${sessions}件の開催回に${total}件の新しいお申し込みがありました。`,
      }
    : {
        subject: `New enrolments ${date}: ${total} in ${sessions} session${sessions === 1 ? '' : 's'}`,
        summary: `Since the last digest, ${total} new enrolment${total === 1 ? '' : 's'} in ${sessions} session${sessions === 1 ? '' : 's'} you run.`,
      };
}

function digestTemplate(deps: TemplateDeps): NotificationTemplate<NotificationParams> {
  return {
    kind: 'staff_digest',
    brief(params, locale) {
      const w = words(params, locale);
      return Promise.resolve({ title: w.subject, summary: w.summary });
    },
    async render(params, locale): Promise<RenderedMessage> {
      const w = words(params, locale);
      const ids = csv(params['sessionIds']);
      const counts = csv(params['counts']).map(Number);
      const rows: { label: string; value: string }[] = [];
      for (const [i, id] of ids.entries()) {
        const facts = await deps.seminar(id).catch(() => null);
        if (!facts) continue;
        const count = counts[i] ?? 0;
        rows.push({
          label: seminarTitle(facts),
          value: locale === 'ja' ? `${count}件` : `${count} new`,
        });
      }
      const hidden = numberOf(params['sessionCount']) - ids.length;
      const since =
        typeof params['since'] === 'string' ? formatDateTime(new Date(params['since']), locale) : '';
      const content: MessageContent = {
        heading: w.subject,
        paragraphs: [
          locale === 'ja'
            ? `${since} 以降に、あなたが担当する開催回へ新しいお申し込みがありました（キャンセル済みを除く）。`
            : `New enrolments since ${since} in the sessions you run (cancelled ones left out).`,
          ...(hidden > 0
            ? [locale === 'ja' ? `ほか${hidden}件の開催回` : `and ${hidden} more sessions`]
            : []),
        ],
        details: rows,
        action: {
          label: locale === 'ja' ? '講座の管理を開く' : 'Open your courses',
          url: `${deps.publicUrl}/staff/courses`,
        },
        footer:
          locale === 'ja'
            ? [
                'このメールは「つなぐ」から毎朝8時にお送りしています。',
                `通知の設定: ${deps.publicUrl}/account`,
              ]
            : [
                'Sent by Tsunagu every morning at 8:00 (JST).',
                `Notification settings: ${deps.publicUrl}/account`,
              ],
      };
      return { subject: w.subject, summary: w.summary, ...renderContent(content, locale), attachments: [] };
    },
  };
}

/** The staff's daily digest of new enrolments (ja/en, text + HTML). */
export const digestTemplates: TemplateFactory = (deps) => [digestTemplate(deps)];
