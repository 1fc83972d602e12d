import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { TestApp } from '../../../test/harness';
import { databaseUrl } from '../../../test/test-database';
import { ENV, type Env } from '../config/env';
import { OutboxRelay } from '../events/outbox-relay';
import type { JobContext, OutboxEvent } from './jobs';
import { Jobs } from './jobs.service';

/** What the test jobs saw, per queue. */
const seen = {
  once: [] as string[],
  flaky: [] as JobContext[],
  doomed: [] as JobContext[],
  committed: [] as string[],
};

@Injectable()
class TestJobs implements OnModuleInit {
  constructor(private readonly jobs: Jobs) {}

  onModuleInit(): void {
    this.jobs.define<{ key: string }>({
      queue: 'test.once',
      handle: async ({ key }) => void seen.once.push(key),
    });
    // Fails twice, then succeeds: retried with the attempt's count.
    this.jobs.define({
      queue: 'test.flaky',
      retryLimit: 3,
      retryDelaySeconds: 1,
      retryBackoff: false,
      handle: async (_data, context) => {
        seen.flaky.push(context);
        if (context.retryCount < 2) throw new Error('not yet');
      },
    });
    // Always fails: the last attempt says so.
    this.jobs.define({
      queue: 'test.doomed',
      retryLimit: 1,
      retryDelaySeconds: 1,
      retryBackoff: false,
      handle: async (_data, context) => {
        seen.doomed.push(context);
        throw new Error('never');
      },
    });
    this.jobs.define<{ key: string }>({
      queue: 'test.committed',
      handle: async ({ key }) => void seen.committed.push(key),
    });
  }
}

@Module({ providers: [TestJobs] })
class TestJobsModule {}

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** A database of this file's own (the jobs run here would take other files' jobs in the shared one). */
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const shared = process.env['DATABASE_URL'] ?? '';
  const name = `tsunagu_jobs_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: databaseUrl(shared, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = databaseUrl(shared, name);
  execFileSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(__dirname, '../../../test/migrate.ts'), url],
    {
      stdio: 'inherit',
      env: { ...process.env, TS_NODE_PROJECT: join(__dirname, '../../../tsconfig.spec.json') },
    },
  );
  return {
    url,
    drop: async () => {
      const client = new Client({ connectionString: databaseUrl(shared, 'postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

describe('Jobs (pg-boss on our PostgreSQL) and the outbox relay', () => {
  let db: { url: string; drop: () => Promise<void> };
  let app: TestApp;
  let jobs: Jobs;

  beforeAll(async () => {
    db = await freshDatabase();
    app = await TestApp.create({
      imports: [TestJobsModule],
      // The app's own relay (the notifications subscriber) looks once at start, then not for a minute.
      env: { DATABASE_URL: db.url, JOBS_WORK: 'inline', JOBS_POLL_SECONDS: '0.5', OUTBOX_POLL_MS: '60000' },
    });
    jobs = app.app.get(Jobs);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('runs a job once per singleton key, however often it is sent', async () => {
    const key = randomUUID();
    expect(await jobs.send('test.once', { key: 'a' }, { singletonKey: key })).toBe(true);
    expect(await jobs.send('test.once', { key: 'b' }, { singletonKey: key })).toBe(false);
    await until(() => seen.once.length === 1);
    await new Promise((done) => setTimeout(done, 1500));
    expect(seen.once).toEqual(['a']);
  });

  it('retries a failing job and tells the handler which attempt it runs', async () => {
    await jobs.send('test.flaky', {});
    await until(() => seen.flaky.length === 3);
    expect(seen.flaky.map((c) => [c.retryCount, c.lastAttempt])).toEqual([
      [0, false],
      [1, false],
      [2, false],
    ]);
  });

  it('says "last attempt" when no retry follows', async () => {
    await jobs.send('test.doomed', {});
    await until(() => seen.doomed.length === 2);
    expect(seen.doomed.map((c) => c.lastAttempt)).toEqual([false, true]);
  });

  it('enqueues in the caller’s transaction: a rolled-back job never runs, a committed one does', async () => {
    const dataSource = app.app.get(DataSource);
    await dataSource
      .transaction(async (manager) => {
        await jobs.send('test.committed', { key: 'rolled back' }, { manager });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await dataSource.transaction((manager) => jobs.send('test.committed', { key: 'kept' }, { manager }));
    await until(() => seen.committed.length === 1);
    await new Promise((done) => setTimeout(done, 1500));
    expect(seen.committed).toEqual(['kept']);
  });

  it('refuses a queue nobody defined', async () => {
    await expect(jobs.send('test.nobody', {})).rejects.toThrow('not defined');
  });

  it('relays each event exactly once with several relays at once', async () => {
    const dataSource = app.app.get(DataSource);
    const env = app.app.get<Env>(ENV);
    await dataSource.query(
      `INSERT INTO domain_events (type, payload)
       SELECT 'test.relayed', jsonb_build_object('n', n) FROM generate_series(1, 1000) n`,
    );
    const handled: number[] = [];
    const relays = [1, 2, 3].map(() => {
      const relay = new OutboxRelay(dataSource, jobs, env);
      relay.subscribe(async (events: readonly OutboxEvent[]) => {
        for (const event of events)
          if (event.type === 'test.relayed') handled.push(Number(event.payload['n']));
      });
      return relay;
    });
    const drain = async (relay: OutboxRelay) => {
      while ((await relay.relayOnce()) > 0);
    };
    await Promise.all(relays.map(drain));
    expect(handled).toHaveLength(1000);
    expect(new Set(handled).size).toBe(1000);
    const [left] = await dataSource.query(
      `SELECT count(*)::int AS n FROM domain_events WHERE processed_at IS NULL`,
    );
    expect(left.n).toBe(0);
  });

  it('rolls a batch back when the subscriber fails, and hands it over again', async () => {
    const dataSource = app.app.get(DataSource);
    const env = app.app.get<Env>(ENV);
    await dataSource.query(`INSERT INTO domain_events (type, payload) VALUES ('test.fails', '{}')`);
    let calls = 0;
    const relay = new OutboxRelay(dataSource, jobs, env);
    relay.subscribe(async () => {
      calls += 1;
      if (calls === 1) throw new Error('subscriber down');
    });
    await expect(relay.relayOnce()).rejects.toThrow('subscriber down');
    expect(await relay.relayOnce()).toBe(1);
    expect(await relay.relayOnce()).toBe(0);
  });
});
