import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import type { Persona } from '@tsunagu/shared/domain';
import {
  authGuard,
  guestGuard,
  PERSONA_HOME_SEGMENT,
  personaGuard,
  SessionStore,
  type HomeCard,
  type NavItem,
  type WebDomain,
} from '@tsunagu/web/shared/data-access';
import { HOME_PATHS } from '@tsunagu/web/shared/util';

/** `/home` sends each user to the home of her first persona. */
export function personaHomeUrl(): string {
  const persona = inject(SessionStore).personas()[0] ?? 'learner';
  return `${HOME_PATHS.home.link()}/${PERSONA_HOME_SEGMENT[persona]}`;
}

/** The homes fed by domains' cards; the learner's lists her own seminars and has a page of its own. */
const CARD_HOMES = ['company_admin', 'mentor', 'staff'] as const;

function personaHomeRoute(persona: (typeof CARD_HOMES)[number]) {
  return {
    path: PERSONA_HOME_SEGMENT[persona],
    title: `nav.${persona}` as const,
    canActivate: [personaGuard(persona)],
    data: { persona },
    loadComponent: () => import('./persona-home.page').then((m) => m.PersonaHomePage),
  };
}

/** /home/* (signed in), / (visitors: the landing page; signed-in users go to /home). */
export const homeRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [guestGuard],
    loadComponent: () => import('./landing.page').then((m) => m.LandingPage),
  },
  {
    path: HOME_PATHS.home.route,
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => personaHomeUrl() },
      {
        path: PERSONA_HOME_SEGMENT.learner,
        title: 'nav.learner',
        canActivate: [personaGuard('learner')],
        loadComponent: () => import('./learner-home.page').then((m) => m.LearnerHomePage),
      },
      ...CARD_HOMES.map(personaHomeRoute),
    ],
  },
];

/** Listed last by the app: whatever no domain claims. */
export const notFoundRoutes: Routes = [
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found.page').then((m) => m.NotFoundPage),
  },
];

/** Persona order is the API's (`personasForRoles`): secretariat, mentor, company, learner. */
const HOME_NAV_ORDER: Record<Persona, number> = { staff: 20, mentor: 21, company_admin: 22, learner: 23 };

const homeNav: NavItem[] = (Object.keys(HOME_NAV_ORDER) as Persona[]).map((persona) => ({
  path: `${HOME_PATHS.home.link()}/${PERSONA_HOME_SEGMENT[persona]}`,
  label: `nav.${persona}`,
  testId: `nav-${persona}`,
  audience: persona,
  order: HOME_NAV_ORDER[persona],
}));

/** Capabilities of domains not built yet (company groups, consultations, planning), said plainly. */
const comingSoonCards: HomeCard[] = [
  {
    personas: ['company_admin'],
    order: 10,
    heading: 'home.company.programmesTitle',
    comingSoon: 'home.company.programmesEmpty',
    testId: 'company-programmesTitle',
  },
  {
    personas: ['company_admin'],
    order: 11,
    heading: 'home.company.participationTitle',
    comingSoon: 'home.company.participationEmpty',
    testId: 'company-participationTitle',
  },
  {
    personas: ['mentor'],
    order: 10,
    heading: 'home.mentor.bookingsTitle',
    comingSoon: 'home.mentor.bookingsEmpty',
    testId: 'mentor-bookingsTitle',
  },
  {
    personas: ['mentor'],
    order: 11,
    heading: 'home.mentor.availabilityTitle',
    comingSoon: 'home.mentor.availabilityEmpty',
    testId: 'mentor-availabilityTitle',
  },
  {
    personas: ['staff'],
    order: 10,
    heading: 'home.staff.tasksTitle',
    comingSoon: 'home.staff.tasksEmpty',
    testId: 'staff-tasksTitle',
  },
  {
    personas: ['staff'],
    order: 11,
    heading: 'home.staff.planTitle',
    comingSoon: 'home.staff.planEmpty',
    testId: 'staff-planTitle',
  },
];

export const homeDomain: WebDomain = {
  name: 'home',
  routes: homeRoutes,
  nav: homeNav,
  homeCards: comingSoonCards,
};
