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

function invitedWords(params: NotificationParams, locale: Locale) {
  const company = text(params['companyName']);
  return locale === 'ja'
    ? {
        subject: `【従業員登録へのご招待】${company}`,
        summary: `${company}から従業員としての登録に招待されました。アカウントページで承諾または辞退できます。`,
        paragraphs: [
          `${company}の企業担当者が、あなたのアカウントを同社の従業員として登録するよう招待しました。`,
          'アカウントページの「勤務先」で、承諾するか辞退するかを選べます。承諾しても、受講状況の共有や座席への推薦は、あなたが同意した場合にだけ行われます（いつでも変更できます）。',
          'お心当たりがない場合は、辞退してください。',
        ],
      }
    : {
        subject: `Invitation to be listed as an employee: ${company}`,
        summary: `${company} invited you to be listed as its employee. Accept or decline on your account page.`,
        paragraphs: [
          `An administrator of ${company} invited your account to be listed as one of its employees.`,
          'On your account page, under “My employer”, you can accept or decline. Accepting shares nothing by itself: your company sees your participation or nominates you for seats only if you consent (you can change it at any time).',
          'If you do not know this company, decline the invitation.',
        ],
      };
}

function invitedTemplate(deps: TemplateDeps): NotificationTemplate<NotificationParams> {
  return {
    kind: 'company_employee_invited',
    async brief(params, locale) {
      const w = invitedWords(params, locale);
      return { title: w.subject, summary: w.summary };
    },
    async render(params, locale): Promise<RenderedMessage> {
      const w = invitedWords(params, locale);
      const content: MessageContent = {
        heading: w.subject,
        paragraphs: w.paragraphs,
        action: {
          label: locale === 'ja' ? 'アカウントページで答える' : 'Answer on your account page',
          url: `${deps.publicUrl}/account`,
        },
        footer:
          locale === 'ja'
            ? ['このメールは送信専用です。', `通知の設定: ${deps.publicUrl}/account`, 'つなぐ']
            : [
                'This address does not receive replies.',
                `Notification settings: ${deps.publicUrl}/account`,
                'Tsunagu',
              ],
      };
      return { subject: w.subject, summary: w.summary, ...renderContent(content, locale), attachments: [] };
    },
  };
}

/**
 * A company's application decided (approved, or declined with the reason), to its company admins; a
 * company's invitation to be listed as its employee, to the invited account.
 */
export const companyGroupsTemplates: TemplateFactory = (deps) => [
  decidedTemplate(deps),
  invitedTemplate(deps),
];
