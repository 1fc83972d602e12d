import type { Locale } from '@tsunagu/shared/domain';
import type { NotificationParams } from '../notification.entity';
import type { TemplateDeps, TemplateFactory } from './index';
import { renderContent, type MessageContent } from './layout';
import type { NotificationTemplate, RenderedMessage } from './template';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function words(params: NotificationParams, locale: Locale) {
  const company = text(params['companyName']);
  const approved = params['status'] === 'approved';
  if (locale === 'ja')
    return approved
      ? {
          subject: `【参加申請の承認】${company}`,
          summary: `${company}の参加申請が承認されました。`,
          paragraphs: [
            `${company}の女性活躍推進プログラムへの参加申請が、事務局により承認されました。`,
            '企業ページから、認定の登録や講座の共有、従業員の参加状況の確認ができます。',
          ],
        }
      : {
          subject: `【参加申請の結果】${company}`,
          summary: `${company}の参加申請は承認されませんでした。理由をご確認ください。`,
          paragraphs: [
            `${company}の参加申請は、事務局により承認されませんでした。理由は次のとおりです。`,
            '企業ページで内容を修正し、もう一度申請できます。',
          ],
        };
  return approved
    ? {
        subject: `Application approved: ${company}`,
        summary: `The secretariat approved ${company}'s application to join the programme.`,
        paragraphs: [
          `The secretariat approved ${company}'s application to join the women's advancement programme.`,
          'From the company page you can add certifications, share courses and see your employees’ participation.',
        ],
      }
    : {
        subject: `Application not approved: ${company}`,
        summary: `The secretariat did not approve ${company}'s application. See the reason.`,
        paragraphs: [
          `The secretariat did not approve ${company}'s application, for the reason below.`,
          'You can correct the profile on the company page and apply again.',
        ],
      };
}

function decidedTemplate(deps: TemplateDeps): NotificationTemplate<NotificationParams> {
  return {
    kind: 'company_application_decided',
    async brief(params, locale) {
      const w = words(params, locale);
      return { title: w.subject, summary: w.summary };
    },
    async render(params, locale): Promise<RenderedMessage> {
      const w = words(params, locale);
      const reason = text(params['reason']);
      const content: MessageContent = {
        heading: w.subject,
        paragraphs: w.paragraphs,
        details:
          params['status'] === 'declined' && reason
            ? [{ label: locale === 'ja' ? '理由' : 'Reason', value: reason }]
            : [],
        action: {
          label: locale === 'ja' ? '企業ページを開く' : 'Open the company page',
          url: `${deps.publicUrl}/company`,
        },
        footer:
          locale === 'ja'
            ? ['このメールは送信専用です。', 'つなぐ']
            : ['This address does not receive replies.', 'Tsunagu'],
      };
      return { subject: w.subject, summary: w.summary, ...renderContent(content, locale), attachments: [] };
    },
  };
}

/** A company's application decided (approved, or declined with the reason), to its company admins. */
export const companyGroupsTemplates: TemplateFactory = (deps) => [decidedTemplate(deps)];
