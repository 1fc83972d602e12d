/**
 * The catalogue's public file: what other modules may import from it. Anything not exported here is the
 * catalogue's own (its units, tables and SQL). Other modules read its tables through `CatalogueService`
 * and the read models below, never by name.
 */
export type { EditedCourse } from './catalogue-access.service';
export { CatalogueModule } from './catalogue.module';
export {
  CO_ORGANISER_EDITOR_ROLES,
  CourseCreator,
  CourseEditorSomewhere,
  PROVIDER_EDITOR_ROLES,
  type CourseOrganisers,
} from './catalogue.policies';
export { CatalogueService } from './catalogue.service';
export type { SeatsFreedHandler } from './sessions.service';
// GraphQL types (also the catalogue's entities: others reference them as types, never as repositories).
export { CourseEntity } from './course.entity';
export { CatalogueEntry, CataloguePage, CourseProgress } from './dto/catalogue-entry.type';
export { LessonEntity } from './lesson.entity';
export { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';
// Read models.
export type { EnrolmentTarget } from './enrolment-target';
