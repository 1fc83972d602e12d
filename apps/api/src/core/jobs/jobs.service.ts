import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { ENV, type Env } from '../config/env';
import { JOBS_SCHEMA, JobQueueStoppingError, type JobDefinition, type SendOptions } from './jobs';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const DEFAULTS = {
  retryLimit: 6,
  retryDelaySeconds: 5,
  retryBackoff: true,
  concurrency: 4,
  expireInSeconds: 60,
} as const;

/** pg-boss runs its statements on the caller's transaction through this adapter. */
function transactionDb(manager: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: (await manager.query(text, values)) as unknown[],
    }),
  };
}

/**
 * The durable job queue: pg-boss on our PostgreSQL (schema `pgboss`, created by a migration; pg-boss
 * never changes the schema itself: `migrate: false`). Every process may enqueue (it connects on its first
 * send); only a worker (`JOBS_WORK=inline`, the default outside tests, and `npm run worker`) runs
 * handlers and schedules. Production runs N API replicas with `JOBS_WORK=off` and one or more workers.
 */
@Injectable()
export class Jobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(Jobs.name);
  private readonly definitions = new Map<string, JobDefinition>();
  private boss: PgBoss | null = null;
  private started: Promise<PgBoss | null> | null = null;
  private stopping = false;

  constructor(@Inject(ENV) private readonly env: Env) {}

  /** Whether this process runs handlers (a worker). */
  get working(): boolean {
    return this.env.JOBS_WORK === 'inline' && process.env['TSUNAGU_NO_DATABASE'] !== '1';
  }

  /** Declares a job kind; call from `onModuleInit` (handlers start when the application has booted). */
  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.definitions.has(definition.queue)) throw new Error(`Job ${definition.queue} is defined twice`);
    this.definitions.set(definition.queue, definition as unknown as JobDefinition);
  }

  /** A worker starts at once; any other process connects on its first send. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.working || !this.env.DATABASE_URL) return;
    await this.start();
  }

  /**
   * Before the database connections close (TypeORM closes them in its onApplicationShutdown): handlers in
   * flight get up to 10 s to finish with the database still there, so no job is left active to wait for
   * its expiry. An unfinished one is failed by pg-boss and retried by another worker.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    const boss = await this.started?.catch(() => null);
    this.started = null;
    this.boss = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** Enqueues a job of a defined queue. Returns false when a job with the same key (its id) exists. */
  async send(queue: string, data: object, options: SendOptions = {}): Promise<boolean> {
    const definition = this.definitions.get(queue);
    if (!definition) throw new Error(`Job ${queue} is not defined`);
    const boss = await this.start();
    if (!boss) throw new Error('The job queue is not connected (no database)');
    const id = await boss.send(queue, data, {
      ...this.retryOptions(definition),
      // The key is the job's id: pg-boss inserts with ON CONFLICT DO NOTHING (a send of a queued id is a no-op).
      ...(options.singletonKey && { id: options.singletonKey }),
      ...(options.startAfter && { startAfter: options.startAfter }),
      ...(options.manager && { db: transactionDb(options.manager) }),
    });
    return id !== null;
  }

  /**
   * Enqueues many jobs of one defined queue in one statement (pg-boss `insert`), in `manager`'s
   * transaction when given: the relay's batch enqueues its deliveries this way.
   */
  async sendMany(
    queue: string,
    data: readonly object[],
    options: { manager?: EntityManager } = {},
  ): Promise<void> {
    if (!data.length) return;
    const definition = this.definitions.get(queue);
    if (!definition) throw new Error(`Job ${queue} is not defined`);
    const boss = await this.start();
    if (!boss) throw new Error('The job queue is not connected (no database)');
    const retry = this.retryOptions(definition);
    await boss.insert(
      data.map((item) => ({
        name: queue,
        data: item,
        expireInSeconds: retry.expireInSeconds,
        retryLimit: retry.retryLimit,
        retryDelay: retry.retryDelay,
        retryBackoff: retry.retryBackoff,
      })),
      options.manager ? { db: transactionDb(options.manager) } : {},
    );
  }

  private retryOptions(definition: JobDefinition): PgBoss.RetryOptions & PgBoss.ExpirationOptions {
    return {
      expireInSeconds: definition.expireInSeconds ?? DEFAULTS.expireInSeconds,
      retryLimit: definition.retryLimit ?? DEFAULTS.retryLimit,
      retryDelay: definition.retryDelaySeconds ?? DEFAULTS.retryDelaySeconds,
      retryBackoff: definition.retryBackoff ?? DEFAULTS.retryBackoff,
    };
  }

  private start(): Promise<PgBoss | null> {
    // Shutting down: a late send (the relay's last batch) fails, so its transaction rolls back and the
    // events wait for the next worker.
    if (this.stopping) return Promise.reject(new JobQueueStoppingError());
    this.started ??= this.connect();
    return this.started;
  }

  private async connect(): Promise<PgBoss | null> {
    if (!this.env.DATABASE_URL) return null;
    const working = this.working;
    const boss = new PgBoss({
      connectionString: this.env.DATABASE_URL,
      schema: JOBS_SCHEMA,
      migrate: false,
      supervise: working,
      schedule: working,
      max: working ? 10 : 2,
      // How often a worker fails expired attempts (a dead worker's jobs) so that they are retried.
      maintenanceIntervalSeconds: this.env.JOBS_MAINTENANCE_SECONDS,
      monitorStateIntervalSeconds: this.env.JOBS_MAINTENANCE_SECONDS,
      application_name: working ? 'tsunagu-worker' : 'tsunagu-api',
    });
    boss.on('error', (error: Error) => this.logger.error(`Job queue: ${error.message}`));
    await boss.start();
    for (const definition of this.definitions.values()) await this.ensureQueue(boss, definition);
    this.boss = boss;
    if (working) await this.startWorkers(boss);
    return boss;
  }

  /**
   * Creates a queue once. A process starting next to running workers (a worker restarted after a crash)
   * must not create it again: pg-boss's createQueue takes locks that deadlock with their fetches. A
   * deadlock or a race with another starting process is retried.
   */
  private async ensureQueue(boss: PgBoss, definition: JobDefinition): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        if (await boss.getQueue(definition.queue)) return;
        await boss.createQueue(definition.queue, {
          name: definition.queue,
          ...this.retryOptions(definition),
        });
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((done) => setTimeout(done, 200 * attempt));
      }
    }
  }

  private async startWorkers(boss: PgBoss): Promise<void> {
    for (const definition of this.definitions.values()) {
      const batchSize = definition.concurrency ?? DEFAULTS.concurrency;
      // pg-boss fails or completes a whole batch; each job here is settled on its own, so one job's
      // failure retries that job only (pg-boss then completes the ones still active).
      for (let loop = 0; loop < (definition.workers ?? 1); loop++)
        await this.work(boss, definition, batchSize);
      if (definition.cron) await boss.schedule(definition.queue, definition.cron, {}, { tz: 'Asia/Tokyo' });
    }
    this.logger.log(`Job worker started: ${[...this.definitions.keys()].join(', ')}`);
  }

  private async work(boss: PgBoss, definition: JobDefinition, batchSize: number): Promise<void> {
    await boss.work<object>(
      definition.queue,
      { batchSize, includeMetadata: true, pollingIntervalSeconds: this.env.JOBS_POLL_SECONDS },
      async (jobs) => {
        await Promise.all(
          jobs.map(async (job) => {
            try {
              await definition.handle(job.data, {
                id: job.id,
                retryCount: job.retryCount,
                retryLimit: job.retryLimit,
                lastAttempt: job.retryCount >= job.retryLimit,
              });
            } catch (error) {
              await boss.fail(definition.queue, job.id, { message: errorMessage(error) });
            }
          }),
        );
      },
    );
  }
}
