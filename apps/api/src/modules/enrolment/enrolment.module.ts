import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue';
import { IdentityModule } from '../identity';
import { EnrolmentController } from './enrolment.controller';
import { EnrolmentResolver, SessionEnrolmentFieldsResolver } from './enrolment.resolver';
import { EnrolmentScheduler } from './enrolment.scheduler';
import { EnrolmentService } from './enrolment.service';
import { LotteryDrawService } from './lottery-draw.service';

@Module({
  imports: [IdentityModule, CatalogueModule],
  controllers: [EnrolmentController],
  providers: [
    EnrolmentService,
    LotteryDrawService,
    EnrolmentResolver,
    SessionEnrolmentFieldsResolver,
    EnrolmentScheduler,
  ],
  exports: [EnrolmentService],
})
export class EnrolmentModule {}
