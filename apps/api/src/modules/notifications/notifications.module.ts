import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { CatalogueModule } from '../catalogue';
import { IdentityModule } from '../identity';
import { OrganisationsModule } from '../organisations';
import { ChannelRegistry } from './channels/channel-registry';
import { EmailChannel } from './channels/email.channel';
import { DeliveryService } from './delivery.service';
import { DevMailController } from './dev-mail/dev-mail.controller';
import { DEV_MAILBOX, devMailboxProviders } from './dev-mail/dev-mailbox.provider';
import type { LocalMailbox } from './dev-mail/local-mailbox';
import { DigestService } from './digest/digest.service';
import { EmailInvitationMail } from './email-invitation-mail';
import { EventHandlerServices } from './event-handlers/event-handler-services';
import { CalendarFeedModule } from './feed/calendar-feed.module';
import { LineChannel } from './line/line.channel';
import { LineModule } from './line/line.module';
import { NotificationCentreService } from './notification-centre.service';
import { NotificationOutboxService } from './notification-outbox.service';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationTemplates } from './notification-templates';
import { NotificationsController } from './notifications.controller';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { NOTIFIER } from './reminders/notifier';
import { RemindersService } from './reminders/reminders.service';
import { SeminarFactsLoader } from './templates/seminar-facts';
import { UnsubscribeService } from './unsubscribe.service';

/** Stops the development mailbox with the app. */
@Injectable()
class DevMailboxLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DEV_MAILBOX) private readonly mailbox: LocalMailbox | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.mailbox?.stop();
  }
}

/** Notifications: the outbox's subscriber, channels (email, in-app, LINE), preferences, reminders, the feed. */
@Module({
  imports: [IdentityModule, OrganisationsModule, CatalogueModule, LineModule, CalendarFeedModule],
  controllers: [NotificationsController, DevMailController],
  providers: [
    ...devMailboxProviders,
    DevMailboxLifecycle,
    ChannelRegistry,
    EmailChannel,
    EmailInvitationMail,
    EventHandlerServices,
    NotificationsService,
    SeminarFactsLoader,
    NotificationTemplates,
    DeliveryService,
    NotificationCentreService,
    NotificationPreferencesService,
    NotificationOutboxService,
    UnsubscribeService,
    NotificationsResolver,
    {
      // The LINE channel (line/) joins the registry: deliveries on LINE when she is linked and it is set up.
      provide: 'LINE_CHANNEL_REGISTERED',
      inject: [ChannelRegistry, LineChannel],
      useFactory: (registry: ChannelRegistry, line: LineChannel) => {
        registry.register(line);
        return true;
      },
    },
    // Reminders and the staff digest write through notify (reminders/notifier.ts).
    { provide: NOTIFIER, useExisting: NotificationsService },
    RemindersService,
    DigestService,
  ],
  exports: [NotificationsService, ChannelRegistry, SeminarFactsLoader],
})
export class NotificationsModule {}
