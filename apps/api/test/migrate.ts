/*
 * Migrates the database named by argv[2] with the app's migrations. The global setup runs it as a child
 * process: the migrations come from the domains' registrations, which load the modules' entities and
 * GraphQL types, and that metadata must stay out of Jest's parent process (it would clash with the
 * tests' own when Jest runs them in band).
 */
import './register-paths';
// Import order matters: the path aliases above must be registered before the app's files load.
import { runMigrations } from '../src/core/database/prepare-database';
import { APP_MIGRATIONS } from '../src/data-source';

const url = process.argv[2];
if (!url) throw new Error('usage: migrate.ts <database url>');
runMigrations(url, APP_MIGRATIONS).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
