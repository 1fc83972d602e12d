import { appPath } from './app-path';

/** The addresses of the notifications pages: its route table and every link to them read these. */
export const NOTIFICATIONS_PATHS = {
  centre: appPath('/notifications'),
  unsubscribe: appPath('/unsubscribe'),
  outbox: appPath('/staff/outbox'),
  devMail: appPath('/dev/mail'),
  devMailMessage: appPath('/dev/mail/:id'),
} as const;

/** Where the account page's notification sections sit (in-page links from the centre and unsubscribing). */
export const NOTIFICATION_SECTION_IDS = {
  preferences: 'notification-preferences',
  line: 'line-link',
  feed: 'calendar-feed',
} as const;
