import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../../core/auth/current-principal.decorator';
import { Allow, Authenticated, RoleAnywhere, RoleInOrganisation } from '../../../core/auth/policy';
import type { Principal } from '../../../core/auth/principal';
import { Loaders, type DataLoaderRegistry } from '../../../core/graphql/dataloaders';
import { ForbiddenError } from '../../../core/graphql/errors';
import { CompanyGroupsService } from './company-groups.service';
import {
  CompanyGroup,
  CompanyGroupMember,
  CreateCompanyGroupInput,
  GroupCoordinator,
  UpdateCompanyGroupInput,
} from './dto/company-group.types';
import { OWNER_ROLES } from './group-access';
import { GroupPostEntity } from './group-board.entity';
import { GroupBoardService } from './group-board.service';

const inputField = (field: string) => (args: Record<string, unknown>) =>
  (args['input'] as Record<string, unknown> | undefined)?.[field];
const companyAdminOf = RoleInOrganisation(['company_admin'], (a) => a['organisationId']);
const ownerSide = RoleAnywhere(OWNER_ROLES);

/** Company groups and their membership (issue 11). Rules live in the services. */
@Resolver(() => CompanyGroup)
export class CompanyGroupsResolver {
  constructor(
    private readonly groups: CompanyGroupsService,
    private readonly board: GroupBoardService,
  ) {}

  @Allow(Authenticated)
  @Query(() => [CompanyGroup], {
    description: 'The company groups she runs, coordinates, or whose member or invited company she acts for',
  })
  companyGroups(@CurrentPrincipal() principal: Principal): Promise<CompanyGroup[]> {
    return this.groups.mine(principal);
  }

  @Allow(Authenticated)
  @Query(() => CompanyGroup)
  companyGroup(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CompanyGroup> {
    return this.groups.get(principal, id);
  }

  @Allow(RoleInOrganisation(OWNER_ROLES, inputField('ownerOrganisationId')))
  @Mutation(() => CompanyGroup, { description: 'Staff of a secretariat create a company group it owns' })
  createCompanyGroup(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateCompanyGroupInput,
  ): Promise<CompanyGroup> {
    return this.groups.create(principal, input);
  }

  @Allow(ownerSide)
  @Mutation(() => CompanyGroup)
  updateCompanyGroup(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateCompanyGroupInput,
  ): Promise<CompanyGroup> {
    return this.groups.update(principal, input);
  }

  @Allow(ownerSide)
  @Mutation(() => CompanyGroup, {
    description: 'Invites an approved partner company (it accepts or declines)',
  })
  inviteCompanyToGroup(
    @CurrentPrincipal() principal: Principal,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<CompanyGroup> {
    return this.groups.invite(principal, groupId, organisationId);
  }

  @Allow(ownerSide)
  @Mutation(() => CompanyGroup, { description: 'Removes a current member: recorded as having left now' })
  removeCompanyFromGroup(
    @CurrentPrincipal() principal: Principal,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<CompanyGroup> {
    return this.groups.remove(principal, groupId, organisationId);
  }

  @Allow(ownerSide)
  @Mutation(() => CompanyGroup, {
    description: "Names a staff member of the owner as the group's coordinator",
  })
  addGroupCoordinator(
    @CurrentPrincipal() principal: Principal,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<CompanyGroup> {
    return this.groups.addCoordinator(principal, groupId, userId);
  }

  @Allow(ownerSide)
  @Mutation(() => CompanyGroup)
  removeGroupCoordinator(
    @CurrentPrincipal() principal: Principal,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<CompanyGroup> {
    return this.groups.removeCoordinator(principal, groupId, userId);
  }

  @Allow(companyAdminOf)
  @Mutation(() => CompanyGroup, { description: "Her company accepts the group's invitation" })
  acceptGroupInvitation(
    @CurrentPrincipal() principal: Principal,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<CompanyGroup> {
    return this.groups.accept(principal, groupId, organisationId);
  }

  @Allow(companyAdminOf)
  @Mutation(() => Boolean)
  declineGroupInvitation(
    @CurrentPrincipal() principal: Principal,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<boolean> {
    return this.groups.decline(principal, groupId, organisationId);
  }

  @Allow(companyAdminOf)
  @Mutation(() => Boolean, { description: 'Her company leaves the group; recorded with its date' })
  leaveCompanyGroup(
    @CurrentPrincipal() principal: Principal,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<boolean> {
    return this.groups.leave(principal, groupId, organisationId);
  }

  @Allow(Authenticated)
  @ResolveField(() => [CompanyGroupMember], {
    description: 'Every membership, current, pending and past, with its dates (who was a member when)',
  })
  members(
    @Parent() group: CompanyGroup,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<CompanyGroupMember[]> {
    return this.groups.membersOf(loaders, group.id);
  }

  @Allow(Authenticated)
  @ResolveField(() => [GroupCoordinator])
  coordinators(
    @Parent() group: CompanyGroup,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<GroupCoordinator[]> {
    return this.groups.coordinatorsOf(loaders, group.id);
  }

  @Allow(Authenticated)
  @ResolveField(() => [GroupPostEntity], {
    nullable: true,
    description: 'Its board, newest first: FORBIDDEN to a company only invited',
  })
  posts(@Parent() group: CompanyGroup, @Loaders() loaders: DataLoaderRegistry): Promise<GroupPostEntity[]> {
    if (!group.viewer.onBoard) throw new ForbiddenError('companyGroups.notGroupMember');
    return this.board.posts(loaders, group.id);
  }
}
