import { Seminars1795316458760 } from '../../core/database/migrations/1795316458760-Seminars';
import { CourseFiles1795951815397 } from '../../core/database/migrations/1795951815397-CourseFiles';
import { SeminarFactsAndContacts1796100000000 } from '../../core/database/migrations/1796100000000-SeminarFactsAndContacts';
import { CourseCoOrganisers1796114359247 } from '../../core/database/migrations/1796114359247-CourseCoOrganisers';
import { LotteryCommitment1796114898880 } from '../../core/database/migrations/1796114898880-LotteryCommitment';
import { AttendanceWindow1796115896708 } from '../../core/database/migrations/1796115896708-AttendanceWindow';
import { CatalogueReadModels1796150000000 } from '../../core/database/migrations/1796150000000-CatalogueReadModels';
import { SessionReminderHours1796200300000 } from '../../core/database/migrations/1796200300000-SessionReminderHours';
import type { DomainRegistration } from '../../core/registration/domain-registration';
import { catalogueDemoData } from './catalogue.demo-data';
import { CATALOGUE_MESSAGES } from './catalogue.messages';
import { CatalogueModule } from './catalogue.module';
import { CourseCoOrganiserEntity } from './course-co-organiser.entity';
import { CourseFileEntity } from './course-file.entity';
import { CourseEntity } from './course.entity';
import { LessonEntity, LessonProgressEntity } from './lesson.entity';
import { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';

/** Courses, lessons, course files and sessions: the public catalogue and its editing. */
export const catalogue: DomainRegistration = {
  name: 'catalogue',
  module: CatalogueModule,
  entities: [
    CourseEntity,
    CourseCoOrganiserEntity,
    CourseFileEntity,
    LessonEntity,
    LessonProgressEntity,
    SessionEntity,
    MeetingEntity,
    QuestionEntity,
  ],
  // Seminars also created the enrolment module's tables and core's domain_events, and
  // SeminarFactsAndContacts added the organisations' contact columns: each is owned by its main owner.
  migrations: [
    Seminars1795316458760,
    CourseFiles1795951815397,
    SeminarFactsAndContacts1796100000000,
    CourseCoOrganisers1796114359247,
    LotteryCommitment1796114898880,
    AttendanceWindow1796115896708,
    CatalogueReadModels1796150000000,
    SessionReminderHours1796200300000,
  ],
  tables: [
    'courses',
    'course_co_organisers',
    'course_files',
    'lessons',
    'lesson_progress',
    'sessions',
    'session_meetings',
    'session_questions',
  ],
  // The read models other modules may name in SQL (catalogue-read-models.ts is their contract).
  // catalogue_session_rules was created by enrolment's SessionSeats migration, for enrol_learner.
  publishedViews: [
    'catalogue_session_rules',
    'catalogue_session_courses',
    'catalogue_session_schedule',
    'catalogue_meeting_details',
  ],
  messages: CATALOGUE_MESSAGES,
  demoData: catalogueDemoData,
};
