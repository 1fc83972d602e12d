import { CompanyProfiles1796300000000 } from '../../core/database/migrations/1796300000000-CompanyProfiles';
import { CompanyEmployees1796300100000 } from '../../core/database/migrations/1796300100000-CompanyEmployees';
import { SeatPools1796300200000 } from '../../core/database/migrations/1796300200000-SeatPools';
import { CompanyGroupBoard1796300310000 } from '../../core/database/migrations/1796300310000-CompanyGroupBoard';
import { CompanyFiles1796300400000 } from '../../core/database/migrations/1796300400000-CompanyFiles';
import { GroupPostFiles1796300500000 } from '../../core/database/migrations/1796300500000-GroupPostFiles';
import { CompanyEmailInvitations1796300600100 } from '../../core/database/migrations/1796300600100-CompanyEmailInvitations';
import type { DomainRegistration } from '../../core/registration/domain-registration';
import { CompanyCertificationEntity } from './company-certification.entity';
import { CompanyContactEntity } from './company-contact.entity';
import { CompanyEmailInvitationEntity } from './company-email-invitation.entity';
import {
  CompanyConsentEntity,
  CompanyConsentEventEntity,
  CompanyEmploymentEntity,
} from './company-employment.entity';
import { CompanyFileEntity } from './company-file.entity';
import { companyGroupsDemoData } from './company-groups.demo-data';
import { COMPANY_GROUPS_MESSAGES } from './company-groups.messages';
import { CompanyGroupsModule } from './company-groups.module';
import { CompanyProfileEntity } from './company-profile.entity';
import {
  GroupMeetingAttendanceEntity,
  GroupPostCommentEntity,
  GroupPostEntity,
  GroupPostFileEntity,
} from './groups/group-board.entity';
import {
  SeatNominationEntity,
  SeatPoolAllocationEntity,
  SeatPoolEntity,
} from './seat-pools/seat-pool.entity';

/**
 * Partner companies: profiles, contacts, certifications, applications, employees and their consent;
 * company groups' rules and their boards; seat pools and nominations. The groups and memberships
 * themselves stay the organisations module's tables (project teams share them, and the catalogue reads
 * its view `company_group_peers`): this module decides who may change them and writes them through its
 * `GroupsService`.
 */
export const companyGroups: DomainRegistration = {
  name: 'company-groups',
  module: CompanyGroupsModule,
  entities: [
    CompanyProfileEntity,
    CompanyContactEntity,
    CompanyCertificationEntity,
    CompanyEmploymentEntity,
    CompanyConsentEntity,
    CompanyConsentEventEntity,
    GroupPostEntity,
    GroupPostCommentEntity,
    GroupMeetingAttendanceEntity,
    GroupPostFileEntity,
    CompanyFileEntity,
    SeatPoolEntity,
    SeatPoolAllocationEntity,
    SeatNominationEntity,
    CompanyEmailInvitationEntity,
  ],
  migrations: [
    CompanyProfiles1796300000000,
    CompanyEmployees1796300100000,
    SeatPools1796300200000,
    CompanyGroupBoard1796300310000,
    CompanyFiles1796300400000,
    GroupPostFiles1796300500000,
    CompanyEmailInvitations1796300600100,
  ],
  tables: [
    'company_profiles',
    'company_contacts',
    'company_certifications',
    'company_employments',
    'company_employee_email_invitations',
    'company_participation_consents',
    'company_consent_events',
    'group_posts',
    'group_post_comments',
    'group_meeting_attendance',
    'group_post_files',
    'company_files',
    'seat_pools',
    'seat_pool_allocations',
    'seat_pool_nominations',
  ],
  publishedViews: [],
  messages: COMPANY_GROUPS_MESSAGES,
  demoData: companyGroupsDemoData,
};
