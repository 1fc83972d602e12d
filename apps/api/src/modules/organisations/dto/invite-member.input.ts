import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS, ROLES, type Role } from '@tsunagu/shared/domain';
import { RoleEnum } from '../../../core/graphql/enums';
import { EmailAddress, MaxChars, OneOf, Required, Trimmed, Uuid } from '../../../core/graphql/validation';

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @Uuid()
  organisationId: string;

  @Field()
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.email.max)
  @EmailAddress()
  email: string;

  @Field(() => RoleEnum)
  @OneOf(ROLES)
  role: Role;
}
