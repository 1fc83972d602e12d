import { Field, ObjectType } from '@nestjs/graphql';
import { UserEntity } from '../user.entity';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field({ description: 'Bearer token for the Authorization header; short-lived' })
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({ description: 'One-time token for refreshSession; rotates on every use' })
  refreshToken: string;

  @Field()
  refreshTokenExpiresAt: Date;

  @Field(() => UserEntity)
  user: UserEntity;
}
