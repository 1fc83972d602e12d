import { appPath } from './app-path';

/** The addresses of the catalogue pages: its route table and every link to them read these. */
export const CATALOGUE_PATHS = {
  catalogue: appPath('/seminars'),
  course: appPath('/seminars/courses/:id'),
  session: appPath('/seminars/sessions/:id'),
  staffCourses: appPath('/staff/courses'),
  newCourse: appPath('/staff/courses/new'),
  editCourse: appPath('/staff/courses/:id'),
  newSession: appPath('/staff/courses/:courseId/sessions/new'),
  editSession: appPath('/staff/sessions/:id/edit'),
} as const;
