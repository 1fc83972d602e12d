import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../../core/auth/current-principal.decorator';
import { Allow, Authenticated, RoleAnywhere, RoleInOrganisation } from '../../../core/auth/policy';
import type { Principal } from '../../../core/auth/principal';
import {
  AcceptNominationInput,
  NominateForSeatInput,
  OfferSeatPoolInput,
  SeatNomination,
  SeatPool,
  SeatPoolOffer,
} from './dto/seat-pool.types';
import { SeatNominationsService } from './seat-nominations.service';
import { SeatPoolReadsService } from './seat-pool-reads.service';
import { SeatPoolsService } from './seat-pools.service';

const companyAdmin = RoleAnywhere(['company_admin']);
const companyAdminOf = (pick: (args: Record<string, unknown>) => unknown) =>
  RoleInOrganisation(['company_admin'], pick);

/** Seat pools and nominations (issue 11 part 4). The rules live in the services. */
@Resolver()
export class SeatPoolsResolver {
  constructor(
    private readonly pools: SeatPoolsService,
    private readonly nominations: SeatNominationsService,
    private readonly reads: SeatPoolReadsService,
  ) {}

  @Allow(companyAdminOf((a) => a['organisationId']))
  @Query(() => [SeatPool], {
    description: 'The pools her company offers, with each company’s share in counts',
  })
  seatPoolsOfferedBy(
    @CurrentPrincipal() principal: Principal,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<SeatPool[]> {
    return this.reads.offeredBy(principal, organisationId);
  }

  @Allow(companyAdminOf((a) => a['organisationId']))
  @Query(() => [SeatPoolOffer], { description: 'The pools offered to her company, with its own nominations' })
  seatPoolsOfferedTo(
    @CurrentPrincipal() principal: Principal,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<SeatPoolOffer[]> {
    return this.reads.offeredTo(principal, organisationId);
  }

  @Allow(Authenticated)
  @Query(() => [SeatNomination], { description: 'Her nominations, newest first' })
  myNominations(@CurrentPrincipal() principal: Principal): Promise<SeatNomination[]> {
    return this.reads.mine(principal);
  }

  @Allow(companyAdmin)
  @Mutation(() => SeatPool, {
    description: "Offers seats of her company's session to the other companies of its company groups",
  })
  async offerSeatPool(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: OfferSeatPoolInput,
  ): Promise<SeatPool> {
    return this.reads.pool(await this.pools.offer(principal, input));
  }

  @Allow(companyAdmin)
  @Mutation(() => SeatPool, { description: 'Closes a pool before its deadline; unused seats go back' })
  async closeSeatPool(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SeatPool> {
    return this.reads.pool(await this.pools.closeEarly(principal, id));
  }

  @Allow(companyAdminOf((a) => (a['input'] as Record<string, unknown> | undefined)?.['organisationId']))
  @Mutation(() => SeatNomination, {
    description: 'Nominates one of her employees for a seat offered to her company',
  })
  async nominateForSeat(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: NominateForSeatInput,
  ): Promise<SeatNomination> {
    return this.reads.nomination(await this.nominations.nominate(principal, input));
  }

  @Allow(companyAdmin)
  @Mutation(() => SeatNomination, {
    description: 'Withdraws a pending nomination; the seat goes back to the pool',
  })
  async withdrawNomination(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SeatNomination> {
    return this.reads.nomination(await this.nominations.withdraw(principal, id));
  }

  @Allow(Authenticated)
  @Mutation(() => SeatNomination, {
    description: 'She accepts: enrolled at once in the held seat, with her answers and childcare',
  })
  async acceptNomination(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AcceptNominationInput,
  ): Promise<SeatNomination> {
    return this.reads.nomination(await this.nominations.accept(principal, input));
  }

  @Allow(Authenticated)
  @Mutation(() => SeatNomination, { description: 'She declines; the seat goes back to the pool' })
  async declineNomination(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SeatNomination> {
    return this.reads.nomination(await this.nominations.decline(principal, id));
  }
}
