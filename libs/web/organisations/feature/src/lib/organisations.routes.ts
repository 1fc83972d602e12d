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
