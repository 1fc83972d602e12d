/** The notifications module's public file: other modules import notifications only from here. */
export { NotificationsModule } from './notifications.module';
