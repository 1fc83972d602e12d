import type { EntityManager } from 'typeorm';

/** pg-boss's tables live in their own schema, created by the notifications module's JobQueue migration. */
export const JOBS_SCHEMA = 'pgboss';

/** What a handler learns about the attempt it runs. */
export interface JobContext {
  readonly id: string;
  /** 0 on the first attempt. */
  readonly retryCount: number;
  readonly retryLimit: number;
  /** No retry follows if this attempt throws: the handler records the failure itself. */
  readonly lastAttempt: boolean;
}

/**
 * One kind of job, declared by the module that owns it (in its service's `onModuleInit`, through
 * `Jobs.define`). A job is retried with exponential backoff when `handle` throws; `handle` must be
 * idempotent (a worker may die after the work and before pg-boss marks the job done).
 */
export interface JobDefinition<T extends object = object> {
  /** The pg-boss queue: `<module>.<what>`, e.g. `notifications.deliver`. */
  readonly queue: string;
  handle(data: T, context: JobContext): Promise<void>;
  /** Retries after the first attempt (default 6). */
  readonly retryLimit?: number;
  /** Seconds before the first retry; doubled each time when `retryBackoff` (default 5 s, backoff on). */
  readonly retryDelaySeconds?: number;
  readonly retryBackoff?: boolean;
  /**
   * How long an attempt may run before pg-boss counts it failed and retries it (default 60 s): also how
   * long the jobs of a worker that died (SIGKILL, power loss) wait before another worker takes them.
   */
  readonly expireInSeconds?: number;
  /** Jobs of this queue one worker process fetches and runs at once (default 4). */
  readonly concurrency?: number;
  /**
   * Fetch loops per worker process (default 1), each taking up to `concurrency` jobs: pg-boss waits a
   * polling interval between a loop's fetches, so a busy queue needs several loops to keep going.
   */
  readonly workers?: number;
  /**
   * A schedule (five-field cron in Asia/Tokyo): pg-boss creates one job per tick however many workers
   * run, so the work happens once per tick.
   */
  readonly cron?: string;
}

export interface SendOptions {
  /**
   * A UUID that becomes the job's id: while a job with this id exists (queued, running, retrying) a
   * repeated send is a no-op. Deliveries use their own id, so a delivery is enqueued once.
   */
  readonly singletonKey?: string;
  readonly startAfter?: Date;
  /** Enqueue in this transaction: the job exists exactly when the transaction commits. */
  readonly manager?: EntityManager;
}

/** A subscriber of the domain events outbox (core/events/outbox-relay.ts). */
export interface OutboxEvent {
  readonly id: string;
  readonly type: string;
  readonly payload: Record<string, string | number | boolean | null>;
  readonly createdAt: Date;
}

/**
 * Gets a batch of events, in the relay's transaction: what it writes (notifications, jobs through
 * `Jobs.send({ manager })`) commits together with marking the events processed, so each event is
 * handled exactly once.
 */
export type OutboxSubscriber = (events: readonly OutboxEvent[], manager: EntityManager) => Promise<void>;

/** Thrown by `Jobs.send` while the process shuts down: the caller's transaction must roll back. */
export class JobQueueStoppingError extends Error {
  constructor() {
    super('The job queue is shutting down');
  }
}

/**
 * Whether an error is the infrastructure's (the queue stopping, a lost or closing database connection)
 * rather than the work's own: such a failure must roll the whole batch back, never skip an item.
 */
export function isInfrastructureError(error: unknown): boolean {
  if (error instanceof JobQueueStoppingError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('08') || code.startsWith('57'))) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|Cannot use a pool after calling end|Client has encountered a connection error|ECONNREFUSED|ECONNRESET/.test(
    message,
  );
}
