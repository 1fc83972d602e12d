/** The organisations module's public file: other modules import organisations only from here. */
export { CreatedInvitation } from './dto/created-invitation.type';
export type { GroupMemberStatus } from './group.entity';
export {
  GroupsService,
  type CompanyGroupRow,
  type GroupCoordinatorRow,
  type GroupMembershipRow,
  type GroupViewer,
} from './groups.service';
export { membershipsJsonSql } from './memberships.read-model';
export { COMPANY_GROUP_PEERS, ORGANISATION_DIRECTORY } from './organisation-read-models';
export { OrganisationEntity } from './organisation.entity';
export { DEMO_COMPANY_GROUP_ID, DEMO_ORGANISATION_IDS } from './organisations.demo-data';
export { OrganisationsModule } from './organisations.module';
export { OrganisationsService } from './organisations.service';
