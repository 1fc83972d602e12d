export * from './lib/notification-bell.component';
export * from './lib/notifications.routes';
