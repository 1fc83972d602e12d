import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity';
import { GroupCoordinatorEntity, GroupEntity, GroupMemberEntity } from './group.entity';
import { GroupsService } from './groups.service';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { InvitationsResolver, MembershipsResolver, UserMembershipsResolver } from './memberships.resolver';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [
    IdentityModule,
    TypeOrmModule.forFeature([
      OrganisationEntity,
      MembershipEntity,
      InvitationEntity,
      GroupEntity,
      GroupMemberEntity,
      GroupCoordinatorEntity,
    ]),
  ],
  providers: [
    OrganisationsService,
    GroupsService,
    OrganisationsResolver,
    MembershipsResolver,
    UserMembershipsResolver,
    InvitationsResolver,
  ],
  exports: [OrganisationsService, GroupsService],
})
export class OrganisationsModule {}
