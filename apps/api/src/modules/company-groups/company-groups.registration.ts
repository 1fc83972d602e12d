import { CompanyProfiles1796300000000 } from '../../core/database/migrations/1796300000000-CompanyProfiles';
import { CompanyEmployees1796300100000 } from '../../core/database/migrations/1796300100000-CompanyEmployees';
import { CompanyFiles1796300400000 } from '../../core/database/migrations/1796300400000-CompanyFiles';
import type { DomainRegistration } from '../../core/registration/domain-registration';
import { CompanyCertificationEntity } from './company-certification.entity';
import { CompanyContactEntity } from './company-contact.entity';
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

/**
 * Partner companies: profiles, contacts, certifications, applications, employees and their consent. (The groups themselves are still
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
    CompanyFileEntity,
  ],
  migrations: [CompanyProfiles1796300000000, CompanyEmployees1796300100000, CompanyFiles1796300400000],
  tables: [
    'company_profiles',
    'company_contacts',
    'company_certifications',
    'company_employments',
    'company_participation_consents',
    'company_consent_events',
    'company_files',
  ],
  publishedViews: [],
  messages: COMPANY_GROUPS_MESSAGES,
  demoData: companyGroupsDemoData,
};
