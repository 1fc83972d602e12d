import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { CourseEntity } from '../course.entity';
import { SessionEntity } from '../session.entity';

/** One upcoming session in the catalogue, with its course and provider. */
@ObjectType('CatalogueEntry')
export class CatalogueEntry {
  @Field(() => SessionEntity)
  session: SessionEntity;

  @Field(() => CourseEntity)
  course: CourseEntity;

  /**
   * Loaded by the catalogue service in one batched query for the whole page and set here, so the field
   * costs no per-item resolver call (the catalogue benchmark showed that call dominating long pages).
   */
  @Field(() => OrganisationEntity)
  provider: OrganisationEntity;

  providerOrganisationId: string;

  @Field({ description: 'Start of the first meeting' })
  firstMeetingAt: Date;

  @Field(() => Int)
  seatsLeft: number;

  @Field(() => Int)
  childcareSeatsLeft: number;
}

@ObjectType('CataloguePage')
export class CataloguePage {
  @Field(() => [CatalogueEntry])
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
