import { OrganisationReadModels1796131700000 } from '../../core/database/migrations/1796131700000-OrganisationReadModels';
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
  migrations: [OrganisationReadModels1796131700000],
  tables: ['organisations', 'memberships', 'invitations', 'groups', 'group_members'],
  // The read models other modules may name in SQL (organisation-read-models.ts is their contract).
  publishedViews: ['company_group_peers', 'organisation_directory'],
  messages: ORGANISATIONS_MESSAGES,
  demoData: organisationsDemoData,
};
