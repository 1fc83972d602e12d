import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, Public } from '../../core/auth/policy';
import { UnsubscribeService } from './unsubscribe.service';

/**
 * The List-Unsubscribe address of every mail. POST (RFC 8058 one-click, sent by the mail client with
 * `List-Unsubscribe=One-Click`) turns that kind's email off; GET (a person following the link, or a
 * scanner fetching it) changes nothing and sends her to the web page, which asks before it does.
 */
@Controller('api/notifications')
export class NotificationsController {
  constructor(private readonly unsubscribing: UnsubscribeService) {}

  @Allow(Public)
  @Post('unsubscribe')
  @HttpCode(200)
  async unsubscribe(@Query('token') token: unknown): Promise<{ kind: string; email: boolean }> {
    const preference = await this.unsubscribing.unsubscribe(typeof token === 'string' ? token : '');
    return { kind: preference.kind, email: preference.email };
  }

  @Allow(Public)
  @Get('unsubscribe')
  page(@Query('token') token: unknown, @Res() res: Response): void {
    const value = typeof token === 'string' ? token : '';
    res.redirect(303, `/unsubscribe?token=${encodeURIComponent(value)}`);
  }
}
