import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/core/database/embedded-postgres';
import './register-paths';
import { databaseUrl, type TestDatabase } from './test-database';

/** Migrates `url` like production, in a child process (see test/migrate.ts). */
function migrate(url: string): void {
  execFileSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(__dirname, 'migrate.ts'), url],
    { stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: join(__dirname, '../tsconfig.spec.json') } },
  );
}

/**
 * Runs once in Jest's parent process: a fresh database for this run, on DATABASE_URL's server (CI) or
 * on an embedded PostgreSQL (a developer machine without one), migrated like production. Workers
 * inherit DATABASE_URL pointing at it.
 */
export default async function globalSetup(): Promise<void> {
  process.env['TZ'] = 'Asia/Tokyo';
  const name = `tsunagu_test_${Date.now()}_${process.pid}`;
  let serverUrl = process.env['DATABASE_URL'];
  let state: TestDatabase;
  if (serverUrl) {
    state = { serverUrl, name, embeddedDir: null };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-test-'));
    chmodSync(dir, 0o755);
    const port = 56000 + Math.floor(Math.random() * 3000);
    const embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port });
    serverUrl = embedded.url('postgres');
    state = { serverUrl, name, embeddedDir: dir };
    (globalThis as { __tsunaguEmbedded?: unknown }).__tsunaguEmbedded = embedded;
  }
  const admin = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = databaseUrl(serverUrl, name);
  migrate(url);
  process.env['DATABASE_URL'] = url;
  process.env['NODE_ENV'] = 'test';
  process.env['LOG_LEVEL'] = 'silent';
  (globalThis as { __tsunaguTestDb?: TestDatabase }).__tsunaguTestDb = state;
}
