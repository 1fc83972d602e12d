import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { Persona } from '@tsunagu/shared/domain';
import { safeReturnUrl } from '@tsunagu/web/shared/util';
import { SessionStore } from './session.store';

/** Lets signed-in users through; sends others to sign in and back here afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  if (session.isSignedIn()) return true;
  return inject(Router).createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/**
 * Pages for visitors only (landing, sign-in, sign-up): signed-in users go where the link meant to take
 * her afterwards (a safe `returnUrl`, e.g. the enrol form), else to their home.
 */
export const guestGuard: CanActivateFn = (route) => {
  if (!inject(SessionStore).isSignedIn()) return true;
  const back = safeReturnUrl(route.queryParamMap.get('returnUrl'));
  return inject(Router).parseUrl(back ?? '/home');
};

/** The URL segment of each persona's home page. */
export const PERSONA_HOME_SEGMENT: Record<Persona, string> = {
  learner: 'learner',
  company_admin: 'company',
  mentor: 'mentor',
  staff: 'staff',
};

/** Only users holding the persona may open its home page; others go to their own. */
export function personaGuard(persona: Persona): CanActivateFn {
  return () => {
    const session = inject(SessionStore);
    return session.personas().includes(persona) ? true : inject(Router).createUrlTree(['/home']);
  };
}
