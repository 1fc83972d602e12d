import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity';
import { GroupEntity, GroupMemberEntity } from './group.entity';
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
    ]),
  ],
  providers: [
    OrganisationsService,
    OrganisationsResolver,
    MembershipsResolver,
    UserMembershipsResolver,
    InvitationsResolver,
  ],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
