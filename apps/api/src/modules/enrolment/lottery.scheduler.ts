import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ENV, type Env } from '../../core/config/env';
import { EnrolmentService } from './enrolment.service';

/**
 * Draws lotteries whose draw time has passed, once a minute. A draw locks its session row and refuses
 * a second draw, so several API instances may run this safely. Off in tests (they call the service).
 */
@Injectable()
export class LotteryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LotteryScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly enrolment: EnrolmentService,
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
      const drawn = await this.enrolment.drawDueLotteries();
      if (drawn) this.logger.log(`Drew ${drawn} lotteries`);
    } catch (error) {
      this.logger.error(`Lottery scheduler: ${String(error)}`);
    }
  }
}
