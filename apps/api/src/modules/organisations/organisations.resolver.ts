import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationKind } from '@tsunagu/shared/domain';
import { CurrentPrincipal } from '../../core/auth/current-principal.decorator';
import { Allow, Authenticated, PlatformAdmin, Public, RoleInOrganisation } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { OrganisationKindEnum } from '../../core/graphql/enums';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { CreatedInvitation } from './dto/created-invitation.type';
import { InviteMemberInput } from './dto/invite-member.input';
import { UpdateOrganisationContactInput } from './dto/update-organisation-contact.input';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationEntity)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Allow(Authenticated)
  @Query(() => [OrganisationEntity])
  organisations(
    @Args('kind', { type: () => OrganisationKindEnum, nullable: true }) kind?: OrganisationKind | null,
  ): Promise<OrganisationEntity[]> {
    return this.service.list(kind);
  }

  @Allow(Authenticated)
  @Query(() => OrganisationEntity)
  organisation(@Args('id', { type: () => ID }) id: string): Promise<OrganisationEntity> {
    return this.service.get(id);
  }

  @Allow(RoleInOrganisation(['staff', 'admin', 'company_admin'], (a) => a['organisationId']))
  @Query(() => [MembershipEntity], {
    description: "An organisation's members; for its staff, admins and company admins",
  })
  organisationMembers(
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<MembershipEntity[]> {
    return this.service.members(organisationId);
  }

  @Allow(PlatformAdmin)
  @Mutation(() => OrganisationEntity)
  createOrganisation(@Args('input') input: CreateOrganisationInput): Promise<OrganisationEntity> {
    return this.service.create(input);
  }

  @Allow(
    RoleInOrganisation(
      ['staff', 'admin', 'company_admin'],
      (a) => (a['input'] as { organisationId?: unknown } | undefined)?.organisationId,
    ),
  )
  @Mutation(() => CreatedInvitation, {
    description: 'Invites a person by email into the organisation with a role',
  })
  inviteMember(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: InviteMemberInput,
  ): Promise<CreatedInvitation> {
    return this.service.invite(principal, input);
  }

  @Allow(
    RoleInOrganisation(
      ['staff', 'admin', 'company_admin'],
      (a) => (a['input'] as { organisationId?: unknown } | undefined)?.organisationId,
    ),
  )
  @Mutation(() => OrganisationEntity, {
    description: "Sets the organisation's contact (問い合わせ先) and privacy notice shown on its seminars",
  })
  updateOrganisationContact(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateOrganisationContactInput,
  ): Promise<OrganisationEntity> {
    return this.service.updateContact(principal, input);
  }

  @Allow(Public)
  @Query(() => InvitationEntity, { description: 'What an invitation link offers (for the sign-up page)' })
  invitation(@Args('token') token: string): Promise<InvitationEntity> {
    return this.service.invitationByToken(token);
  }

  @Allow(Authenticated)
  @Mutation(() => MembershipEntity, {
    description: 'The signed-in user accepts an invitation sent to her email',
  })
  acceptInvitation(
    @CurrentPrincipal() principal: Principal,
    @Args('token') token: string,
  ): Promise<MembershipEntity> {
    return this.service.accept(principal, token);
  }
}
