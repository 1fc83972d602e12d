import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity';
import { OrganisationsModule } from '../organisations';
import { CompanyApplicationsService } from './company-applications.service';
import { CompanyCertificationEntity } from './company-certification.entity';
import { CompanyCertificationsService } from './company-certifications.service';
import { CompanyContactEntity } from './company-contact.entity';
import { CompanyProfileEntity } from './company-profile.entity';
import { CompanyProfilesResolver } from './company-profiles.resolver';
import { CompanyProfilesService } from './company-profiles.service';

/**
 * Partner companies (issue 11): their profiles, contacts, certifications and applications to a
 * programme. Later also company groups, seat pools, nominations and employee consent.
 */
@Module({
  imports: [
    IdentityModule,
    OrganisationsModule,
    TypeOrmModule.forFeature([CompanyProfileEntity, CompanyContactEntity, CompanyCertificationEntity]),
  ],
  providers: [
    CompanyProfilesService,
    CompanyApplicationsService,
    CompanyCertificationsService,
    CompanyProfilesResolver,
  ],
  exports: [CompanyProfilesService],
})
export class CompanyGroupsModule {}
