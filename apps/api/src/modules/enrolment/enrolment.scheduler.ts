import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ENV, type Env } from '../../core/config/env';
import { AttendanceService } from './attendance.service';
import { LotteryService } from './lottery.service';

/**
 * Once a minute: draws lotteries whose draw time has passed, and completes the participants of sessions
 * whose last meeting has ended. Each change locks its session row and is refused or skipped the second
 * time, so several API instances may run this safely. Off in tests (they call the service).
 */
@Injectable()
export class EnrolmentScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EnrolmentScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly lottery: LotteryService,
    private readonly attendance: AttendanceService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onApplicationBootstrap(): void {
    if (this.env.NODE_ENV === 'test' || process.env['TSUNAGU_NO_DATABASE'] === '1') return;
    this.timer = setInterval(() => void this.tick(), 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    try {
      const drawn = await this.lottery.drawDueLotteries();
      if (drawn) this.logger.log(`Drew ${drawn} lotteries`);
      const completed = await this.attendance.completeFinishedSessions();
      if (completed) this.logger.log(`Completed ${completed} participants of finished sessions`);
    } catch (error) {
      this.logger.error(`Enrolment scheduler: ${String(error)}`);
    }
  }
}
