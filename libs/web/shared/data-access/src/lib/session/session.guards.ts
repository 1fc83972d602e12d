import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { Persona } from '@tsunagu/shared/domain';
import { HOME_PATHS, IDENTITY_PATHS, safeReturnUrl } from '@tsunagu/web/shared/util';
import { isInAudience, type Audience } from './audience';
import { SessionStore } from './session.store';

/** Lets signed-in users through; sends others to sign in and back here afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  if (session.isSignedIn()) return true;
  return inject(Router).createUrlTree([IDENTITY_PATHS.signIn.link()], {
    queryParams: { returnUrl: state.url },
  });
};

/**
 * Pages for visitors only (landing, sign-in, sign-up): signed-in users go where the link meant to take
 * her afterwards (a safe `returnUrl`, e.g. the enrol form), else to their home.
 */
export const guestGuard: CanActivateFn = (route) => {
  if (!inject(SessionStore).isSignedIn()) return true;
  const back = safeReturnUrl(route.queryParamMap.get('returnUrl'));
  return inject(Router).parseUrl(back ?? HOME_PATHS.home.link());
};

/** The URL segment of each persona's home page. */
export const PERSONA_HOME_SEGMENT: Record<Persona, string> = {
  learner: 'learner',
  company_admin: 'company',
  mentor: 'mentor',
  staff: 'staff',
};

/**
 * The one guard for pages meant for some people only: a visitor signs in first (and comes back here), a
 * signed-in user outside the audience goes to her own home. Homes use a persona, organisers' pages
 * `'organisers'` (roles, not personas); the API checks every request again.
 */
export function personaGuard(...audiences: readonly Audience[]): CanActivateFn {
  return (_route, state) => {
    const session = inject(SessionStore);
    const router = inject(Router);
    if (!session.isSignedIn())
      return router.createUrlTree([IDENTITY_PATHS.signIn.link()], { queryParams: { returnUrl: state.url } });
    return audiences.some((audience) => isInAudience(session, audience))
      ? true
      : router.createUrlTree([HOME_PATHS.home.link()]);
  };
}
