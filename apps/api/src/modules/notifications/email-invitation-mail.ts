import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ENV, type Env } from '../../core/config/env';
import type { OutboxEvent } from '../../core/jobs/jobs';
import { Jobs } from '../../core/jobs/jobs.service';
import { PermanentDeliveryError } from './channels/channel';
import { EmailChannel } from './channels/email.channel';
import { field } from './event-handlers/event-handler';
import { formatDateTime, renderContent, type MessageContent } from './templates/layout';
import type { RenderedMessage } from './templates/template';

/** The job that mails a company's invitation to an address without an account. */
export const EMAIL_INVITATION_QUEUE = 'notifications.email-invitation';

export interface EmailInvitationJob {
  /** The Message-ID's key: one per event, the same message on a retry. */
  messageKey: string;
  email: string;
  companyName: string;
  expiresAt: string;
}

/**
 * Mail to an address that has no account (a company's invitation, `company.employee_email_invited`), so
 * no notification row, preference or locale: one message, Japanese first with English below, sent by the
 * email channel (the same transport, Message-ID rule and failure reasons as deliveries). The job is
 * enqueued in the relay's transaction, so it exists exactly once per event; pg-boss retries it, and a
 * permanent refusal (a bouncing or malformed address) is logged and not retried.
 */
@Injectable()
export class EmailInvitationMail implements OnModuleInit {
  private readonly logger = new Logger(EmailInvitationMail.name);
  private readonly publicUrl: string;

  constructor(
    private readonly jobs: Jobs,
    private readonly email: EmailChannel,
    @Inject(ENV) env: Env,
  ) {
    this.publicUrl = env.PUBLIC_URL.replace(/\/+$/, '');
  }

  onModuleInit(): void {
    this.jobs.define<EmailInvitationJob>({
      queue: EMAIL_INVITATION_QUEUE,
      retryLimit: 6,
      retryDelaySeconds: 5,
      retryBackoff: true,
      handle: (job) => this.send(job),
    });
  }

  /** Enqueues the mail of each invitation event of the batch, in the relay's transaction. */
  async enqueue(events: readonly OutboxEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      if (event.type !== 'company.employee_email_invited') continue;
      let job: EmailInvitationJob;
      try {
        job = {
          messageKey: `email-invitation-${event.id}`,
          email: field(event, 'email'),
          companyName: field(event, 'companyName'),
          expiresAt: field(event, 'expiresAt'),
        };
      } catch (error) {
        // A malformed payload must not hold the outbox up: logged by id and skipped, like a failing handler.
        this.logger.error(`Event ${event.id} (${event.type}) not mailed: ${(error as Error).message}`);
        continue;
      }
      await this.jobs.send(EMAIL_INVITATION_QUEUE, job, { manager });
    }
  }

  render(job: EmailInvitationJob): RenderedMessage {
    const company = job.companyName;
    const signUpUrl = `${this.publicUrl}/sign-up?email=${encodeURIComponent(job.email)}&returnUrl=%2Faccount`;
    const until = new Date(job.expiresAt);
    const content: MessageContent = {
      heading: `【つなぐへのご招待】${company} / Invitation from ${company}`,
      paragraphs: [
        `${company}の企業担当者が、女性活躍推進プログラムのサイト「つなぐ」で、あなたを同社の従業員として登録するよう招待しました。`,
        `このメールアドレスでアカウントを作成し、メールアドレスの確認を済ませると、アカウントページの「勤務先」に招待が表示され、承諾するか辞退するかを選べます（${formatDateTime(until, 'ja')}まで有効）。承諾しても、受講状況の共有や座席への推薦は、あなたが同意した場合にだけ行われます。`,
        'お心当たりがない場合は、このメールを破棄してください。アカウントは作成されず、再度メールが届くこともありません。',
        '―――',
        `An administrator of ${company} invited you to be listed as one of its employees on Tsunagu, the women's advancement programme's site.`,
        `Create an account with this address and confirm it: the invitation then appears on your account page under “My employer”, where you accept or decline it (valid until ${formatDateTime(until, 'en')}). Accepting shares nothing by itself: your company sees your participation or nominates you only if you consent.`,
        'If you do not know this company, ignore this message: no account is created.',
      ],
      action: { label: 'アカウントを作成 / Create an account', url: signUpUrl },
      footer: ['このメールは送信専用です。 / This address does not receive replies.', 'つなぐ / Tsunagu'],
    };
    const subject = `【従業員登録へのご招待】${company} / Invitation to be listed as an employee`;
    return {
      subject,
      summary: subject,
      ...renderContent(content, 'ja'),
      attachments: [],
    };
  }

  private async send(job: EmailInvitationJob): Promise<void> {
    try {
      await this.email.send({
        deliveryId: job.messageKey,
        userId: '',
        kind: 'company_employee_invited',
        message: this.render(job),
        address: job.email,
        sender: { name: job.companyName || 'つなぐ', replyTo: null },
        unsubscribeUrl: null,
      });
    } catch (error) {
      if (!(error instanceof PermanentDeliveryError)) throw error;
      this.logger.warn(`Invitation mail ${job.messageKey} refused: ${error.message}`);
    }
  }
}
