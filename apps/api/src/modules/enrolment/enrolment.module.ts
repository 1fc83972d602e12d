import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ENV, type Env } from '../../core/config/env';
import { CatalogueModule, CatalogueService } from '../catalogue';
import { IdentityModule } from '../identity';
import { AttendanceService } from './attendance.service';
import { CertificatesService } from './certificates.service';
import { EnrolService } from './enrol.service';
import { EnrolmentReadsService } from './enrolment-reads.service';
import { EnrolmentWriter } from './enrolment-writer';
import { EnrolmentController } from './enrolment.controller';
import { EnrolmentResolver, SessionEnrolmentFieldsResolver } from './enrolment.resolver';
import { EnrolmentScheduler } from './enrolment.scheduler';
import { GuardedEnrolment } from './guarded-enrolment';
import { LotteryDrawService } from './lottery-draw.service';
import { LotteryService } from './lottery.service';
import { RosterService } from './roster.service';
import { SeatHolds } from './seat-holds';
import { SessionCancellationService } from './session-cancellation.service';
import { SessionSeats } from './session-seats';
import { UnsafeEnrolment } from './unsafe-enrolment';
import { WaitlistService } from './waitlist.service';

@Module({
  imports: [IdentityModule, CatalogueModule],
  controllers: [EnrolmentController],
  providers: [
    SessionSeats,
    {
      // Chosen once, when the module is built: BENCH_UNSAFE_ENROLMENT=1 (refused in production by
      // core/config/env.ts) swaps in the benchmark's negative control.
      provide: EnrolmentWriter,
      inject: [ENV, DataSource, CatalogueService],
      useFactory: (env: Env, dataSource: DataSource, catalogue: CatalogueService): EnrolmentWriter =>
        env.BENCH_UNSAFE_ENROLMENT === '1'
          ? new UnsafeEnrolment(dataSource, catalogue)
          : new GuardedEnrolment(dataSource),
    },
    EnrolService,
    WaitlistService,
    SessionCancellationService,
    LotteryService,
    LotteryDrawService,
    AttendanceService,
    CertificatesService,
    RosterService,
    EnrolmentReadsService,
    EnrolmentResolver,
    SessionEnrolmentFieldsResolver,
    EnrolmentScheduler,
    SeatHolds,
  ],
  // Seat pools (company-groups) hold seats and enrol nominees only through SeatHolds.
  exports: [SeatHolds],
})
export class EnrolmentModule {}
