import { Module } from '@nestjs/common';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';

/** Her private iCal feed (GraphQL to issue and revoke it, REST to serve it). */
@Module({
  controllers: [CalendarFeedController],
  providers: [CalendarFeedService, CalendarFeedResolver],
})
export class CalendarFeedModule {}
