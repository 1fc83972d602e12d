import type { Routes } from '@angular/router';
import { authGuard, guestGuard, type WebDomain } from '@tsunagu/web/shared/data-access';
import { IDENTITY_PATHS } from '@tsunagu/web/shared/util';

/** /sign-in, /sign-up, /account, and the pages of account emails. Titles are dictionary keys. */
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
    path: IDENTITY_PATHS.forgotPassword.route,
    title: 'auth.forgot.title',
    loadComponent: () => import('./forgot-password.page').then((m) => m.ForgotPasswordPage),
  },
  // Opened from emails: signed in or not (the link is the credential).
  {
    path: IDENTITY_PATHS.resetPassword.route,
    title: 'auth.reset.title',
    loadComponent: () => import('./reset-password.page').then((m) => m.ResetPasswordPage),
  },
  {
    path: IDENTITY_PATHS.verifyEmail.route,
    title: 'auth.verify.title',
    loadComponent: () => import('./verify-email.page').then((m) => m.VerifyEmailPage),
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
