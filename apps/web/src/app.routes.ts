import type { Route } from '@angular/router';

/** Each domain's feature is lazy-loaded; features never import each other. */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadChildren: () => import('@tsunagu/web/home/feature').then((m) => m.landingRoutes),
  },
  { path: 'home', loadChildren: () => import('@tsunagu/web/home/feature').then((m) => m.homeRoutes) },
  { path: '', loadChildren: () => import('@tsunagu/web/identity/feature').then((m) => m.identityRoutes) },
  {
    path: 'members',
    loadChildren: () => import('@tsunagu/web/organisations/feature').then((m) => m.organisationsRoutes),
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
