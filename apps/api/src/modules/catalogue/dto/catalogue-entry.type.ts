import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationEntity } from '../../organisations';
import { CourseEntity } from '../course.entity';
import { SessionEntity } from '../session.entity';

/**
 * One upcoming session in the catalogue, with its course and provider. The three objects hold only the
 * columns the request asked for when it asked for plain columns only (see core/graphql/projection.ts).
 */
@ObjectType('CatalogueEntry')
export class CatalogueEntry {
  @Field(() => SessionEntity)
  session: SessionEntity;

  @Field(() => CourseEntity)
  course: CourseEntity;

  /**
   * Read by the catalogue service in the page's one statement and set here, so the field costs no per-item
   * resolver call (the catalogue benchmark showed that call dominating long pages).
   */
  @Field(() => OrganisationEntity)
  provider: OrganisationEntity;

  @Field({ description: 'Start of the first meeting' })
  firstMeetingAt: Date;

  @Field(() => Int, { description: 'How many meetings the session has (全N回)' })
  meetingCount: number;

  @Field(() => Int)
  seatsLeft: number;

  @Field(() => Int)
  childcareSeatsLeft: number;
}

@ObjectType('CataloguePage')
export class CataloguePage {
  /** Counted once: `catalogue` multiplies its selection by the page's limit (see pageOf). */
  @Field(() => [CatalogueEntry], { complexity: 1 })
  items: CatalogueEntry[];

  @Field(() => Int, { description: 'How many entries match the filter in all' })
  totalCount: number;
}

@ObjectType('CourseProgress')
export class CourseProgress {
  @Field(() => [ID], { description: 'Lessons she has completed' })
  completedLessonIds: string[];

  @Field(() => Int)
  lessonCount: number;
}
