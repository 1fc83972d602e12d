import { resolve } from 'node:path';
import { z } from 'zod';

const DEV_JWT_SECRET = 'tsunagu-development-secret-change-me-in-production';
/** The demo accounts' password outside production; published in the README, so never used in production. */
export const PUBLISHED_DEMO_PASSWORD = 'tsunagu-demo-2026';

/**
 * Every environment variable the API reads, validated once at start-up with typed defaults.
 * `.env.example` at the repo root documents each of them; keep the two in step.
 */
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    PUBLIC_URL: z.string().url().optional(),
    DATABASE_URL: z.string().url().optional(),
    EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    JWT_SECRET: z.string().min(32).default(DEV_JWT_SECRET),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
    SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
    SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
    SIGN_IN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
    SIGN_UP_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
    SIGN_UP_MAX_PER_IP: z.coerce.number().int().min(1).default(20),
    /** Account emails (reset links, verification links) asked for: per address or account, and per IP. */
    ACCOUNT_MAIL_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
    ACCOUNT_MAIL_MAX_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
    ACCOUNT_MAIL_MAX_PER_IP: z.coerce.number().int().min(1).default(30),
    /**
     * auto: on an empty database outside production, never in production; always: whenever the demo
     * accounts are missing (in production only together with DEMO_PASSWORD); never.
     */
    SEED_DEMO_DATA: z.enum(['auto', 'always', 'never']).default('auto'),
    /** The demo accounts' password; required to seed them in production, where the published one is refused. */
    DEMO_PASSWORD: z.string().min(12).max(128).optional(),
    WEB_DIST_DIR: z.string().optional(),
    /**
     * Benchmarks only (refused in production): enrol without the seat guard (no row lock, no counters),
     * to show that the guard is what prevents overselling.
     */
    BENCH_UNSAFE_ENROLMENT: z.enum(['0', '1']).default('0'),
    /**
     * Benchmarks only (refused in production): nominate and accept seat-pool seats without the pool's
     * guard (no row lock, no counters), to show that the guard is what keeps a pool from overselling.
     */
    BENCH_UNSAFE_SEAT_POOL: z.enum(['0', '1']).default('0'),
    /**
     * Benchmarks only (refused in production): count every SQL statement and serve the total at
     * GET /api/bench/sql-count (core/database/sql-statement-count.ts).
     */
    BENCH_COUNT_SQL: z.enum(['0', '1']).default('0'),
    /**
     * Whether this process runs jobs (deliveries, reminders, the lottery draw) and relays the outbox:
     * inline (default; `npm run worker` too), off (API replicas in production when workers run apart).
     * Tests default to off: a test that needs jobs sets inline on a database of its own.
     */
    JOBS_WORK: z.enum(['inline', 'off']).optional(),
    /** How often an idle worker asks for jobs (pg-boss's minimum is 0.5 s). */
    JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(1),
    /** How often a worker fails expired attempts (a dead worker's jobs) so that they are retried. */
    JOBS_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /** How often a worker looks for new domain events when the outbox was empty. */
    OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    /** Outgoing mail (`smtp://user:pass@host:587`, `smtps://…`). Unset: no email (development: the dev mailbox). */
    SMTP_URL: z.string().url().optional(),
    /** The From address of every mail; the display name is the providing organisation's. */
    MAIL_FROM: z.string().email().default('no-reply@tsunagu.localhost'),
    /**
     * The development mailbox: a real SMTP server on 127.0.0.1:DEV_SMTP_PORT receiving the app's mail
     * when SMTP_URL is unset, kept in memory (last 500) and listed at /api/dev/mail. Default on in
     * development, off otherwise; refused in production.
     */
    DEV_MAILBOX: z.enum(['on', 'off']).optional(),
    DEV_SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
    /**
     * LINE Messaging API (notifications/line): the channel secret (webhook signatures) and the long-lived
     * channel access token (push and reply). The LINE channel is off unless both are set.
     */
    LINE_CHANNEL_SECRET: z.string().min(1).optional(),
    LINE_CHANNEL_ACCESS_TOKEN: z.string().min(1).optional(),
    /** Where the Messaging API is (tests point it at a local stub). */
    LINE_API_BASE: z.string().url().default('https://api.line.me'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.DEV_MAILBOX === 'on') {
      ctx.addIssue({
        code: 'custom',
        path: ['DEV_MAILBOX'],
        message: 'is for development, never production',
      });
    }
    for (const flag of ['BENCH_UNSAFE_ENROLMENT', 'BENCH_UNSAFE_SEAT_POOL', 'BENCH_COUNT_SQL'] as const) {
      if (env.NODE_ENV === 'production' && env[flag] === '1') {
        ctx.addIssue({ code: 'custom', path: [flag], message: 'is for benchmarks, never production' });
      }
    }
    if (env.NODE_ENV === 'production' && env.DEMO_PASSWORD === PUBLISHED_DEMO_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['DEMO_PASSWORD'],
        message: 'is the password published in the README: choose another one for production',
      });
    }
    if (env.NODE_ENV === 'production' && env.SEED_DEMO_DATA === 'always' && !env.DEMO_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['SEED_DEMO_DATA'],
        message: 'always in production needs DEMO_PASSWORD (the published demo password is never used there)',
      });
    }
    if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEV_JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'must be set in production' });
    }
  });

export type Env = z.infer<typeof schema> & {
  PUBLIC_URL: string;
  WEB_DIST_DIR: string;
  JOBS_WORK: 'inline' | 'off';
  DEV_MAILBOX: 'on' | 'off';
};

export class EnvError extends Error {}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    ...env,
    PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    JOBS_WORK: env.JOBS_WORK ?? (env.NODE_ENV === 'test' ? 'off' : 'inline'),
    DEV_MAILBOX: env.DEV_MAILBOX ?? (env.NODE_ENV === 'development' ? 'on' : 'off'),
    // main.js sits in dist/apps/api; the web build sits in dist/apps/web/browser.
    WEB_DIST_DIR: env.WEB_DIST_DIR ?? resolve(__dirname, '../web/browser'),
  };
}

export const ENV = Symbol('ENV');
