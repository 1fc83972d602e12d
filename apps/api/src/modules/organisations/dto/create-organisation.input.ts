import { Field, InputType } from '@nestjs/graphql';
import {
  CERTIFICATIONS,
  LIMITS,
  ORGANISATION_KINDS,
  type Certification,
  type OrganisationKind,
} from '@tsunagu/shared/domain';
import { IsArray } from 'class-validator';
import { CertificationEnum, OrganisationKindEnum } from '../../../core/graphql/enums';
import {
  MaxChars,
  OneOf,
  OneOfEach,
  OptionalValue,
  Required,
  Trimmed,
} from '../../../core/graphql/validation';

@InputType()
export class CreateOrganisationInput {
  @Field()
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.organisationName.max)
  name: string;

  @Field(() => OrganisationKindEnum)
  @OneOf(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @Field(() => String, { nullable: true })
  @Trimmed()
  @OptionalValue()
  @MaxChars(LIMITS.organisation.prefecture.max)
  prefecture?: string | null;

  @Field(() => [CertificationEnum], { nullable: true })
  @OptionalValue()
  @IsArray()
  @OneOfEach(CERTIFICATIONS)
  certifications?: Certification[];
}
