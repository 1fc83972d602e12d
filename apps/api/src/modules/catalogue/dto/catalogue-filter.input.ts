import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { COURSE_CATEGORIES, LIMITS, type CourseCategory } from '@tsunagu/shared/domain';
import { IsBoolean, Matches } from 'class-validator';
import { CourseCategoryEnum } from '../../../core/graphql/enums';
import { IntRange, MaxChars, OneOf, OptionalValue, Trimmed, Uuid } from '../../../core/graphql/validation';

export enum CatalogueFormat {
  ONLINE = 'ONLINE',
  VENUE = 'VENUE',
}
registerEnumType(CatalogueFormat, {
  name: 'CatalogueFormat',
  description: 'ONLINE: held online; VENUE: has a venue (a session may be both)',
});

export const CATALOGUE_PAGE_MAX = 100;
export const CATALOGUE_PAGE_DEFAULT = 20;

@InputType()
export class CatalogueFilter {
  @Field(() => String, { nullable: true, description: 'Words in the title, summary or tags' })
  @Trimmed()
  @OptionalValue()
  @MaxChars(LIMITS.catalogue.search.max)
  search?: string | null;

  @Field(() => CourseCategoryEnum, { nullable: true })
  @OptionalValue()
  @OneOf(COURSE_CATEGORIES)
  category?: CourseCategory | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM: the first meeting falls in this month (Tokyo)',
  })
  @OptionalValue()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, {
    message: JSON.stringify({ key: 'catalogue.invalidMonth', params: {} }),
  })
  month?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only sessions that offer childcare (託児)' })
  @OptionalValue()
  @IsBoolean()
  childcare?: boolean | null;

  @Field(() => CatalogueFormat, { nullable: true })
  @OptionalValue()
  @OneOf(Object.values(CatalogueFormat))
  format?: CatalogueFormat | null;

  @Field(() => Boolean, { nullable: true, description: 'Only sessions with seats left' })
  @OptionalValue()
  @IsBoolean()
  seatsLeft?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only courses this organisation provides or co-hosts (a company page lists its seminars)',
  })
  @OptionalValue()
  @Uuid()
  organisationId?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: CATALOGUE_PAGE_DEFAULT,
    description: `At most ${CATALOGUE_PAGE_MAX}`,
  })
  @OptionalValue()
  @IntRange(1, CATALOGUE_PAGE_MAX)
  limit?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @OptionalValue()
  @IntRange(0, 100000)
  offset?: number | null;
}
