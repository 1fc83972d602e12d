export * from './lib/dev-mail.service';
export * from './lib/notifications.service';
export * from './lib/outbox.service';
export * from './lib/settings.service';
