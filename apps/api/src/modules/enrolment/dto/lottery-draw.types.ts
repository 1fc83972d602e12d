import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SessionEntity } from '../../catalogue';

@ObjectType('LotteryDrawEntry', { description: 'One application in the drawn order' })
export class LotteryDrawEntry {
  @Field(() => Int, { description: '1 = drawn first' })
  drawOrder: number;

  @Field({ description: 'The application’s pseudonym (申込番号); each applicant sees hers in My seminars' })
  ticket: string;

  @Field(() => Int, { description: 'Priority tier: 0 is drawn first' })
  tier: number;
}

@ObjectType('LotteryWithdrawal', {
  description: 'An application cancelled before the draw, so it took no part in it',
})
export class LotteryWithdrawal {
  @Field({ description: 'The application’s pseudonym (申込番号)' })
  ticket: string;

  @Field(() => Date)
  withdrawnAt: Date;

  @Field({ description: 'Cancelled by the organisers (otherwise by the applicant herself)' })
  byOrganisers: boolean;
}

@ObjectType('LotteryDraw', {
  description:
    'What anyone needs to check a lottery: the seed’s SHA-256 published before applications opened, and after the draw the seed, the tickets with their tiers in drawn order, and the algorithm',
})
export class LotteryDraw {
  @Field(() => SessionEntity)
  session: SessionEntity;

  @Field({ description: 'SHA-256 (hex) of the seed' })
  commitment: string;

  @Field(() => String, { nullable: true, description: 'The seed: null until the draw' })
  seed: string | null;

  @Field(() => Date, { nullable: true })
  drawnAt: Date | null;

  @Field(() => [String], { description: 'The priority rules, tier 0 first' })
  priorities: string[];

  @Field({ description: 'The draw algorithm, by name and version' })
  algorithm: string;

  @Field(() => Int, { description: 'Applications drawn (or, before the draw, received)' })
  applicationCount: number;

  @Field(() => [LotteryDrawEntry], { description: 'Empty until the draw' })
  entries: LotteryDrawEntry[];

  @Field(() => [LotteryWithdrawal], {
    description:
      'Applications cancelled before the draw, oldest first: an application cannot vanish from the record (empty until the draw)',
  })
  withdrawn: LotteryWithdrawal[];
}
