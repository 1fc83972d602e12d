import type { Type } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';
import type { Env } from '../config/env';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres';

export class DatabaseUnavailableError extends Error {}

export interface PreparedDatabase {
  url: string;
  embedded: EmbeddedServer | null;
}

function describe(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}

/** Connects to DATABASE_URL's server, or starts the embedded one when DATABASE_URL is unset. */
export async function resolveDatabase(env: Env, log: (message: string) => void): Promise<PreparedDatabase> {
  if (env.DATABASE_URL) {
    const client = new Client({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
    } catch (error) {
      throw new DatabaseUnavailableError(
        `Cannot reach the PostgreSQL server named by DATABASE_URL (${describe(env.DATABASE_URL)}): ` +
          `${(error as Error).message}. Check DATABASE_URL, or unset it to use the embedded database.`,
      );
    } finally {
      await client.end().catch(() => undefined);
    }
    return { url: env.DATABASE_URL, embedded: null };
  }
  log(
    `DATABASE_URL is unset: starting the embedded PostgreSQL in ${env.EMBEDDED_PG_DIR} on port ${env.EMBEDDED_PG_PORT}`,
  );
  const embedded = await startEmbeddedPostgres({ dataDir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT });
  await embedded.createDatabaseIfMissing('tsunagu');
  return { url: embedded.url('tsunagu'), embedded };
}

/**
 * Applies pending migrations (the app's, `APP_MIGRATIONS` in `src/data-source.ts`) with a short-lived
 * DataSource; returns the names applied. It loads no entities: migrations are plain SQL.
 */
export async function runMigrations(
  url: string,
  migrations: readonly Type<MigrationInterface>[],
): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: [...migrations],
    migrationsTableName: 'migrations',
  });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
