import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Jobs } from '../../../core/jobs/jobs.service';
import { SeatPoolsService } from './seat-pools.service';

/** The once-a-minute schedule's queue (pg-boss: one job per minute however many workers run). */
export const SEAT_POOLS_TICK = 'seat-pools.tick';

/**
 * The deadline job: once a minute, on a pg-boss schedule (as enrolment.scheduler.ts), closes the pools
 * whose deadline has passed — pending nominations expire and the unused seats go back to the session's
 * open capacity, its waitlist moving up. The deadline itself is enforced at the minute by every
 * nomination and answer (`closes_at` is compared on each), so the schedule only decides how soon after
 * it the seats return (within a minute). Each close locks the session's seats and the pool and skips a
 * closed pool, so a late duplicate changes nothing. Runs only in workers (off in tests: they call
 * `closeDuePools`).
 */
@Injectable()
export class SeatPoolsScheduler implements OnModuleInit {
  private readonly logger = new Logger(SeatPoolsScheduler.name);

  constructor(
    private readonly pools: SeatPoolsService,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      queue: SEAT_POOLS_TICK,
      cron: '* * * * *',
      retryLimit: 0,
      concurrency: 1,
      handle: () => this.tick(),
    });
  }

  async tick(): Promise<void> {
    const closed = await this.pools.closeDuePools();
    if (closed) this.logger.log(`Closed ${closed} seat pools at their deadline`);
  }
}
