// Starts the built Tsunagu server (dist/apps/api/main.js, which also serves dist/apps/web/browser)
// on a database of its own for one Playwright run, and removes that database afterwards.
//
//   TSUNAGU_E2E_MODE=development → NODE_ENV=development with the development mailbox (a real SMTP
//   server in the app on a free port, read at /api/dev/mail) and fast job polling: the second server,
//   for the notification specs (playwright.config.ts). Otherwise production, as deployed.
//
//   DATABASE_URL set   → creates `tsunagu_e2e_<timestamp>` on that server, drops it on exit.
//   DATABASE_URL unset → embedded PostgreSQL in a fresh temp dir on a random port, removed on exit.
//
// Playwright's webServer starts this script and stops it with SIGTERM (gracefulShutdown in
// playwright.config.ts). Output goes to stderr because Playwright shows the server's stderr only.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const mainJs = join(root, 'dist/apps/api/main.js');
const port = Number(process.env.TSUNAGU_E2E_PORT ?? 3111);
const say = (message) => process.stderr.write(`[e2e server] ${message}\n`);

if (!existsSync(mainJs) || !existsSync(join(root, 'dist/apps/web/browser/index.html'))) {
  say('dist/apps/api/main.js or dist/apps/web/browser is missing: run `npx nx run-many -t build -p api web`');
  process.exit(1);
}

/** A TCP port nobody listens on right now. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: found } = server.address();
      server.close(() => resolvePort(found));
    });
  });
}

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(adminUrl, sql) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const development = process.env.TSUNAGU_E2E_MODE === 'development';

const childEnv = {
  ...process.env,
  NODE_ENV: development ? 'development' : 'production',
  JWT_SECRET: 'tsunagu-e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz',
  HOST: '127.0.0.1',
  PORT: String(port),
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  // Production holds demo accounts only when asked explicitly, and never with the README's password.
  SEED_DEMO_DATA: 'always',
  DEMO_PASSWORD: process.env.TSUNAGU_E2E_DEMO_PASSWORD ?? 'e2e-demo-password-unset',
  // Every spec signs up its own accounts, all from 127.0.0.1: far more than a real address in an hour.
  SIGN_UP_MAX_PER_IP: '100000',
  // The same for reset and verification links asked for from 127.0.0.1 (the per-address limit stays).
  ACCOUNT_MAIL_MAX_PER_IP: '100000',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};
if (development) {
  // The app's own mailbox receives every mail (never a real SMTP server), on a port of its own so that
  // two runs, or a developer's `npm run dev`, do not collide on 2525. Jobs run in the app, quickly.
  delete childEnv.SMTP_URL;
  childEnv.DEV_MAILBOX = 'on';
  childEnv.DEV_SMTP_PORT = String(await freePort());
  childEnv.JOBS_WORK = 'inline';
  childEnv.JOBS_POLL_SECONDS = '0.5';
  childEnv.OUTBOX_POLL_MS = '200';
}

/** Set once there is something to remove: the database or the temp dir. */
let cleanup = async () => undefined;
let child = null;
let stopping = false;

async function finish(exitCode) {
  try {
    await cleanup();
  } catch (error) {
    say(`cleanup failed: ${error.message}`);
    exitCode = 1;
  }
  process.exit(exitCode);
}

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping the server`);
    // Before the server is spawned, setup notices `stopping` and cleans up itself.
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      // Playwright kills us after 30 s; before that, kill the server's group (it and its PostgreSQL).
      setTimeout(() => {
        say('the server did not stop within 20 s: killing it');
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 20_000).unref();
    }
  });
}

const adminUrl = process.env.DATABASE_URL;
if (adminUrl) {
  const name = process.env.TSUNAGU_E2E_DATABASE ?? `tsunagu_e2e_${Date.now()}`;
  try {
    await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  } catch (error) {
    say(`cannot create database ${name} with DATABASE_URL: ${error.message}`);
    process.exit(1);
  }
  say(`database ${name} created`);
  childEnv.DATABASE_URL = withDatabase(adminUrl, name);
  cleanup = async () => {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    say(`database ${name} dropped`);
  };
} else {
  // The embedded server runs as the `postgres` OS user when we are root: it must traverse the dir.
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-e2e-'));
  chmodSync(dir, 0o755);
  delete childEnv.DATABASE_URL;
  childEnv.EMBEDDED_PG_DIR = join(dir, 'postgres');
  childEnv.EMBEDDED_PG_PORT = process.env.TSUNAGU_E2E_PG_PORT ?? String(await freePort());
  say(`embedded PostgreSQL in ${dir} on port ${childEnv.EMBEDDED_PG_PORT}`);
  cleanup = async () => {
    rmSync(dir, { recursive: true, force: true });
    say(`${dir} removed`);
  };
}

if (stopping) await finish(0);

// A process group of its own: Playwright signals our whole group on teardown, and the embedded
// PostgreSQL must be stopped by the API (which waits for it), not be signalled directly as well.
child = spawn(process.execPath, [mainJs], {
  cwd: root,
  env: childEnv,
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
// The API's request log is noise here; keep its stdout only when asked.
child.stdout.on('data', (chunk) => {
  if (process.env.TSUNAGU_E2E_SERVER_LOG) process.stderr.write(chunk);
});

child.on('exit', (code, signal) => {
  if (!stopping) say(`server exited on its own (code ${code}, signal ${signal})`);
  void finish(stopping ? 0 : (code ?? 1));
});
