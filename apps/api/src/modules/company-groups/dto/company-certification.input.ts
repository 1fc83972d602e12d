import { Field, ID, InputType } from '@nestjs/graphql';
import { COMPANY_CERTIFICATION_KINDS, type CompanyCertificationKind } from '@tsunagu/shared/domain';
import { OneOf, Uuid } from '../../../core/graphql/validation';
import { CertifiedOn, OtherCertificationName, TrimmedOrNull } from './company-validation';
import { CompanyCertificationKindEnum } from './company.enums';

@InputType()
export class AddCompanyCertificationInput {
  @Field(() => ID)
  @Uuid()
  organisationId: string;

  @Field(() => CompanyCertificationKindEnum)
  @OneOf(COMPANY_CERTIFICATION_KINDS)
  kind: CompanyCertificationKind;

  @Field(() => String, { nullable: true, description: 'Required for (and only for) kind other' })
  @TrimmedOrNull()
  @OtherCertificationName()
  otherName?: string | null;

  @Field({ description: 'The date certified, YYYY-MM-DD; not in the future (Asia/Tokyo)' })
  @CertifiedOn()
  certifiedOn: string;
}
