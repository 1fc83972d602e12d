import type { Routes } from '@angular/router';
import { personaGuard } from '@tsunagu/web/shared/data-access';

/** Mounted at /seminars by the app: public, no sign-in needed. */
export const catalogueRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'catalogue.title',
    loadComponent: () => import('./catalogue.page').then((m) => m.CataloguePage),
  },
  {
    path: 'courses/:id',
    title: 'catalogue.course.description',
    loadComponent: () => import('./course.page').then((m) => m.CoursePage),
  },
  {
    path: 'sessions/:id',
    pathMatch: 'full',
    title: 'catalogue.session.details',
    loadComponent: () => import('./session.page').then((m) => m.SessionPage),
  },
];

/** Mounted at /staff by the app: course editors only. */
export const courseEditorRoutes: Routes = [
  {
    path: '',
    canActivateChild: [personaGuard('organisers')],
    children: [
      {
        path: 'courses',
        title: 'courseEditor.title',
        loadComponent: () => import('./staff-courses.page').then((m) => m.StaffCoursesPage),
      },
      {
        path: 'courses/new',
        title: 'courseEditor.form.newTitle',
        loadComponent: () => import('./course-editor.page').then((m) => m.CourseEditorPage),
      },
      {
        path: 'courses/:id',
        title: 'courseEditor.form.editTitle',
        loadComponent: () => import('./course-editor.page').then((m) => m.CourseEditorPage),
      },
      {
        path: 'courses/:courseId/sessions/new',
        title: 'courseEditor.session.newTitle',
        loadComponent: () => import('./session-editor.page').then((m) => m.SessionEditorPage),
      },
      {
        path: 'sessions/:id/edit',
        title: 'courseEditor.session.editTitle',
        loadComponent: () => import('./session-editor.page').then((m) => m.SessionEditorPage),
      },
    ],
  },
];
