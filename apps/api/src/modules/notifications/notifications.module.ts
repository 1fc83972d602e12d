import { Module } from '@nestjs/common';
import { CalendarFeedModule } from './feed/calendar-feed.module';
import { LineModule } from './line/line.module';

/** Notifications: the outbox's subscriber, channels (email, in-app, LINE), preferences, reminders, the feed. */
@Module({ imports: [LineModule, CalendarFeedModule], exports: [LineModule] })
export class NotificationsModule {}
