import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { CatalogueModule } from '../catalogue';
import { IdentityModule } from '../identity';
import { OrganisationsModule } from '../organisations';
import { ChannelRegistry } from './channels/channel-registry';
import { EmailChannel } from './channels/email.channel';
import { DeliveryService } from './delivery.service';
import { DEV_MAILBOX, devMailboxProviders } from './dev-mail/dev-mailbox.provider';
import type { LocalMailbox } from './dev-mail/local-mailbox';
import { EventHandlerServices } from './event-handlers/event-handler-services';
import { CalendarFeedModule } from './feed/calendar-feed.module';
import { LineModule } from './line/line.module';
import { NotificationTemplates } from './notification-templates';
import { NotificationsService } from './notifications.service';
import { SeminarFactsLoader } from './templates/seminar-facts';

/** Stops the development mailbox with the app. */
class DevMailboxLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DEV_MAILBOX) private readonly mailbox: LocalMailbox | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.mailbox?.stop();
  }
}

/** Notifications: the outbox's subscriber, channels (email, in-app, LINE), preferences, reminders, the feed. */
@Module({
  imports: [IdentityModule, OrganisationsModule, CatalogueModule, LineModule, CalendarFeedModule],
  providers: [
    ...devMailboxProviders,
    DevMailboxLifecycle,
    ChannelRegistry,
    EmailChannel,
    EventHandlerServices,
    NotificationsService,
    SeminarFactsLoader,
    NotificationTemplates,
    DeliveryService,
  ],
  exports: [NotificationsService, ChannelRegistry, SeminarFactsLoader],
})
export class NotificationsModule {}
