/** The catalogue module's public file: other modules import the catalogue only from here. */
export { DEMO_SESSIONS, demoSessionKey } from './catalogue.demo-data';
export { CatalogueModule } from './catalogue.module';
export { CourseEditorSomewhere } from './catalogue.policies';
export { CatalogueService } from './catalogue.service';
export { CourseEntity } from './course.entity';
export { CATALOGUE_PAGE_MAX } from './dto/catalogue-filter.input';
export type { EnrolmentTarget } from './enrolment-target';
export { newLotterySeed } from './lottery-commitment';
export { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';
