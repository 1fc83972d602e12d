import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Persona } from '@tsunagu/shared/domain';
import { Allow, Authenticated, PlatformAdmin, Public, SelfOr } from '../../core/auth/policy';
import { DataLoaderRegistry, Loaders } from '../../core/graphql/dataloaders';
import { PersonaEnum } from '../../core/graphql/enums';
import { UserEntity, UsersService } from '../identity';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { OrganisationEntity } from './organisation.entity';
import { MembershipPersonViewer } from './organisations.policies';
import { OrganisationsService } from './organisations.service';

@Resolver(() => MembershipEntity)
export class MembershipsResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
  ) {}

  @Allow(Authenticated)
  @ResolveField(() => OrganisationEntity)
  organisation(
    @Parent() membership: MembershipEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<OrganisationEntity> {
    return this.organisations.load(loaders, membership.organisationId);
  }

  @Allow(MembershipPersonViewer)
  @ResolveField(() => UserEntity)
  user(@Parent() membership: MembershipEntity, @Loaders() loaders: DataLoaderRegistry): Promise<UserEntity> {
    return this.users.load(loaders, membership.userId);
  }
}

/** Fields this module adds to the identity module's User type. */
@Resolver(() => UserEntity)
export class UserMembershipsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Allow(SelfOr((user) => (user as UserEntity).id, PlatformAdmin))
  @ResolveField(() => [MembershipEntity], {
    description: 'The roles she holds, organisation by organisation',
  })
  memberships(
    @Parent() user: UserEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<MembershipEntity[]> {
    return this.organisations.membershipsOf(loaders, user.id);
  }

  @Allow(SelfOr((user) => (user as UserEntity).id, PlatformAdmin))
  @ResolveField(() => [PersonaEnum], { description: 'Home pages she may use, the first being her default' })
  personas(@Parent() user: UserEntity, @Loaders() loaders: DataLoaderRegistry): Promise<Persona[]> {
    return this.organisations.personasOf(loaders, user.id);
  }
}

@Resolver(() => InvitationEntity)
export class InvitationsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  /** Public: the invitation page shows who invites her before she has an account. */
  @Allow(Public)
  @ResolveField(() => OrganisationEntity)
  organisation(
    @Parent() invitation: InvitationEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<OrganisationEntity> {
    return this.organisations.load(loaders, invitation.organisationId);
  }
}
