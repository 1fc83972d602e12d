import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, SelfOr } from '../../../core/auth/policy';
import { alignByKey, DataLoaderRegistry, Loaders } from '../../../core/graphql/dataloaders';
import { NotFoundError } from '../../../core/graphql/errors';
import { CatalogueService, SessionEntity } from '../../catalogue';
import { SeatNomination } from './dto/seat-pool.types';

/**
 * The session she is nominated for, for her alone: what accepting asks of her (its questions, its
 * childcare and ages) comes with its own fields. The course's visibility is not asked (the offer to her
 * company is her way in), as `acceptNomination` does not ask it.
 */
@Resolver(() => SeatNomination)
export class SeatNominationFieldsResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @Allow(SelfOr((parent) => (parent as SeatNomination).userId))
  @ResolveField(() => SessionEntity, {
    description: 'The session (its questions and childcare): the nominee only',
  })
  session(
    @Parent() nomination: SeatNomination,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<SessionEntity> {
    return loaders
      .get<string, SessionEntity>('seatPools.sessionById', async (ids) =>
        alignByKey(
          ids,
          await this.catalogue.sessionsByIds(ids),
          (s) => s.id,
          () => new NotFoundError('seatPools.poolNotFound'),
        ),
      )
      .load(nomination.sessionId);
  }
}
