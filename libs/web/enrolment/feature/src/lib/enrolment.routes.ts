import type { Routes } from '@angular/router';
import { authGuard, personaGuard } from '@tsunagu/web/shared/data-access';

/** Mounted at the root by the app: the paths are full so they sit beside the catalogue's. */
export const enrolmentRoutes: Routes = [
  {
    path: 'seminars/sessions/:id/enrol',
    title: 'enrolment.enrol.title',
    canActivate: [authGuard],
    loadComponent: () => import('./enrol.page').then((m) => m.EnrolPage),
  },
  {
    path: 'seminars/sessions/:id/lottery',
    title: 'enrolment.lotteryDraw.title',
    loadComponent: () => import('./lottery-draw.page').then((m) => m.LotteryDrawPage),
  },
  {
    path: 'my/seminars',
    title: 'enrolment.my.title',
    canActivate: [authGuard],
    loadComponent: () => import('./my-seminars.page').then((m) => m.MySeminarsPage),
  },
  {
    path: 'certificates/verify',
    title: 'enrolment.verify.title',
    loadComponent: () => import('./verify-certificate.page').then((m) => m.VerifyCertificatePage),
  },
  {
    path: 'staff/sessions',
    title: 'enrolment.staff.title',
    canActivate: [personaGuard('organisers')],
    loadComponent: () => import('./staff-sessions.page').then((m) => m.StaffSessionsPage),
  },
  {
    path: 'staff/sessions/:id/roster',
    title: 'enrolment.roster.title',
    canActivate: [personaGuard('organisers')],
    loadComponent: () => import('./roster.page').then((m) => m.RosterPage),
  },
  {
    path: 'staff/sessions/:id/check-in',
    title: 'enrolment.checkIn.title',
    canActivate: [personaGuard('organisers')],
    loadComponent: () => import('./check-in.page').then((m) => m.CheckInPage),
  },
];
