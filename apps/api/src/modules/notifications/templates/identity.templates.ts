import type { Locale } from '@tsunagu/shared/domain';
import { ACCOUNT_TOKEN_TTL_MINUTES } from '../../identity';
import type { NotificationParams } from '../notification.entity';
import type { TemplateDeps, TemplateFactory } from './index';
import { renderContent, type MessageContent } from './layout';
import type { NotificationTemplate, RenderedMessage } from './template';

const RESET_MINUTES = ACCOUNT_TOKEN_TTL_MINUTES.password_reset;
const VERIFY_HOURS = ACCOUNT_TOKEN_TTL_MINUTES.email_verification / 60;

interface Wording {
  subject: string;
  summary: string;
  heading: string;
  paragraphs: string[];
  action: string;
  footer: string[];
}

const RESET: Record<Locale, Wording> = {
  ja: {
    subject: '【つなぐ】パスワード再設定のご案内',
    summary: 'パスワードを再設定するためのリンクをお送りしました。',
    heading: 'パスワードの再設定',
    paragraphs: [
      'つなぐのパスワード再設定のご依頼を受け付けました。下のリンクから新しいパスワードを設定してください。',
      `このリンクの有効期限は${RESET_MINUTES}分です。一度使うと無効になります。`,
      'お心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。',
    ],
    action: '新しいパスワードを設定する',
    footer: ['このメールは送信専用です。', 'つなぐ'],
  },
  en: {
    subject: '[Tsunagu] Reset your password',
    summary: 'We have sent you a link to reset your password.',
    heading: 'Reset your password',
    paragraphs: [
      'Someone (hopefully you) asked to reset the password of your Tsunagu account. Use the link below to set a new one.',
      `The link is valid for ${RESET_MINUTES} minutes and works once.`,
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ],
    action: 'Set a new password',
    footer: ['This address does not receive replies.', 'Tsunagu'],
  },
};

const VERIFY: Record<Locale, Wording> = {
  ja: {
    subject: '【つなぐ】メールアドレスの確認',
    summary: 'メールアドレスを確認するためのリンクをお送りしました。',
    heading: 'メールアドレスの確認',
    paragraphs: [
      'つなぐをご利用いただきありがとうございます。下のリンクを開いて、このメールアドレスを確認してください。',
      `このリンクの有効期限は${VERIFY_HOURS}時間です。期限が切れたときは、アカウント画面から確認メールを再送できます。`,
      'お心当たりがない場合は、このメールを破棄してください。',
    ],
    action: 'メールアドレスを確認する',
    footer: ['このメールは送信専用です。', 'つなぐ'],
  },
  en: {
    subject: '[Tsunagu] Verify your email address',
    summary: 'We have sent you a link to verify your email address.',
    heading: 'Verify your email address',
    paragraphs: [
      'Thank you for using Tsunagu. Open the link below to verify this email address.',
      `The link is valid for ${VERIFY_HOURS} hours. If it has expired, you can send a new one from your account page.`,
      'If you did not ask for this, ignore this email.',
    ],
    action: 'Verify my email address',
    footer: ['This address does not receive replies.', 'Tsunagu'],
  },
};

function template(
  kind: 'password_reset' | 'email_verification',
  words: Record<Locale, Wording>,
  deps: TemplateDeps,
): NotificationTemplate<NotificationParams> {
  return {
    kind,
    async render(params: NotificationParams, locale: Locale): Promise<RenderedMessage> {
      const w = words[locale];
      const url = deps.accountTokenLink(kind, String(params['tokenId'] ?? ''));
      const content: MessageContent = {
        heading: w.heading,
        paragraphs: w.paragraphs,
        action: { label: w.action, url },
        footer: w.footer,
      };
      return { subject: w.subject, summary: w.summary, ...renderContent(content, locale), attachments: [] };
    },
    async brief(_params: NotificationParams, locale: Locale) {
      return { title: words[locale].subject, summary: words[locale].summary };
    },
  };
}

/** Password reset and address verification: the link, how long it works, and what to do if she did not ask. */
export const identityTemplates: TemplateFactory = (deps) => [
  template('password_reset', RESET, deps),
  template('email_verification', VERIFY, deps),
];
