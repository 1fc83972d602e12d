import type { Routes } from '@angular/router';
import { authGuard, personaGuard, type WebDomain } from '@tsunagu/web/shared/data-access';
import { ENROLMENT_PATHS } from '@tsunagu/web/shared/util';

const organisers = personaGuard('organisers');

/** Enrolment, the learner's seminars, certificates, and running sessions (organisers; the API checks each). */
export const enrolmentRoutes: Routes = [
  {
    path: ENROLMENT_PATHS.enrol.route,
    title: 'enrolment.enrol.title',
    canActivate: [authGuard],
    loadComponent: () => import('./enrol.page').then((m) => m.EnrolPage),
  },
  {
    path: ENROLMENT_PATHS.lottery.route,
    title: 'enrolment.lotteryDraw.title',
    loadComponent: () => import('./lottery-draw.page').then((m) => m.LotteryDrawPage),
  },
  {
    path: ENROLMENT_PATHS.mySeminars.route,
    title: 'enrolment.my.title',
    canActivate: [authGuard],
    loadComponent: () => import('./my-seminars.page').then((m) => m.MySeminarsPage),
  },
  {
    path: ENROLMENT_PATHS.verifyCertificate.route,
    title: 'enrolment.verify.title',
    loadComponent: () => import('./verify-certificate.page').then((m) => m.VerifyCertificatePage),
  },
  {
    path: ENROLMENT_PATHS.staffSessions.route,
    title: 'enrolment.staff.title',
    canActivate: [organisers],
    loadComponent: () => import('./staff-sessions.page').then((m) => m.StaffSessionsPage),
  },
  {
    path: ENROLMENT_PATHS.roster.route,
    title: 'enrolment.roster.title',
    canActivate: [organisers],
    loadComponent: () => import('./roster.page').then((m) => m.RosterPage),
  },
  {
    path: ENROLMENT_PATHS.checkIn.route,
    title: 'enrolment.checkIn.title',
    canActivate: [organisers],
    loadComponent: () => import('./check-in.page').then((m) => m.CheckInPage),
  },
];

export const enrolmentDomain: WebDomain = {
  name: 'enrolment',
  routes: enrolmentRoutes,
  nav: [
    {
      path: ENROLMENT_PATHS.mySeminars.link(),
      label: 'nav.mySeminars',
      testId: 'nav-my-seminars',
      audience: 'learner',
      order: 30,
    },
  ],
  homeCards: [
    {
      personas: ['company_admin', 'staff'],
      audience: 'organisers',
      order: 40,
      heading: 'enrolment.staff.homeCard',
      lead: 'enrolment.staff.lead',
      link: {
        path: ENROLMENT_PATHS.staffSessions.link(),
        label: 'enrolment.staff.homeLink',
        testId: 'to-staff-sessions',
      },
    },
  ],
};
