import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@tsunagu/shared/domain';
import { MaxChars, Required, Trimmed } from '../../../core/graphql/validation';

@InputType()
export class SignInInput {
  @Field()
  @Trimmed()
  @Required()
  @MaxChars(LIMITS.email.max)
  email: string;

  @Field()
  @Required()
  @MaxChars(LIMITS.password.max)
  password: string;
}
