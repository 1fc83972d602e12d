import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue';
import { OrganisationsModule } from '../organisations';
import { DigestService } from './digest/digest.service';
import { CalendarFeedModule } from './feed/calendar-feed.module';
import { LineModule } from './line/line.module';
import { RemindersService } from './reminders/reminders.service';

/** Notifications: the outbox's subscriber, channels (email, in-app, LINE), preferences, reminders, the feed. */
@Module({
  imports: [CatalogueModule, OrganisationsModule, LineModule, CalendarFeedModule],
  // Reminders and the digest call NotificationsService.notify, provided as NOTIFIER
  // (reminders/notifier.ts): `{ provide: NOTIFIER, useExisting: NotificationsService }`.
  providers: [RemindersService, DigestService],
  exports: [LineModule],
})
export class NotificationsModule {}
