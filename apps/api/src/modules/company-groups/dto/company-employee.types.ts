import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@tsunagu/shared/domain';
import { IsBoolean, IsOptional } from 'class-validator';
import { EmailAddress, MaxChars, Required, Trimmed, Uuid } from '../../../core/graphql/validation';
import { EmploymentStatusEnum, type EmploymentStatus } from '../company-employment.entity';

/** One of a company's employment links, as its company admins see it: who and in which state. */
@ObjectType('CompanyEmployee')
export class CompanyEmployee {
  @Field(() => ID, { description: 'The employment link' })
  id: string;

  @Field(() => ID)
  userId: string;

  @Field()
  familyName: string;

  @Field()
  givenName: string;

  @Field(() => EmploymentStatusEnum)
  status: EmploymentStatus;

  @Field()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field({
    description:
      'She lets this company nominate her for seats (her consent to being nominated, which the company needs to know to nominate her; her participation stays behind its own consent)',
  })
  allowsNomination: boolean;
}

/** One of her links, with the company's name and her two consent flags for it. */
@ObjectType('MyEmployment')
export class MyEmployment {
  @Field(() => ID, { description: 'The employment link' })
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  companyName: string;

  @Field(() => EmploymentStatusEnum)
  status: EmploymentStatus;

  @Field()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field({ description: 'The company sees her enrolments, attendance, completion and certificates' })
  sharesParticipation: boolean;

  @Field({ description: 'The company may nominate her for courses' })
  allowsNomination: boolean;
}

@InputType()
export class SetCompanyConsentInput {
  @Field(() => ID)
  @Uuid()
  organisationId: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  sharesParticipation?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  allowsNomination?: boolean | null;
}

@InputType()
export class InviteEmployeeInput {
  @Field(() => ID)
  @Uuid()
  organisationId: string;

  @Field()
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.email.max)
  @EmailAddress()
  email: string;
}

/** An approved partner company she may ask to link her to: only what its public profile shows. */
@ObjectType('PartnerCompany')
export class PartnerCompany {
  @Field(() => ID)
  organisationId: string;

  @Field()
  name: string;

  @Field({ description: 'フリガナ of the company name' })
  nameKana: string;
}

/** One change of one of her consent flags for a company: her own record of what she allowed when. */
@ObjectType('ConsentChange')
export class ConsentChange {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  companyName: string;

  @Field({ description: 'sharesParticipation or allowsNomination' })
  field: 'sharesParticipation' | 'allowsNomination';

  @Field()
  value: boolean;

  @Field()
  at: Date;

  @Field({ description: 'False when the system turned it off (the link ended)' })
  byHerself: boolean;
}
