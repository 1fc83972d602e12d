import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '../src/core/database/prepare-database';
import { APP_MIGRATIONS } from '../src/data-source';
import { databaseUrl } from './test-database';

export interface FreshDatabase {
  readonly url: string;
  /** Drops it (connections still open are closed by PostgreSQL: WITH (FORCE)). */
  drop(): Promise<void>;
}

async function admin<T>(serverUrl: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own for one test file, on the run's server (DATABASE_URL, set by the global setup),
 * migrated with the app's migrations like production. For tests that run jobs (JOBS_WORK=inline):
 * their worker and outbox relay see only their own rows. Drop it in `afterAll`.
 */
export async function freshDatabase(): Promise<FreshDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('DATABASE_URL is not set (the global setup sets it)');
  const name = `tsunagu_fresh_${Date.now()}_${randomUUID().slice(0, 8)}`;
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(serverUrl, name);
  await runMigrations(url, APP_MIGRATIONS);
  return {
    url,
    drop: () =>
      admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
