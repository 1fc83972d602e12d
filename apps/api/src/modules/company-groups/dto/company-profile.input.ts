import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import {
  COMPANY_SIZE_BANDS,
  INDUSTRY_CODES,
  LIMITS,
  type CompanySizeBand,
  type IndustryMajorGroup,
} from '@tsunagu/shared/domain';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, ValidateNested } from 'class-validator';
import {
  EmailAddress,
  Kana,
  MaxChars,
  MaxItems,
  OneOf,
  OptionalValue,
  Required,
  Trimmed,
  Uuid,
  WebUrl,
} from '../../../core/graphql/validation';
import { CorporateNumber, PhoneOrNull, PostalCode, TrimmedOrNull } from './company-validation';
import { CompanySizeBandEnum, IndustryMajorGroupEnum } from './company.enums';

@InputType()
export class CompanyContactInput {
  @Field({ description: '担当者名' })
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.company.contact.name.max)
  name: string;

  @Field(() => String, { nullable: true, description: '部署' })
  @TrimmedOrNull()
  @OptionalValue()
  @MaxChars(LIMITS.company.contact.department.max)
  department?: string | null;

  @Field()
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.company.contact.email.max)
  @EmailAddress()
  email: string;

  @Field(() => String, { nullable: true })
  @PhoneOrNull()
  @OptionalValue()
  @MaxChars(LIMITS.company.contact.phone.max)
  phone?: string | null;
}

/** What a company tells about itself when it applies (and staff when they register one). */
@InputType()
export class CompanyApplicationInput {
  @Field(() => ID, {
    description: "The programme's organising body (a city, prefecture or national agency) applied to",
  })
  @Uuid()
  secretariatOrganisationId: string;

  @Field({ description: 'The company name (the organisation’s name)' })
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.organisationName.max)
  name: string;

  @Field({ description: 'フリガナ (hiragana or katakana)' })
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.company.nameKana.max)
  @Kana()
  nameKana: string;

  @Field({ description: '法人番号: 13 digits; full-width digits and hyphens are accepted' })
  @Required()
  @CorporateNumber()
  corporateNumber: string;

  @Field(() => IndustryMajorGroupEnum)
  @OneOf(INDUSTRY_CODES)
  industry: IndustryMajorGroup;

  @Field(() => CompanySizeBandEnum)
  @OneOf(COMPANY_SIZE_BANDS)
  sizeBand: CompanySizeBand;

  @Field(() => String, { nullable: true, description: '郵便番号 (7 digits)' })
  @OptionalValue()
  @PostalCode()
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @TrimmedOrNull()
  @OptionalValue()
  @MaxChars(LIMITS.company.address.max)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @TrimmedOrNull()
  @OptionalValue()
  @MaxChars(LIMITS.company.website.max)
  @WebUrl()
  website?: string | null;

  @Field(() => [CompanyContactInput], { nullable: true, description: 'Contact people, at most 5' })
  @OptionalValue()
  @IsArray()
  @MaxItems(LIMITS.company.contacts.max)
  @ValidateNested({ each: true })
  @Type(() => CompanyContactInput)
  contacts?: CompanyContactInput[] | null;
}

/** A company a secretariat's staff register themselves: approved at once, with no company admin yet. */
@InputType()
export class CompanyRegistrationInput extends CompanyApplicationInput {}

/**
 * Every field optional: a field left out (or null, for the required ones) stays as it is; null clears
 * an optional one; `contacts`, when given, is the complete new list.
 */
@InputType()
export class UpdateCompanyProfileInput extends PartialType(
  OmitType(CompanyApplicationInput, ['secretariatOrganisationId'] as const),
  InputType,
) {
  @Field(() => ID)
  @Uuid()
  organisationId: string;
}

@InputType()
export class InviteCompanyAdminInput {
  @Field(() => ID, { description: 'An approved company of her secretariat' })
  @Uuid()
  organisationId: string;

  @Field({ description: 'Who is to become its company admin (she signs up, or signs in, with the link)' })
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.email.max)
  @EmailAddress()
  email: string;
}

@InputType()
export class DecideCompanyApplicationInput {
  @Field(() => ID)
  @Uuid()
  organisationId: string;

  @Field()
  @IsBoolean()
  approve: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why not: required when declining, shown to the company',
  })
  @TrimmedOrNull()
  @OptionalValue()
  @MaxChars(LIMITS.company.declineReason.max)
  reason?: string | null;
}
