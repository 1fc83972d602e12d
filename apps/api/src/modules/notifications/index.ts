/** The notifications module's public file: other modules import notifications only from here. */
export { NOTIFICATION_KINDS, type NotificationKind } from './notification-kinds';
export { NotificationsModule } from './notifications.module';
export { NotificationsService } from './notifications.service';
export type { NotifyRequest } from './notify-request';
