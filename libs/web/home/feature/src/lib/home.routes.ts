import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import {
  authGuard,
  guestGuard,
  PERSONA_HOME_SEGMENT,
  personaGuard,
  SessionStore,
} from '@tsunagu/web/shared/data-access';

/** `/home` sends each user to the home of her first persona. */
export function personaHomeUrl(): string {
  const persona = inject(SessionStore).personas()[0] ?? 'learner';
  return `/home/${PERSONA_HOME_SEGMENT[persona]}`;
}

/** Mounted at /home by the app. */
export const homeRoutes: Routes = [
  {
    path: '',
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => personaHomeUrl() },
      {
        path: PERSONA_HOME_SEGMENT.learner,
        title: 'nav.learner',
        canActivate: [personaGuard('learner')],
        loadComponent: () => import('./learner-home.page').then((m) => m.LearnerHomePage),
      },
      {
        path: PERSONA_HOME_SEGMENT.company_admin,
        title: 'nav.company_admin',
        canActivate: [personaGuard('company_admin')],
        loadComponent: () => import('./company-home.page').then((m) => m.CompanyHomePage),
      },
      {
        path: PERSONA_HOME_SEGMENT.mentor,
        title: 'nav.mentor',
        canActivate: [personaGuard('mentor')],
        loadComponent: () => import('./mentor-home.page').then((m) => m.MentorHomePage),
      },
      {
        path: PERSONA_HOME_SEGMENT.staff,
        title: 'nav.staff',
        canActivate: [personaGuard('staff')],
        loadComponent: () => import('./staff-home.page').then((m) => m.StaffHomePage),
      },
    ],
  },
];

/** Mounted at / (exact) by the app: signed-in users go straight to /home. */
export const landingRoutes: Routes = [
  {
    path: '',
    canActivate: [guestGuard],
    loadComponent: () => import('./landing.page').then((m) => m.LandingPage),
  },
];

export const notFoundRoutes: Routes = [
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found.page').then((m) => m.NotFoundPage),
  },
];
