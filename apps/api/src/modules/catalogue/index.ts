/**
 * The catalogue's public file: what other modules may import from it. Anything not exported here is the
 * catalogue's own (its units, tables and SQL). Other modules read its tables through `CatalogueService`
 * and the read models below, never by name.
 */
export type { EditedCourse } from './catalogue-access.service';
export type { CatalogueEventPayloads, SessionChanged } from './catalogue-events';
export type { SessionCourse } from './catalogue-reads.service';
export { CatalogueModule } from './catalogue.module';
export {
  CO_ORGANISER_EDITOR_ROLES,
  CourseCreator,
  CourseEditorSomewhere,
  PROVIDER_EDITOR_ROLES,
  type CourseOrganisers,
} from './catalogue.policies';
export { CatalogueService } from './catalogue.service';
// What an uploaded file is, read from its bytes, and how to name and serve it (company files use them too).
export { cleanFileName, contentDisposition, detectCourseFileKind } from './course-file-content';
export type { SessionSeatsKeeper } from './sessions.service';
// GraphQL types (also the catalogue's entities: others reference them as types, never as repositories).
export { CourseEntity } from './course.entity';
export { CatalogueEntry, CataloguePage, CourseProgress } from './dto/catalogue-entry.type';
export { LessonEntity } from './lesson.entity';
export { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';
// Read models.
export {
  CATALOGUE_MEETING_DETAILS,
  CATALOGUE_SESSION_COURSES,
  CATALOGUE_SESSION_RULES,
  CATALOGUE_SESSION_SCHEDULE,
} from './catalogue-read-models';
export { CATALOGUE_PAGE_MAX } from './dto/catalogue-filter.input';
export type { EnrolmentTarget } from './enrolment-target';
export { newLotterySeed } from './lottery-commitment';
// Demo data handed on to the domains seeded after the catalogue.
export { DEMO_SESSIONS, demoSessionKey } from './catalogue.demo-data';
