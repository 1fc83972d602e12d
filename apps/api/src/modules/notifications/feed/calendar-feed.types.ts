import { Field, ObjectType } from '@nestjs/graphql';

/** Her private calendar feed. The URL is shown only when issued (only its token's hash is stored). */
@ObjectType('CalendarFeed')
export class CalendarFeed {
  @Field(() => String, {
    nullable: true,
    description: 'The feed URL to subscribe to: only in the answer that issued it',
  })
  url: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the current feed was issued; null when she has none',
  })
  createdAt: Date | null;
}
