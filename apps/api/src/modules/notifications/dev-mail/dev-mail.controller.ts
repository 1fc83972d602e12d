import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, Public } from '../../../core/auth/policy';
import { NotFoundError } from '../../../core/graphql/errors';
import { DEV_MAILBOX } from './dev-mailbox.provider';
import type { LocalMailbox, ReceivedMail } from './local-mailbox';

function summary(mail: ReceivedMail) {
  return {
    id: mail.id,
    to: mail.to,
    from: mail.from,
    subject: mail.subject,
    date: mail.date.toISOString(),
    messageId: mail.messageId,
    kind: mail.kind,
    attachments: mail.attachments.map((a, index) => ({
      index,
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
    })),
  };
}

/**
 * The development mailbox over REST (the web app's /dev/mail page). Answers only where the mailbox runs
 * (development with SMTP_URL unset, or a test that sets DEV_MAILBOX=on); everywhere else every route is
 * 404, as if not mounted. Public like the page: it exists on a developer's machine only.
 */
@Controller('api/dev/mail')
export class DevMailController {
  constructor(@Inject(DEV_MAILBOX) private readonly mailbox: LocalMailbox | null) {}

  private get box(): LocalMailbox {
    if (!this.mailbox) throw new NotFoundError();
    return this.mailbox;
  }

  private find(id: string): ReceivedMail {
    const mail = this.box.messages.find((m) => m.id === id);
    if (!mail) throw new NotFoundError();
    return mail;
  }

  @Allow(Public)
  @Get()
  list() {
    return [...this.box.messages].reverse().map(summary);
  }

  @Allow(Public)
  @Get(':id')
  one(@Param('id') id: string) {
    const mail = this.find(id);
    return { ...summary(mail), text: mail.text, html: mail.html };
  }

  @Allow(Public)
  @Get(':id/attachments/:index')
  attachment(@Param('id') id: string, @Param('index') index: string, @Res() res: Response): void {
    const attachment = this.find(id).attachments[Number(index)];
    if (!/^\d+$/.test(index) || !attachment) throw new NotFoundError();
    res.setHeader('Content-Type', attachment.contentType);
    res.setHeader('Content-Disposition', `inline; filename="${encodeURIComponent(attachment.filename)}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(attachment.content);
  }
}
