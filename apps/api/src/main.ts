import { INestApplication, INestApplicationContext, Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { printSchema } from 'graphql';
import { Logger, PinoLogger } from 'nestjs-pino';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureHttp } from './core/app-setup';
import { EnvError, loadEnv, type Env } from './core/config/env';
import {
  DatabaseUnavailableError,
  resolveDatabase,
  runMigrations,
  type PreparedDatabase,
} from './core/database/prepare-database';
import { SqlStatementCount } from './core/database/sql-statement-count';
import { requestLog } from './core/request-log';
import { serveWebApp } from './core/web-app';
import { APP_MIGRATIONS, appDataSourceOptions } from './data-source';
import { demoAccountsTable, hasAnyUser, hasDemoAccounts, seedDemoData } from './seed/demo-data';
import { demoSeedPlan } from './seed/demo-policy';

const log = new NestLogger('Tsunagu');

/** The schema the API serves, as committed in libs/shared/graphql-schema (no database needed). */
async function emitSchema(): Promise<string> {
  process.env['TSUNAGU_NO_DATABASE'] = '1';
  const app = await NestFactory.create(AppModule, { logger: ['error'] });
  await app.init();
  const sdl = printSchema(app.get(GraphQLSchemaHost).schema);
  await app.close();
  return `# Emitted by the API (npm run schema:emit). Do not edit by hand.\n\n${sdl}\n`;
}

/**
 * Benchmarks only: with BENCH_COUNT_SQL=1 (refused in production) the database module provides the
 * statement count, and its total is served at GET /api/bench/sql-count.
 */
function serveSqlCount(app: NestExpressApplication): void {
  const count = app.get(SqlStatementCount, { strict: false });
  if (count)
    app.use('/api/bench/sql-count', (_req: Request, res: Response) =>
      res.json({ statements: count.statements }),
    );
}

async function serve(env: Env, db: PreparedDatabase): Promise<void> {
  process.env['DATABASE_URL'] = db.url;
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  serveSqlCount(app);
  app.useLogger(app.get(Logger));
  // One line per request in production (JSON, for the log pipeline); quiet in development and tests.
  if (env.NODE_ENV === 'production') app.use(requestLog(() => PinoLogger.root));
  configureHttp(app);
  if (!serveWebApp(app, env.WEB_DIST_DIR))
    log.warn(`No web build at ${env.WEB_DIST_DIR}: only the API is served (run \`npx nx build web\`)`);
  const dataSource = app.get(DataSource);
  const plan = demoSeedPlan(env, 'serve', await hasAnyUser(dataSource));
  if (plan.write && (await seedDemoData(dataSource, plan.password))) log.log('Demo data written');
  await app.listen(env.PORT, env.HOST);
  stopOnSignals(app, db);
  const demo = await hasDemoAccounts(dataSource);
  // Printed plainly (not through the logger) because a person reads it in the terminal; the short wait
  // lets the logger's asynchronous output land first, so the address is the last thing on screen.
  await new Promise((done) => setTimeout(done, 300));
  process.stdout.write(
    `\n  Tsunagu is running at ${env.PUBLIC_URL}\n  GraphQL: ${env.PUBLIC_URL}/graphql\n\n` +
      (demo ? `${demoAccountsTable(plan.printPassword ? plan.password : null)}\n\n` : ''),
  );
}

/**
 * A worker process (`npm run worker`): the app without HTTP, running jobs and relaying the outbox
 * (JOBS_WORK=inline whatever the environment says). Production runs one or more of these next to API
 * replicas started with JOBS_WORK=off. It never seeds demo data.
 */
async function work(db: PreparedDatabase): Promise<void> {
  process.env['DATABASE_URL'] = db.url;
  process.env['JOBS_WORK'] = 'inline';
  const app = await NestFactory.createApplicationContext(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();
  stopOnSignals(app, db);
  log.log('Worker running: jobs and the outbox relay');
}

function stopOnSignals(app: INestApplication | INestApplicationContext, db: PreparedDatabase): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.log(`${signal}: shutting down`);
    try {
      await app.close();
      await db.embedded?.stop();
      process.exit(0);
    } catch (error) {
      log.error(error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function withDatabase(env: Env, work: (db: PreparedDatabase) => Promise<void>): Promise<void> {
  const db = await resolveDatabase(env, (m) => log.log(m));
  try {
    const applied = await runMigrations(db.url, APP_MIGRATIONS);
    if (applied.length) log.log(`Migrations applied: ${applied.join(', ')}`);
    await work(db);
  } catch (error) {
    await db.embedded?.stop();
    throw error;
  }
}

async function main(): Promise<void> {
  const [command = 'serve', target] = process.argv.slice(2);
  const env = loadEnv();
  switch (command) {
    case 'serve':
      return withDatabase(env, (db) => serve(env, db));
    case 'worker':
      // A worker joins the API's database; it never starts an embedded one (the API owns that folder).
      if (!env.DATABASE_URL)
        throw new EnvError(
          "npm run worker needs DATABASE_URL (the API's database). Without it, jobs run inside the API (JOBS_WORK=inline).",
        );
      return withDatabase(env, (db) => work(db));
    case 'migrate':
      return withDatabase(env, async (db) => void (await db.embedded?.stop()));
    case 'seed': {
      const plan = demoSeedPlan(env, 'seed', true);
      return withDatabase(env, async (db) => {
        const dataSource = await new DataSource(appDataSourceOptions(db.url)).initialize();
        const wrote = await seedDemoData(dataSource, plan.password);
        await dataSource.destroy();
        await db.embedded?.stop();
        process.stdout.write(
          `${wrote ? 'Demo data written.' : 'Demo data already present.'}\n${demoAccountsTable(plan.printPassword ? plan.password : null)}\n`,
        );
      });
    }
    case 'schema:emit': {
      const file = resolve(target ?? 'libs/shared/graphql-schema/schema.graphql');
      writeFileSync(file, await emitSchema());
      process.stdout.write(`Schema written to ${file}\n`);
      return;
    }
    case 'schema:check': {
      const file = resolve(target ?? 'libs/shared/graphql-schema/schema.graphql');
      const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (committed !== (await emitSchema())) {
        process.stderr.write(
          `${file} differs from the schema the API serves. Run \`npm run schema:emit\` and commit it.\n`,
        );
        process.exit(1);
      }
      process.stdout.write('GraphQL schema is up to date.\n');
      return;
    }
    default:
      throw new Error(
        `Unknown command "${command}". Use serve, worker, migrate, seed, schema:emit or schema:check.`,
      );
  }
}

main().catch((error: unknown) => {
  if (error instanceof EnvError || error instanceof DatabaseUnavailableError) {
    process.stderr.write(`\n${error.message}\n\n`);
  } else {
    process.stderr.write(`\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
