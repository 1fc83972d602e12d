import type { Routes } from '@angular/router';
import { authGuard, type WebDomain } from '@tsunagu/web/shared/data-access';
import { ORGANISATIONS_PATHS } from '@tsunagu/web/shared/util';

/** Members and invitations, and what the organisation publishes about itself. */
export const organisationsRoutes: Routes = [
  {
    path: ORGANISATIONS_PATHS.members.route,
    title: 'members.title',
    canActivate: [authGuard],
    loadComponent: () => import('./members.page').then((m) => m.MembersPage),
  },
  {
    path: ORGANISATIONS_PATHS.contact.route,
    title: 'orgContact.title',
    canActivate: [authGuard],
    loadComponent: () => import('./contact.page').then((m) => m.ContactPage),
  },
];

export const organisationsDomain: WebDomain = {
  name: 'organisations',
  routes: organisationsRoutes,
  homeCards: [
    {
      personas: ['company_admin', 'staff'],
      audience: 'organisers',
      order: 20,
      heading: 'members.manageCard',
      lead: 'members.lead',
      link: { path: ORGANISATIONS_PATHS.members.link(), label: 'members.manageLink', testId: 'to-members' },
    },
  ],
};
