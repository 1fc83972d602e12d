import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { LESSON_KINDS, LIMITS, type LessonKind } from '@tsunagu/shared/domain';
import { LessonKindEnum } from '../../../core/graphql/enums';
import {
  MaxChars,
  OneOf,
  OptionalValue,
  Required,
  Trimmed,
  Uuid,
  WebUrl,
} from '../../../core/graphql/validation';

@InputType()
export class AddLessonInput {
  @Field(() => ID)
  @Uuid()
  courseId: string;

  @Field(() => LessonKindEnum)
  @OneOf(LESSON_KINDS)
  kind: LessonKind;

  @Field()
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.lesson.title.max)
  title: string;

  @Field(() => String, { nullable: true, description: 'Markdown (text lessons)' })
  @OptionalValue()
  @MaxChars(LIMITS.lesson.body.max)
  body?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required for link lessons; a file lesson has a url or an uploaded file (fileId)',
  })
  @Trimmed()
  @OptionalValue()
  @MaxChars(LIMITS.lesson.url.max)
  @WebUrl()
  url?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A file uploaded to this course for lessons (POST /api/courses/:courseId/files?purpose=lesson); file lessons only',
  })
  @OptionalValue()
  @Uuid()
  fileId?: string | null;
}

@InputType()
export class UpdateLessonInput extends PartialType(
  OmitType(AddLessonInput, ['courseId'] as const),
  InputType,
) {}
