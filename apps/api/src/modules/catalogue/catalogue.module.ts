import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '../organisations';
import { CatalogueAccessService } from './catalogue-access.service';
import { CatalogueQueryService } from './catalogue-query.service';
import { CatalogueReadsService } from './catalogue-reads.service';
import {
  CatalogueResolver,
  CourseFilesResolver,
  CoursesResolver,
  LessonsResolver,
} from './catalogue.resolver';
import { CatalogueService } from './catalogue.service';
import { CourseCoOrganiserEntity } from './course-co-organiser.entity';
import { CourseFileEntity } from './course-file.entity';
import { CourseFilesController } from './course-files.controller';
import { CourseFilesService } from './course-files.service';
import { CourseSharingService } from './course-sharing.service';
import { CourseEntity } from './course.entity';
import { CoursesService } from './courses.service';
import { LessonEntity, LessonProgressEntity } from './lesson.entity';
import { LessonsService } from './lessons.service';
import { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';

/**
 * Courses, lessons, their uploaded files and sessions: the public catalogue and its editing. Enrolment
 * builds on `CatalogueService`, its service for other modules; the units (access, query, reads, courses,
 * lessons, sessions, files) are its own.
 */
@Module({
  imports: [
    OrganisationsModule,
    TypeOrmModule.forFeature([
      CourseEntity,
      CourseCoOrganiserEntity,
      CourseFileEntity,
      LessonEntity,
      LessonProgressEntity,
      SessionEntity,
      MeetingEntity,
      QuestionEntity,
    ]),
  ],
  controllers: [CourseFilesController],
  providers: [
    CatalogueAccessService,
    CatalogueQueryService,
    CatalogueReadsService,
    CoursesService,
    CourseSharingService,
    LessonsService,
    SessionsService,
    CatalogueService,
    CourseFilesService,
    CatalogueResolver,
    CoursesResolver,
    LessonsResolver,
    CourseFilesResolver,
    SessionsResolver,
  ],
  exports: [CatalogueService],
})
export class CatalogueModule {}
