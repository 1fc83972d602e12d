import { Field, ObjectType } from '@nestjs/graphql';
import { InvitationEntity } from '../invitation.entity';

@ObjectType('CreatedInvitation')
export class CreatedInvitation {
  @Field(() => InvitationEntity)
  invitation: InvitationEntity;

  @Field({ description: 'The one-time token; returned only when the invitation is created' })
  token: string;

  @Field({ description: 'The sign-up link to send to the invitee' })
  acceptUrl: string;
}
