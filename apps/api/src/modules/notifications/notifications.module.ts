import { Module } from '@nestjs/common';

/** Notifications: the outbox's subscriber, channels (email, in-app, LINE), preferences, reminders, the feed. */
@Module({})
export class NotificationsModule {}
