import { CompanyProfiles1796300000000 } from '../../core/database/migrations/1796300000000-CompanyProfiles';
import { CompanyEmployees1796300100000 } from '../../core/database/migrations/1796300100000-CompanyEmployees';
import { SeatPools1796300200000 } from '../../core/database/migrations/1796300200000-SeatPools';
import type { DomainRegistration } from '../../core/registration/domain-registration';
import { CompanyCertificationEntity } from './company-certification.entity';
import { CompanyContactEntity } from './company-contact.entity';
import {
  CompanyConsentEntity,
  CompanyConsentEventEntity,
  CompanyEmploymentEntity,
} from './company-employment.entity';
import { companyGroupsDemoData } from './company-groups.demo-data';
import { COMPANY_GROUPS_MESSAGES } from './company-groups.messages';
import { CompanyGroupsModule } from './company-groups.module';
import { CompanyProfileEntity } from './company-profile.entity';
import {
  SeatNominationEntity,
  SeatPoolAllocationEntity,
  SeatPoolEntity,
} from './seat-pools/seat-pool.entity';

/**
 * Partner companies: profiles, contacts, certifications, applications, employees and their consent,
 * seat pools and nominations. (The groups themselves are still
 * the organisations module's tables, read through its view `company_group_peers`.)
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
    SeatPoolEntity,
    SeatPoolAllocationEntity,
    SeatNominationEntity,
  ],
  migrations: [CompanyProfiles1796300000000, CompanyEmployees1796300100000, SeatPools1796300200000],
  tables: [
    'company_profiles',
    'company_contacts',
    'company_certifications',
    'company_employments',
    'company_participation_consents',
    'company_consent_events',
    'seat_pools',
    'seat_pool_allocations',
    'seat_pool_nominations',
  ],
  publishedViews: [],
  messages: COMPANY_GROUPS_MESSAGES,
  demoData: companyGroupsDemoData,
};
