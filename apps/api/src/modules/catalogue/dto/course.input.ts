import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import {
  COURSE_CATEGORIES,
  COURSE_VISIBILITIES,
  LIMITS,
  type CourseCategory,
  type CourseVisibility,
} from '@tsunagu/shared/domain';
import { Transform } from 'class-transformer';
import { IsArray } from 'class-validator';
import { CourseCategoryEnum, CourseVisibilityEnum } from '../../../core/graphql/enums';
import {
  IntRange,
  MaxChars,
  MaxCharsEach,
  MaxItems,
  OneOf,
  OptionalValue,
  Required,
  Trimmed,
  Uuid,
  UuidEach,
  WebUrl,
} from '../../../core/graphql/validation';

/** Tags are trimmed, blank ones dropped and duplicates removed before validation. */
const CleanTags = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? [...new Set(value.map((t) => (typeof t === 'string' ? t.trim() : t)).filter((t) => t !== ''))]
      : value,
  );

/** Ids as given, duplicates removed. */
const UniqueIds = () =>
  Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value)] : value));

@InputType()
export class CreateCourseInput {
  @Field(() => ID)
  @Uuid()
  providerOrganisationId: string;

  @Field()
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.course.title.max)
  title: string;

  @Field(() => String, { nullable: true })
  @Trimmed()
  @OptionalValue()
  @MaxChars(LIMITS.course.summary.max)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown' })
  @OptionalValue()
  @MaxChars(LIMITS.course.description.max)
  description?: string | null;

  @Field(() => CourseCategoryEnum)
  @OneOf(COURSE_CATEGORIES)
  category: CourseCategory;

  @Field(() => String, { nullable: true, description: 'Who the course is for (対象)' })
  @Trimmed()
  @OptionalValue()
  @MaxChars(LIMITS.course.audienceNotes.max)
  audienceNotes?: string | null;

  @Field(() => CourseVisibilityEnum, { nullable: true, description: 'public unless given' })
  @OptionalValue()
  @OneOf(COURSE_VISIBILITIES)
  visibility?: CourseVisibility | null;

  @Field(() => [String], { nullable: true })
  @OptionalValue()
  @CleanTags()
  @IsArray()
  @MaxItems(LIMITS.course.tags.max)
  @MaxCharsEach(LIMITS.course.tags.each)
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  @Trimmed()
  @OptionalValue()
  @MaxChars(LIMITS.course.coverImageUrl.max)
  @WebUrl()
  coverImageUrl?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Organisations running the course with the provider (共催); their staff edit it and run its sessions. Only the provider side may change it.',
  })
  @OptionalValue()
  @UniqueIds()
  @IsArray()
  @MaxItems(LIMITS.course.coOrganisers.max)
  @UuidEach()
  coOrganiserIds?: string[] | null;
}

/** Every field optional; the provider does not change. */
@InputType()
export class UpdateCourseInput extends PartialType(
  OmitType(CreateCourseInput, ['providerOrganisationId'] as const),
  InputType,
) {
  @Field(() => ID, {
    nullable: true,
    description:
      'An image uploaded to this course as its cover (POST /api/courses/:courseId/files?purpose=cover); null removes it',
  })
  @OptionalValue()
  @Uuid()
  coverFileId?: string | null;
}

@InputType()
export class CopyCourseInput {
  @Field(() => String, {
    nullable: true,
    description: 'The copy’s title; the original’s with （コピー） unless given',
  })
  @Trimmed()
  @OptionalValue()
  @MaxChars(LIMITS.course.title.max)
  title?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Copy the scheduled sessions too, every date moved by this many days (364: the same weekday next year)',
  })
  @OptionalValue()
  @IntRange(LIMITS.course.copyShiftDays.min, LIMITS.course.copyShiftDays.max)
  sessionsShiftDays?: number | null;
}
