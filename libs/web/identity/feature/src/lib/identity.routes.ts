import type { Routes } from '@angular/router';
import { authGuard, guestGuard } from '@tsunagu/web/shared/data-access';

/** Mounted at the root by the app: /sign-in, /sign-up, /account. Titles are dictionary keys. */
export const identityRoutes: Routes = [
  {
    path: 'sign-in',
    title: 'auth.signIn.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./sign-in.page').then((m) => m.SignInPage),
  },
  {
    path: 'sign-up',
    title: 'auth.signUp.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./sign-up.page').then((m) => m.SignUpPage),
  },
  {
    path: 'account',
    title: 'auth.account.title',
    canActivate: [authGuard],
    loadComponent: () => import('./account.page').then((m) => m.AccountPage),
  },
];
