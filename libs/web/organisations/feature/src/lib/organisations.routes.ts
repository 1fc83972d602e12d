import type { Routes } from '@angular/router';
import { authGuard } from '@tsunagu/web/shared/data-access';

/** Mounted at /members by the app. */
export const organisationsRoutes: Routes = [
  {
    path: '',
    title: 'members.title',
    canActivate: [authGuard],
    loadComponent: () => import('./members.page').then((m) => m.MembersPage),
  },
];

/** Mounted at /organisation by the app: what the organisation publishes about itself. */
export const organisationProfileRoutes: Routes = [
  {
    path: 'contact',
    title: 'orgContact.title',
    canActivate: [authGuard],
    loadComponent: () => import('./contact.page').then((m) => m.ContactPage),
  },
];
