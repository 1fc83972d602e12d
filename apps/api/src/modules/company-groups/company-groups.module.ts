import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity';
import { OrganisationsModule } from '../organisations';
import { CompanyApplicationsService } from './company-applications.service';
import { CompanyCertificationEntity } from './company-certification.entity';
import { CompanyCertificationsService } from './company-certifications.service';
import { CompanyContactEntity } from './company-contact.entity';
import { CompanyEmployeesResolver } from './company-employees.resolver';
import {
  CompanyConsentEntity,
  CompanyConsentEventEntity,
  CompanyEmploymentEntity,
} from './company-employment.entity';
import { CompanyEmploymentsService } from './company-employments.service';
import { CompanyEvidenceFieldResolver, CompanyLogoFieldResolver } from './company-file-fields.resolver';
import { CompanyFileEntity } from './company-file.entity';
import {
  CompanyEvidenceUploadInterceptor,
  CompanyFilesController,
  CompanyLogoUploadInterceptor,
} from './company-files.controller';
import { CompanyFilesService } from './company-files.service';
import { CompanyParticipationController } from './company-participation.controller';
import { CompanyParticipationService } from './company-participation.service';
import { CompanyProfileEntity } from './company-profile.entity';
import { CompanyProfilesResolver } from './company-profiles.resolver';
import { CompanyProfilesService } from './company-profiles.service';
import { ConsentRecorder } from './consent-recorder';
import { CrossCompanyOverviewResolver } from './cross-company-overview.resolver';
import { CrossCompanyOverviewService } from './cross-company-overview.service';
import { CompanyGroupsResolver } from './groups/company-groups.resolver';
import { CompanyGroupsService } from './groups/company-groups.service';
import {
  GroupMeetingAttendanceEntity,
  GroupPostCommentEntity,
  GroupPostEntity,
} from './groups/group-board.entity';
import { GroupBoardResolver, GroupPostCommentResolver } from './groups/group-board.resolver';
import { GroupBoardService } from './groups/group-board.service';

/**
 * Partner companies (issue 11): their profiles, contacts, certifications and applications to a
 * programme; employees' links to them and their consent (what a company sees of their participation).
 * Company groups with their membership history and planning board (groups/). Later seat pools and
 * nominations.
 */
@Module({
  imports: [
    IdentityModule,
    OrganisationsModule,
    TypeOrmModule.forFeature([
      CompanyProfileEntity,
      CompanyContactEntity,
      CompanyCertificationEntity,
      CompanyEmploymentEntity,
      CompanyConsentEntity,
      CompanyConsentEventEntity,
      GroupPostEntity,
      GroupPostCommentEntity,
      GroupMeetingAttendanceEntity,
      CompanyFileEntity,
    ]),
  ],
  providers: [
    CompanyProfilesService,
    CompanyApplicationsService,
    CompanyCertificationsService,
    CompanyProfilesResolver,
    ConsentRecorder,
    CompanyEmploymentsService,
    CompanyParticipationService,
    CompanyEmployeesResolver,
    CrossCompanyOverviewService,
    CrossCompanyOverviewResolver,
    CompanyGroupsService,
    GroupBoardService,
    CompanyGroupsResolver,
    GroupBoardResolver,
    GroupPostCommentResolver,
    CompanyFilesService,
    CompanyLogoUploadInterceptor,
    CompanyEvidenceUploadInterceptor,
    CompanyLogoFieldResolver,
    CompanyEvidenceFieldResolver,
  ],
  controllers: [CompanyParticipationController, CompanyFilesController],
  exports: [CompanyProfilesService, CompanyEmploymentsService],
})
export class CompanyGroupsModule {}
