import { Field, ObjectType } from '@nestjs/graphql';

/** Her LINE link, as her account page shows it. */
@ObjectType('LineLink')
export class LineLink {
  @Field({ description: 'Whether LINE is configured on this server (otherwise nothing can be linked)' })
  enabled: boolean;

  @Field()
  linked: boolean;

  @Field(() => Date, { nullable: true })
  linkedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The one-time code to send to the official account: only in the answer that issued it',
  })
  code: string | null;

  @Field(() => Date, { nullable: true, description: 'When her latest unused code stops working' })
  codeExpiresAt: Date | null;
}
