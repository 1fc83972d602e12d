import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Jobs } from '../../core/jobs/jobs.service';
import { AttendanceService } from './attendance.service';
import { LotteryService } from './lottery.service';

/** The once-a-minute schedule's queue (pg-boss: one job per minute however many workers run). */
export const ENROLMENT_TICK = 'enrolment.tick';

/**
 * Once a minute, on a pg-boss schedule: draws lotteries whose draw time has passed, and completes the
 * participants of sessions whose last meeting has ended. pg-boss creates one job per minute whatever the
 * number of workers, and each change also locks its session row and is refused or skipped the second time,
 * so a late duplicate changes nothing. Runs only in workers (off in tests: they call the services).
 */
@Injectable()
export class EnrolmentScheduler implements OnModuleInit {
  private readonly logger = new Logger(EnrolmentScheduler.name);

  constructor(
    private readonly lottery: LotteryService,
    private readonly attendance: AttendanceService,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      queue: ENROLMENT_TICK,
      cron: '* * * * *',
      // A missed minute is made up by the next one: no retries, and one tick at a time.
      retryLimit: 0,
      concurrency: 1,
      handle: () => this.tick(),
    });
  }

  async tick(): Promise<void> {
    const drawn = await this.lottery.drawDueLotteries();
    if (drawn) this.logger.log(`Drew ${drawn} lotteries`);
    const completed = await this.attendance.completeFinishedSessions();
    if (completed) this.logger.log(`Completed ${completed} participants of finished sessions`);
  }
}
