import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { SessionStore } from '@tsunagu/web/shared/data-access';

/** Course editors: signed in as staff, admin or company admin somewhere; others go to their home. */
export const courseEditorGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  if (!session.isSignedIn())
    return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
  // Roles, not personas: a project team member has the secretariat home but organises nothing.
  return session.organises() ? true : router.createUrlTree(['/home']);
};
