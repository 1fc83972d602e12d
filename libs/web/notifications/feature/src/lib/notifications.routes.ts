import type { Routes } from '@angular/router';
import { authGuard, personaGuard, type WebDomain } from '@tsunagu/web/shared/data-access';
import { NOTIFICATIONS_PATHS } from '@tsunagu/web/shared/util';

/** The notification centre, the staff outbox, unsubscribing from a mail, the development mailbox. */
export const notificationsRoutes: Routes = [
  {
    path: NOTIFICATIONS_PATHS.centre.route,
    title: 'notifications.centre.title',
    canActivate: [authGuard],
    loadComponent: () => import('./notification-centre.page').then((m) => m.NotificationCentrePage),
  },
  {
    path: NOTIFICATIONS_PATHS.outbox.route,
    title: 'notifications.outbox.title',
    canActivate: [personaGuard('deliveryWatchers')],
    loadComponent: () => import('./outbox.page').then((m) => m.OutboxPage),
  },
  {
    // Public: the token in a mail's link is the proof (she need not be signed in).
    path: NOTIFICATIONS_PATHS.unsubscribe.route,
    title: 'notifications.unsubscribe.title',
    loadComponent: () => import('./unsubscribe.page').then((m) => m.UnsubscribePage),
  },
  {
    // Development only: the API mounts /api/dev/mail in development; elsewhere the page says so.
    path: NOTIFICATIONS_PATHS.devMail.route,
    title: 'notifications.devMail.title',
    loadComponent: () => import('./dev-mail.page').then((m) => m.DevMailPage),
  },
  {
    path: NOTIFICATIONS_PATHS.devMailMessage.route,
    title: 'notifications.devMail.title',
    loadComponent: () => import('./dev-mail.page').then((m) => m.DevMailPage),
  },
];

export const notificationsDomain: WebDomain = {
  name: 'notifications',
  routes: notificationsRoutes,
  nav: [
    {
      path: NOTIFICATIONS_PATHS.outbox.link(),
      label: 'notifications.outbox.nav',
      testId: 'nav-outbox',
      audience: 'deliveryWatchers',
      order: 35,
    },
  ],
  accountSections: [
    {
      order: 10,
      load: () =>
        import('./notification-account-sections.component').then(
          (m) => m.NotificationAccountSectionsComponent,
        ),
    },
  ],
};
