import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { EntityManager } from 'typeorm';
import { ENV, type Env } from '../../../core/config/env';
import { USER_DIRECTORY } from '../../identity';
import { PermanentDeliveryError, type Outgoing } from './channel';
import { ChannelRegistry, type RegisteredChannel } from './channel-registry';
import { DEV_MAILBOX_URL } from './dev-mailbox-url';

/** An address nodemailer can put in RCPT TO; anything else fails its delivery at once. */
const PLAIN_ADDRESS = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+\.[^\s@<>(),;:"\\[\]]+$/;

interface SmtpError {
  code?: string;
  responseCode?: number;
  command?: string;
}

/** A short reason without the server's words (which may quote the address): `EENVELOPE 550 RCPT TO`. */
export function smtpReason(error: unknown): string {
  const e = (error ?? {}) as SmtpError;
  const reason = [e.code, e.responseCode, e.command].filter((part) => part !== undefined).join(' ');
  return reason || (error instanceof Error ? error.name : 'error');
}

/**
 * Email over SMTP (nodemailer, `SMTP_URL`; in development without it, the dev mailbox). The delivery id
 * is the Message-ID (`<deliveryId@PUBLIC_URL host>`), so a message sent again after a crash is the same
 * message to every mailbox. A 5xx refusal (a bouncing address) or a malformed address is permanent; a
 * connection failure or a 4xx is retried.
 */
@Injectable()
export class EmailChannel implements RegisteredChannel, OnApplicationShutdown {
  readonly name = 'email' as const;
  private readonly logger = new Logger(EmailChannel.name);
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo> | null;
  private readonly host: string;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(DEV_MAILBOX_URL) devMailboxUrl: string | null,
    registry: ChannelRegistry,
  ) {
    const url = env.SMTP_URL ?? devMailboxUrl;
    // Short timeouts, so that a stalled server fails the attempt (it is retried) instead of holding the
    // job. Not pooled: a pooled connection outlives an outage or a refusal badly (the tests saw it).
    this.transport = url
      ? createTransport({
          url,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
    this.host = new URL(env.PUBLIC_URL).hostname;
    registry.register(this);
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async addresses(manager: EntityManager, userIds: readonly string[]): Promise<ReadonlyMap<string, string>> {
    if (!userIds.length) return new Map();
    const rows: { id: string; email: string }[] = await manager.query(
      `SELECT id, email FROM ${USER_DIRECTORY} WHERE id = ANY($1::uuid[])`,
      [userIds],
    );
    return new Map(rows.map((row) => [row.id, row.email]));
  }

  messageId(deliveryId: string): string {
    return `<${deliveryId}@${this.host}>`;
  }

  async send(outgoing: Outgoing): Promise<{ externalId: string }> {
    if (!this.transport) throw new Error('email is not configured');
    if (!PLAIN_ADDRESS.test(outgoing.address)) throw new PermanentDeliveryError('malformed address');
    const { message } = outgoing;
    const messageId = this.messageId(outgoing.deliveryId);
    try {
      await this.transport.sendMail({
        messageId,
        from: { name: outgoing.sender.name, address: this.env.MAIL_FROM },
        ...(outgoing.sender.replyTo && { replyTo: outgoing.sender.replyTo }),
        to: outgoing.address,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: {
          'X-Tsunagu-Kind': outgoing.kind,
          ...(outgoing.unsubscribeUrl && {
            'List-Unsubscribe': `<${outgoing.unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          }),
        },
        attachments: [
          ...message.attachments.map((a) => ({
            filename: a.filename,
            content: a.content,
            contentType: a.contentType,
            ...(a.cid && { cid: a.cid }),
          })),
          ...(message.calendar
            ? [
                {
                  filename: message.calendar.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
                  content: message.calendar.content,
                  contentType: `text/calendar; charset=utf-8; method=${message.calendar.method}`,
                },
              ]
            : []),
        ],
        ...(message.calendar && {
          icalEvent: { method: message.calendar.method, content: message.calendar.content },
        }),
      });
    } catch (error) {
      const reason = smtpReason(error);
      const code = (error as SmtpError).responseCode;
      if (code !== undefined && code >= 500) throw new PermanentDeliveryError(reason);
      throw new Error(reason);
    }
    return { externalId: messageId };
  }

  onApplicationShutdown(): void {
    this.transport?.close();
    this.logger.debug('SMTP transport closed');
  }
}
