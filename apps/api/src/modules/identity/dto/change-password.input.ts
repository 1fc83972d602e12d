import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@tsunagu/shared/domain';
import { MaxChars, MinChars, Required } from '../../../core/graphql/validation';

@InputType()
export class ChangePasswordInput {
  @Field()
  @Required()
  @MaxChars(LIMITS.password.max)
  currentPassword: string;

  @Field()
  @Required()
  @MinChars(LIMITS.password.min)
  @MaxChars(LIMITS.password.max)
  newPassword: string;
}
