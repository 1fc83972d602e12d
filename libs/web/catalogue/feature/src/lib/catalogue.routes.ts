import type { Routes } from '@angular/router';
import { personaGuard, type WebDomain } from '@tsunagu/web/shared/data-access';
import { CATALOGUE_PATHS } from '@tsunagu/web/shared/util';

const organisers = personaGuard('organisers');

/** The public catalogue (no sign-in needed) and the course editor (organisers only). */
export const catalogueRoutes: Routes = [
  {
    path: CATALOGUE_PATHS.catalogue.route,
    pathMatch: 'full',
    title: 'catalogue.title',
    loadComponent: () => import('./catalogue.page').then((m) => m.CataloguePage),
  },
  {
    path: CATALOGUE_PATHS.course.route,
    title: 'catalogue.course.description',
    loadComponent: () => import('./course.page').then((m) => m.CoursePage),
  },
  {
    path: CATALOGUE_PATHS.session.route,
    pathMatch: 'full',
    title: 'catalogue.session.details',
    loadComponent: () => import('./session.page').then((m) => m.SessionPage),
  },
  {
    path: CATALOGUE_PATHS.staffCourses.route,
    title: 'courseEditor.title',
    canActivate: [organisers],
    loadComponent: () => import('./staff-courses.page').then((m) => m.StaffCoursesPage),
  },
  {
    path: CATALOGUE_PATHS.newCourse.route,
    title: 'courseEditor.form.newTitle',
    canActivate: [organisers],
    loadComponent: () => import('./course-editor.page').then((m) => m.CourseEditorPage),
  },
  {
    path: CATALOGUE_PATHS.editCourse.route,
    title: 'courseEditor.form.editTitle',
    canActivate: [organisers],
    loadComponent: () => import('./course-editor.page').then((m) => m.CourseEditorPage),
  },
  {
    path: CATALOGUE_PATHS.newSession.route,
    title: 'courseEditor.session.newTitle',
    canActivate: [organisers],
    loadComponent: () => import('./session-editor.page').then((m) => m.SessionEditorPage),
  },
  {
    path: CATALOGUE_PATHS.editSession.route,
    title: 'courseEditor.session.editTitle',
    canActivate: [organisers],
    loadComponent: () => import('./session-editor.page').then((m) => m.SessionEditorPage),
  },
];

export const catalogueDomain: WebDomain = {
  name: 'catalogue',
  routes: catalogueRoutes,
  nav: [
    {
      path: CATALOGUE_PATHS.catalogue.link(),
      label: 'catalogue.nav',
      testId: 'nav-seminars',
      audience: 'everyone',
      order: 10,
    },
  ],
  homeCards: [
    {
      personas: ['company_admin', 'staff'],
      audience: 'organisers',
      order: 30,
      heading: 'courseEditor.manageCard',
      lead: 'courseEditor.lead',
      link: {
        path: CATALOGUE_PATHS.staffCourses.link(),
        label: 'courseEditor.manageLink',
        testId: 'to-staff-courses',
      },
    },
    {
      // A project team member organises nothing: her secretariat home offers the catalogue instead.
      personas: ['staff'],
      audience: 'nonOrganisers',
      order: 50,
      heading: 'staffHome.catalogueTitle',
      testId: 'staff-catalogue',
      lead: 'staffHome.catalogueLead',
      link: { path: CATALOGUE_PATHS.catalogue.link(), label: 'catalogue.nav', testId: 'to-catalogue' },
    },
  ],
};
