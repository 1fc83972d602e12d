import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, Public } from '../../../core/auth/policy';
import { NotFoundError } from '../../../core/graphql/errors';
import { CalendarFeedService } from './calendar-feed.service';

/**
 * `GET /api/calendar/<token>.ics`: her feed, for calendar apps that subscribe without signing in (the
 * token in the URL is the credential; a revoked or unknown one is 404).
 */
@Controller('api/calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Allow(Public)
  @Get(':file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    if (!file.endsWith('.ics')) throw new NotFoundError('notifications.feedNotFound');
    const calendar = await this.feeds.calendar(file.slice(0, -'.ics'.length));
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="tsunagu.ics"');
    res.setHeader('Cache-Control', 'private, no-cache');
    res.send(calendar);
  }
}
