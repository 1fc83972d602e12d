import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ENV, type Env } from '../config/env';
import type { OutboxEvent, OutboxSubscriber } from '../jobs/jobs';
import { Jobs } from '../jobs/jobs.service';

const BATCH = 200;

interface EventRow {
  id: string;
  type: string;
  payload: OutboxEvent['payload'];
  created_at: Date;
}

/**
 * Delivers the domain events outbox to its subscribers (the notifications module; company-groups, which
 * claims email invitations when an address is verified) in worker processes:
 * every `OUTBOX_POLL_MS` it takes up to 200 unprocessed events with `FOR UPDATE SKIP LOCKED` (several
 * workers share the work without taking the same event), hands them to each subscriber in turn in the same
 * transaction and marks them processed there. What the subscribers write commits with the mark, so each
 * event is handled exactly once by every subscriber; a failure rolls all back and the batch is taken again.
 *
 * One `processed_at` for all: subscribers share the transaction, so none can lag behind another. What a
 * subscriber records (company-groups' `company.employee_invited`) is a new event for a later batch.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly subscribers: OutboxSubscriber[] = [];
  private timer?: NodeJS.Timeout;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: Jobs,
    @Inject(ENV) private readonly env: Env,
  ) {}

  subscribe(subscriber: OutboxSubscriber): void {
    this.subscribers.push(subscriber);
  }

  onApplicationBootstrap(): void {
    if (!this.jobs.working || !this.subscribers.length) return;
    const loop = async () => {
      if (this.stopped) return;
      try {
        // Drain: a full batch is followed at once by the next.
        while (!this.stopped && (await this.relayOnce()) === BATCH);
      } catch (error) {
        this.logger.error(`Outbox relay: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!this.stopped) this.timer = setTimeout(() => void loop(), this.env.OUTBOX_POLL_MS);
    };
    this.timer = setTimeout(() => void loop(), 0);
  }

  /** Stops before the database connections close, letting a batch in flight commit or roll back. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => 0);
  }

  /** Relays one batch now; returns how many events it handled. Tests call it to avoid waiting. */
  relayOnce(): Promise<number> {
    const subscribers = [...this.subscribers];
    if (!subscribers.length) return Promise.resolve(0);
    const run = this.dataSource.transaction(async (manager) => {
      const rows: EventRow[] = await manager.query(
        `SELECT id, type, payload, created_at FROM domain_events
          WHERE processed_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (!rows.length) return 0;
      const events = rows.map((row) => ({
        id: row.id,
        type: row.type,
        payload: row.payload,
        createdAt: row.created_at,
      }));
      for (const subscriber of subscribers) await subscriber(events, manager);
      await manager.query(`UPDATE domain_events SET processed_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
    this.running = run;
    return run;
  }
}
