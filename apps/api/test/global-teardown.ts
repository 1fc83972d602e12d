import { rmSync } from 'node:fs';
import { Client } from 'pg';
import type { EmbeddedServer } from '../src/core/database/embedded-postgres';
import './register-paths';
import { databaseUrl, type TestDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as { __tsunaguTestDb?: TestDatabase; __tsunaguEmbedded?: EmbeddedServer };
  const state = g.__tsunaguTestDb;
  if (!state) return;
  const admin = new Client({ connectionString: databaseUrl(state.serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${state.name}" WITH (FORCE)`);
  await admin.end();
  if (g.__tsunaguEmbedded) await g.__tsunaguEmbedded.stop();
  if (state.embeddedDir) rmSync(state.embeddedDir, { recursive: true, force: true });
}
