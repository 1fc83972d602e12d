import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { SessionStore } from '@tsunagu/web/shared/data-access';

/** Course editors: signed in with the staff or company-admin persona; others go to their home. */
export const courseEditorGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  if (!session.isSignedIn())
    return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
  const personas = session.personas();
  return personas.includes('staff') || personas.includes('company_admin')
    ? true
    : router.createUrlTree(['/home']);
};
