import { OrganisationReadModels1796131700000 } from '../../core/database/migrations/1796131700000-OrganisationReadModels';
import { CompanyGroupMembership1796300300000 } from '../../core/database/migrations/1796300300000-CompanyGroupMembership';
import type { DomainRegistration } from '../../core/registration/domain-registration';
import { GroupCoordinatorEntity, GroupEntity, GroupMemberEntity } from './group.entity';
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
  entities: [
    OrganisationEntity,
    MembershipEntity,
    InvitationEntity,
    GroupEntity,
    GroupMemberEntity,
    GroupCoordinatorEntity,
  ],
  // Its tables were created by identity's first migration, and its contact columns by the catalogue's
  // SeminarFactsAndContacts (mostly the catalogue's): both stay with those owners.
  // Groups keep their home here (project teams and startup groups share the tables, and the catalogue,
  // before company-groups in DOMAINS, reads company_group_peers); company-groups' membership rules and
  // coordinators alter them in CompanyGroupMembership, owned here with the tables it changes.
  migrations: [OrganisationReadModels1796131700000, CompanyGroupMembership1796300300000],
  tables: ['organisations', 'memberships', 'invitations', 'groups', 'group_members', 'group_coordinators'],
  // The read models other modules may name in SQL (organisation-read-models.ts is their contract).
  publishedViews: ['company_group_peers', 'organisation_directory'],
  messages: ORGANISATIONS_MESSAGES,
  demoData: organisationsDemoData,
};
