import { JobQueue1796200000000 } from '../../core/database/migrations/1796200000000-JobQueue';
import { Notifications1796200100000 } from '../../core/database/migrations/1796200100000-Notifications';
import type { DomainRegistration } from '../../core/registration/domain-registration';
import { LINE_AND_FEED_REGISTRATION } from './line/line-and-feed.parts';
import {
  NotificationDeliveryEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
} from './notification.entity';
import { NOTIFICATIONS_MESSAGES } from './notifications.messages';
import { NotificationsModule } from './notifications.module';

/** What people are told, and how: the outbox's subscriber, email, in-app, LINE, reminders, the iCal feed. */
export const notifications: DomainRegistration = {
  name: 'notifications',
  module: NotificationsModule,
  entities: [NotificationEntity, NotificationDeliveryEntity, NotificationPreferenceEntity],
  // JobQueue creates pg-boss's schema (the job queue core runs for every module) and indexes core's
  // domain_events for the relay that feeds this module.
  migrations: [JobQueue1796200000000, Notifications1796200100000, ...LINE_AND_FEED_REGISTRATION.migrations],
  tables: [
    'notifications',
    'notification_deliveries',
    'notification_preferences',
    ...LINE_AND_FEED_REGISTRATION.tables,
  ],
  publishedViews: [],
  messages: { ...NOTIFICATIONS_MESSAGES, ...LINE_AND_FEED_REGISTRATION.messages },
};
