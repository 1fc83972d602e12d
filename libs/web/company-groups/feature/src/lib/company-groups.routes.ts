import type { Routes } from '@angular/router';
import { authGuard, personaGuard, type WebDomain } from '@tsunagu/web/shared/data-access';
import { COMPANY_GROUPS_PATHS } from '@tsunagu/web/shared/util';

/**
 * Her company's profile, employees and programmes, applying as a company, the secretariat's company
 * applications, registrations and overview; the company portal's group board and the secretariat's
 * group membership.
 */
export const companyGroupsRoutes: Routes = [
  {
    path: COMPANY_GROUPS_PATHS.mine.route,
    title: 'companies.mine.title',
    canActivate: [authGuard],
    loadComponent: () => import('./my-company.page').then((m) => m.MyCompanyPage),
  },
  {
    // Public: an approved company's page, for anyone (the API answers NOT_FOUND for any other).
    path: COMPANY_GROUPS_PATHS.company.route,
    title: 'companies.public.title',
    loadComponent: () => import('./company.page').then((m) => m.CompanyPage),
  },
  {
    path: COMPANY_GROUPS_PATHS.programmes.route,
    title: 'companies.programmes.title',
    canActivate: [personaGuard('company_admin')],
    loadComponent: () => import('./our-programmes.page').then((m) => m.OurProgrammesPage),
  },
  {
    path: COMPANY_GROUPS_PATHS.apply.route,
    title: 'companies.apply.title',
    canActivate: [authGuard],
    loadComponent: () => import('./company-apply.page').then((m) => m.CompanyApplyPage),
  },
  {
    path: COMPANY_GROUPS_PATHS.employees.route,
    title: 'employees.page.title',
    canActivate: [authGuard],
    loadComponent: () => import('./company-employees.page').then((m) => m.CompanyEmployeesPage),
  },
  {
    path: COMPANY_GROUPS_PATHS.applications.route,
    title: 'companies.applications.title',
    // Staff and admins only: a project team member (secretariat persona) decides nothing.
    canActivate: [personaGuard('companyDeciders')],
    loadComponent: () => import('./company-applications.page').then((m) => m.CompanyApplicationsPage),
  },
  {
    path: COMPANY_GROUPS_PATHS.register.route,
    title: 'companies.register.title',
    canActivate: [personaGuard('companyDeciders')],
    loadComponent: () => import('./company-register.page').then((m) => m.CompanyRegisterPage),
  },
  {
    path: COMPANY_GROUPS_PATHS.overview.route,
    title: 'companies.overview.title',
    // Staff only: the API refuses platform admins participation, and the project team too.
    canActivate: [personaGuard('companyOverviewReaders')],
    loadComponent: () => import('./cross-company-overview.page').then((m) => m.CrossCompanyOverviewPage),
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
      exact: true,
    },
    {
      path: COMPANY_GROUPS_PATHS.programmes.link(),
      label: 'companies.nav.programmes',
      testId: 'nav-company-programmes',
      audience: 'company_admin',
      order: 31,
    },
    {
      path: COMPANY_GROUPS_PATHS.employees.link(),
      label: 'employees.nav.page',
      testId: 'nav-company-employees',
      audience: 'company_admin',
      order: 32,
    },
    {
      path: COMPANY_GROUPS_PATHS.applications.link(),
      label: 'companies.nav.applications',
      testId: 'nav-company-applications',
      audience: 'companyDeciders',
      order: 34,
      exact: true,
    },
    {
      path: COMPANY_GROUPS_PATHS.overview.link(),
      label: 'companies.nav.overview',
      testId: 'nav-company-overview',
      audience: 'companyOverviewReaders',
      order: 37,
    },
    {
      path: COMPANY_GROUPS_PATHS.groups.link(),
      label: 'groups.nav.board',
      testId: 'nav-group-board',
      audience: 'company_admin',
      order: 33,
    },
    {
      path: COMPANY_GROUPS_PATHS.groupMembership.link(),
      label: 'groups.nav.membership',
      testId: 'nav-group-membership',
      audience: 'companyDeciders',
      order: 36,
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
      personas: ['company_admin'],
      order: 6,
      heading: 'employees.card.title',
      lead: 'employees.card.lead',
      testId: 'company-employees-card',
      link: {
        path: COMPANY_GROUPS_PATHS.employees.link(),
        label: 'employees.card.link',
        testId: 'to-company-employees-card',
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
      order: 7,
      heading: 'companies.card.programmesTitle',
      lead: 'companies.card.programmesLead',
      testId: 'company-programmes-card',
      link: {
        path: COMPANY_GROUPS_PATHS.programmes.link(),
        label: 'companies.card.programmesLink',
        testId: 'to-company-programmes',
      },
    },
    {
      personas: ['company_admin'],
      order: 8,
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
      audience: 'companyOverviewReaders',
      order: 16,
      heading: 'companies.card.overviewTitle',
      lead: 'companies.card.overviewLead',
      testId: 'company-overview-card',
      link: {
        path: COMPANY_GROUPS_PATHS.overview.link(),
        label: 'companies.card.overviewLink',
        testId: 'to-company-overview',
      },
    },
    {
      personas: ['staff'],
      audience: 'companyDeciders',
      order: 17,
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
    {
      order: 19,
      load: () =>
        import('./employer-account-section.component').then((m) => m.EmployerAccountSectionComponent),
    },
  ],
};
