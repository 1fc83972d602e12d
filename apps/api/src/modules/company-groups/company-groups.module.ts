import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ENV, type Env } from '../../core/config/env';
import { CatalogueModule } from '../catalogue';
import { EnrolmentModule, SeatHolds } from '../enrolment';
import { IdentityModule } from '../identity';
import { OrganisationsModule } from '../organisations';
import { CompanyApplicationsService } from './company-applications.service';
import { CompanyCertificationEntity } from './company-certification.entity';
import { CompanyCertificationsService } from './company-certifications.service';
import { CompanyContactEntity } from './company-contact.entity';
import { CompanyEmailInvitations } from './company-email-invitations.service';
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
  GroupPostFileEntity,
} from './groups/group-board.entity';
import {
  GroupBoardResolver,
  GroupPostCommentResolver,
  GroupPostFileResolver,
} from './groups/group-board.resolver';
import { GroupBoardService } from './groups/group-board.service';
import {
  GroupPostFilesController,
  GroupPostFileUploadInterceptor,
} from './groups/group-post-files.controller';
import { GroupPostFilesService } from './groups/group-post-files.service';
import { GuardedNominations, NominationWriter } from './seat-pools/nomination-writer';
import { NomineeRules } from './seat-pools/nominee-rules';
import { SeatNominationFieldsResolver } from './seat-pools/seat-nomination-fields.resolver';
import { SeatNominationsService } from './seat-pools/seat-nominations.service';
import { SeatPoolReadsService } from './seat-pools/seat-pool-reads.service';
import {
  SeatNominationEntity,
  SeatPoolAllocationEntity,
  SeatPoolEntity,
} from './seat-pools/seat-pool.entity';
import { SeatPoolsResolver } from './seat-pools/seat-pools.resolver';
import { SeatPoolsScheduler } from './seat-pools/seat-pools.scheduler';
import { SeatPoolsService } from './seat-pools/seat-pools.service';
import { UnsafeNominations } from './seat-pools/unsafe-nominations';

/**
 * Partner companies (issue 11): their profiles, contacts, certifications and applications to a
 * programme; employees' links to them and their consent (what a company sees of their participation).
 * Company groups with their membership history and planning board (groups/). Seat pools and nominations (seat-pools/): a company offers seats of its session to the other companies
 * of its company groups, their admins nominate employees, who accept (enrolled) or decline.
 */
@Module({
  imports: [
    IdentityModule,
    OrganisationsModule,
    CatalogueModule,
    EnrolmentModule,
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
      GroupPostFileEntity,
      CompanyFileEntity,
      SeatPoolEntity,
      SeatPoolAllocationEntity,
      SeatNominationEntity,
    ]),
  ],
  providers: [
    CompanyProfilesService,
    CompanyApplicationsService,
    CompanyCertificationsService,
    CompanyProfilesResolver,
    ConsentRecorder,
    CompanyEmploymentsService,
    CompanyEmailInvitations,
    CompanyParticipationService,
    CompanyEmployeesResolver,
    CrossCompanyOverviewService,
    CrossCompanyOverviewResolver,
    CompanyGroupsService,
    GroupBoardService,
    CompanyGroupsResolver,
    GroupBoardResolver,
    GroupPostCommentResolver,
    GroupPostFileResolver,
    GroupPostFilesService,
    GroupPostFileUploadInterceptor,
    CompanyFilesService,
    CompanyLogoUploadInterceptor,
    CompanyEvidenceUploadInterceptor,
    CompanyLogoFieldResolver,
    CompanyEvidenceFieldResolver,
    NomineeRules,
    {
      // Chosen once, when the module is built: BENCH_UNSAFE_SEAT_POOL=1 (refused in production by
      // core/config/env.ts) swaps in the seat-pool benchmark's negative control.
      provide: NominationWriter,
      inject: [ENV, DataSource, NomineeRules, SeatHolds],
      useFactory: (env: Env, dataSource: DataSource, rules: NomineeRules, seatHolds: SeatHolds) =>
        env.BENCH_UNSAFE_SEAT_POOL === '1'
          ? new UnsafeNominations(dataSource, rules)
          : new GuardedNominations(dataSource, rules, seatHolds),
    },
    SeatPoolsService,
    SeatNominationsService,
    SeatPoolReadsService,
    SeatPoolsResolver,
    SeatNominationFieldsResolver,
    SeatPoolsScheduler,
  ],
  controllers: [CompanyParticipationController, CompanyFilesController, GroupPostFilesController],
  exports: [CompanyProfilesService, CompanyEmploymentsService],
})
export class CompanyGroupsModule {}
