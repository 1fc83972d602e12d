import type { DomainRegistration } from '../../core/registration/domain-registration';
import { GroupEntity, GroupMemberEntity } from './group.entity';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { OrganisationEntity } from './organisation.entity';
import { organisationsDemoData } from './organisations.demo-data';
import { ORGANISATIONS_MESSAGES } from './organisations.messages';
import { OrganisationsModule } from './organisations.module';

/** Organisations, memberships (roles), invitations and groups. */
export const organisations: DomainRegistration = {
  name: 'organisations',
  module: OrganisationsModule,
  entities: [OrganisationEntity, MembershipEntity, InvitationEntity, GroupEntity, GroupMemberEntity],
  // Its tables were created by identity's first migration, and its contact columns by the catalogue's
  // SeminarFactsAndContacts (mostly the catalogue's): both stay with those owners.
  migrations: [],
  tables: ['organisations', 'memberships', 'invitations', 'groups', 'group_members'],
  publishedViews: [],
  messages: ORGANISATIONS_MESSAGES,
  demoData: organisationsDemoData,
};
