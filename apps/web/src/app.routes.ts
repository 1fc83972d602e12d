import type { Route } from '@angular/router';

/** Each domain's feature is lazy-loaded; features never import each other. */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadChildren: () => import('@tsunagu/web/home/feature').then((m) => m.landingRoutes),
  },
  { path: 'home', loadChildren: () => import('@tsunagu/web/home/feature').then((m) => m.homeRoutes) },
  // Enrolment pages use full paths (seminars/sessions/:id/enrol, my/seminars, certificates/verify, staff/sessions).
  { path: '', loadChildren: () => import('@tsunagu/web/enrolment/feature').then((m) => m.enrolmentRoutes) },
  { path: '', loadChildren: () => import('@tsunagu/web/identity/feature').then((m) => m.identityRoutes) },
  {
    path: 'members',
    loadChildren: () => import('@tsunagu/web/organisations/feature').then((m) => m.organisationsRoutes),
  },
  {
    path: 'organisation',
    loadChildren: () => import('@tsunagu/web/organisations/feature').then((m) => m.organisationProfileRoutes),
  },
  {
    path: 'seminars',
    loadChildren: () => import('@tsunagu/web/catalogue/feature').then((m) => m.catalogueRoutes),
  },
  {
    path: 'staff',
    loadChildren: () => import('@tsunagu/web/catalogue/feature').then((m) => m.courseEditorRoutes),
  },
  { path: '**', loadChildren: () => import('@tsunagu/web/home/feature').then((m) => m.notFoundRoutes) },
];
