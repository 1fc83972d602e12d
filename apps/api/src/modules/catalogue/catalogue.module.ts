import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '../organisations';
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
import { CourseEntity } from './course.entity';
import { LessonEntity, LessonProgressEntity } from './lesson.entity';
import { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';
import { SessionsResolver } from './sessions.resolver';

/**
 * Courses, lessons, their uploaded files and sessions: the public catalogue and its editing. Enrolment
 * builds on its service.
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
