import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../core/auth/current-principal.decorator';
import { Allow, RoleInOrganisation } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { CrossCompanyOverviewService } from './cross-company-overview.service';
import { CrossCompanyOverview } from './dto/cross-company-overview.types';

/** The secretariat's participation-by-company table. Rules live in the service. */
@Resolver()
export class CrossCompanyOverviewResolver {
  constructor(private readonly overviews: CrossCompanyOverviewService) {}

  @Allow(RoleInOrganisation(['staff'], (a) => a['organisationId']))
  @Query(() => CrossCompanyOverview, {
    description:
      "Participation by company in a fiscal year (this one unless given), for the secretariat's staff: counts only, small ones suppressed; audited",
  })
  crossCompanyOverview(
    @CurrentPrincipal() principal: Principal,
    @Args('organisationId', { type: () => ID, description: 'The secretariat' }) organisationId: string,
    @Args('fiscalYear', { type: () => Int, nullable: true }) fiscalYear?: number | null,
  ): Promise<CrossCompanyOverview> {
    return this.overviews.overview(principal, organisationId, fiscalYear);
  }
}
