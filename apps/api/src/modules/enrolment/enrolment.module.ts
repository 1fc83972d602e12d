import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { IdentityModule } from '../identity/identity.module';
import { EnrolmentController } from './enrolment.controller';
import { EnrolmentResolver, SessionEnrolmentFieldsResolver } from './enrolment.resolver';
import { EnrolmentService } from './enrolment.service';
import { LotteryScheduler } from './lottery.scheduler';

@Module({
  imports: [IdentityModule, CatalogueModule],
  controllers: [EnrolmentController],
  providers: [EnrolmentService, EnrolmentResolver, SessionEnrolmentFieldsResolver, LotteryScheduler],
  exports: [EnrolmentService],
})
export class EnrolmentModule {}
