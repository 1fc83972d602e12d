import type { Routes } from '@angular/router';
import { authGuard, guestGuard, type WebDomain } from '@tsunagu/web/shared/data-access';
import { IDENTITY_PATHS } from '@tsunagu/web/shared/util';

/** /sign-in, /sign-up, /account. Titles are dictionary keys. */
export const identityRoutes: Routes = [
  {
    path: IDENTITY_PATHS.signIn.route,
    title: 'auth.signIn.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./sign-in.page').then((m) => m.SignInPage),
  },
  {
    path: IDENTITY_PATHS.signUp.route,
    title: 'auth.signUp.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./sign-up.page').then((m) => m.SignUpPage),
  },
  {
    path: IDENTITY_PATHS.account.route,
    title: 'auth.account.title',
    canActivate: [authGuard],
    loadComponent: () => import('./account.page').then((m) => m.AccountPage),
  },
];

/** Signing out is an action, not a link: the shell puts its button after these items. */
export const identityDomain: WebDomain = {
  name: 'identity',
  routes: identityRoutes,
  nav: [
    {
      path: IDENTITY_PATHS.account.link(),
      label: 'nav.account',
      testId: 'nav-account',
      audience: 'signedIn',
      order: 40,
    },
    {
      path: IDENTITY_PATHS.signIn.link(),
      label: 'nav.signIn',
      testId: 'nav-sign-in',
      audience: 'guests',
      order: 50,
    },
    {
      path: IDENTITY_PATHS.signUp.link(),
      label: 'nav.signUp',
      testId: 'nav-sign-up',
      audience: 'guests',
      order: 51,
    },
  ],
};
