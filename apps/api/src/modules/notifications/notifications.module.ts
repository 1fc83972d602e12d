import { Module } from '@nestjs/common';
import { LineModule } from './line/line.module';

/** Notifications: the outbox's subscriber, channels (email, in-app, LINE), preferences, reminders, the feed. */
@Module({ imports: [LineModule], exports: [LineModule] })
export class NotificationsModule {}
