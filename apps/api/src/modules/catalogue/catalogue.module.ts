import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '../organisations/organisations.module';
import { CatalogueResolver, CoursesResolver, LessonsResolver } from './catalogue.resolver';
import { CatalogueService } from './catalogue.service';
import { CourseEntity } from './course.entity';
import { LessonEntity, LessonProgressEntity } from './lesson.entity';
import { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';
import { SessionsResolver } from './sessions.resolver';

/** Courses, lessons and sessions: the public catalogue and its editing. Enrolment builds on its service. */
@Module({
  imports: [
    OrganisationsModule,
    TypeOrmModule.forFeature([
      CourseEntity,
      LessonEntity,
      LessonProgressEntity,
      SessionEntity,
      MeetingEntity,
      QuestionEntity,
    ]),
  ],
  providers: [CatalogueService, CatalogueResolver, CoursesResolver, LessonsResolver, SessionsResolver],
  exports: [CatalogueService],
})
export class CatalogueModule {}
