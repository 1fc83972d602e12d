import type { Routes } from '@angular/router';
import { authGuard, personaGuard, type WebDomain } from '@tsunagu/web/shared/data-access';
import { COMPANY_GROUPS_PATHS } from '@tsunagu/web/shared/util';

/**
 * Her company's profile, applying as a company, the secretariat's company applications; the company
 * portal's group board and the secretariat's group membership.
 */
export const companyGroupsRoutes: Routes = [
  {
    path: COMPANY_GROUPS_PATHS.mine.route,
    title: 'companies.mine.title',
    canActivate: [authGuard],
    loadComponent: () => import('./my-company.page').then((m) => m.MyCompanyPage),
  },
  {
    path: COMPANY_GROUPS_PATHS.apply.route,
    title: 'companies.apply.title',
    canActivate: [authGuard],
    loadComponent: () => import('./company-apply.page').then((m) => m.CompanyApplyPage),
  },
  {
    path: COMPANY_GROUPS_PATHS.applications.route,
    title: 'companies.applications.title',
    // Staff and admins only: a project team member (secretariat persona) decides nothing.
    canActivate: [personaGuard('companyDeciders')],
    loadComponent: () => import('./company-applications.page').then((m) => m.CompanyApplicationsPage),
  },
  {
    path: COMPANY_GROUPS_PATHS.groups.route,
    title: 'groups.board.title',
    canActivate: [personaGuard('company_admin')],
    loadComponent: () => import('./group-board.page').then((m) => m.GroupBoardPage),
  },
  {
    path: COMPANY_GROUPS_PATHS.groupMembership.route,
    title: 'groups.membership.title',
    // The owner's side of a group: staff and admins (as for company applications).
    canActivate: [personaGuard('companyDeciders')],
    loadComponent: () => import('./group-membership.page').then((m) => m.GroupMembershipPage),
  },
];

export const companyGroupsDomain: WebDomain = {
  name: 'company-groups',
  routes: companyGroupsRoutes,
  nav: [
    {
      path: COMPANY_GROUPS_PATHS.mine.link(),
      label: 'companies.nav.mine',
      testId: 'nav-my-company',
      audience: 'company_admin',
      order: 30,
    },
    {
      path: COMPANY_GROUPS_PATHS.applications.link(),
      label: 'companies.nav.applications',
      testId: 'nav-company-applications',
      audience: 'companyDeciders',
      order: 34,
    },
    {
      path: COMPANY_GROUPS_PATHS.groups.link(),
      label: 'groups.nav.board',
      testId: 'nav-group-board',
      audience: 'company_admin',
      order: 31,
    },
    {
      path: COMPANY_GROUPS_PATHS.groupMembership.link(),
      label: 'groups.nav.membership',
      testId: 'nav-group-membership',
      audience: 'companyDeciders',
      order: 35,
    },
  ],
  homeCards: [
    {
      personas: ['company_admin'],
      order: 5,
      heading: 'companies.card.mineTitle',
      lead: 'companies.card.mineLead',
      testId: 'company-profile-card',
      link: {
        path: COMPANY_GROUPS_PATHS.mine.link(),
        label: 'companies.card.mineLink',
        testId: 'to-my-company-card',
      },
    },
    {
      personas: ['staff'],
      audience: 'companyDeciders',
      order: 15,
      heading: 'companies.card.applicationsTitle',
      lead: 'companies.card.applicationsLead',
      testId: 'company-applications-card',
      link: {
        path: COMPANY_GROUPS_PATHS.applications.link(),
        label: 'companies.card.applicationsLink',
        testId: 'to-company-applications',
      },
    },
    {
      personas: ['company_admin'],
      order: 6,
      heading: 'groups.card.boardTitle',
      lead: 'groups.card.boardLead',
      testId: 'group-board-card',
      link: {
        path: COMPANY_GROUPS_PATHS.groups.link(),
        label: 'groups.card.boardLink',
        testId: 'to-group-board',
      },
    },
    {
      personas: ['staff'],
      audience: 'companyDeciders',
      order: 16,
      heading: 'groups.card.membershipTitle',
      lead: 'groups.card.membershipLead',
      testId: 'group-membership-card',
      link: {
        path: COMPANY_GROUPS_PATHS.groupMembership.link(),
        label: 'groups.card.membershipLink',
        testId: 'to-group-membership',
      },
    },
  ],
  accountSections: [
    {
      order: 20,
      load: () => import('./company-account-section.component').then((m) => m.CompanyAccountSectionComponent),
    },
  ],
};
