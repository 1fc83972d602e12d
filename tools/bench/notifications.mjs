// Notifications: 10,000 domain events (a mix of kinds, learners in Japanese and in English) go through the
// whole pipeline — outbox relay, notification rows, pg-boss delivery jobs, templates, SMTP — to a real local
// SMTP server (smtp-server) run by this script, which counts what arrives by Message-ID (the delivery's id,
// the message key). Three runs, each on a fresh database with the demo data: one worker process, two, and
// two of which one is killed with SIGKILL mid-run and started again. Each run checks that every
// notification arrived, under its own key, and that nothing was lost.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { API_NODE_FLAGS, JWT_SECRET, freePort, root } from './lib.mjs';

const COUNT = Number(process.env.BENCH_NOTIFICATIONS ?? 10_000);
const KINDS = ['enrolment.confirmed', 'enrolment.waitlisted', 'enrolment.promoted', 'enrolment.lottery_won'];
const MAIN = process.env.BENCH_API_MAIN ?? 'dist/apps/api/main.js';

/** A local SMTP server that keeps, per Message-ID, how often it arrived. */
async function mailbox() {
  const received = new Map();
  let total = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, done) {
      let head = '';
      stream.on('data', (chunk) => {
        if (head.length < 16_384) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        const id = /^message-id:\s*(<[^>]+>)/im.exec(head)?.[1] ?? '(none)';
        received.set(id, (received.get(id) ?? 0) + 1);
        total += 1;
        done();
      });
    },
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    total: () => total,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function env(databaseUrl, smtpUrl) {
  return {
    ...process.env,
    // Development: the demo data the fixtures use is refused in production; SMTP_URL is set, so no
    // development mailbox starts and every message goes to this script's server.
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtpUrl,
    JWT_SECRET,
    LOG_LEVEL: 'warn',
    JOBS_POLL_SECONDS: '0.5',
    JOBS_MAINTENANCE_SECONDS: '5',
    OUTBOX_POLL_MS: '200',
  };
}

function run(args, environment) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, MAIN), ...args], {
      cwd: root,
      env: environment,
      stdio: 'ignore',
    });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    );
  });
}

function startWorker(environment) {
  const child = spawn(process.execPath, [...API_NODE_FLAGS, join(root, MAIN), 'worker'], {
    cwd: root,
    env: environment,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return {
    kill: (signal) =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill(signal);
      }),
  };
}

/** 10,000 events about the demo enrolments, half of the learners reading English. */
async function enqueue(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // The demo data's own events are not part of the count.
    await db.query(`UPDATE domain_events SET processed_at = now() WHERE processed_at IS NULL`);
    await db.query(`UPDATE users SET preferred_locale = 'en' WHERE id IN
                      (SELECT user_id FROM enrolments GROUP BY user_id ORDER BY user_id LIMIT
                        (SELECT count(DISTINCT user_id) / 2 FROM enrolments))`);
    const { rows } = await db.query(
      `SELECT id, session_id, user_id FROM enrolments WHERE status <> 'cancelled' ORDER BY id`,
    );
    if (!rows.length) throw new Error('the demo data has no enrolments');
    await db.query(
      `INSERT INTO domain_events (type, payload)
       SELECT ($2::text[])[1 + n % array_length($2::text[], 1)],
              jsonb_build_object('enrolmentId', e->>'id', 'sessionId', e->>'session_id', 'userId', e->>'user_id',
                                 'status', 'confirmed', 'waitlistPosition', NULL)
         FROM generate_series(0, $3 - 1) n,
              LATERAL (SELECT ($1::jsonb)->(n % jsonb_array_length($1::jsonb)) AS e) pick`,
      [JSON.stringify(rows), KINDS, COUNT],
    );
  } finally {
    await db.end();
  }
}

async function deliveryStates(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT status, count(*)::int AS n FROM notification_deliveries WHERE channel = 'email' GROUP BY status`,
    );
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  } finally {
    await db.end();
  }
}

async function until(check, seconds) {
  const end = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 200));
  }
  return true;
}

/** One run on a fresh database: `workers` processes; with `kill`, one dies by SIGKILL at 30 % and restarts. */
async function runOnce(databaseUrl, { workers, kill = false }) {
  const box = await mailbox();
  const environment = env(databaseUrl, box.url);
  try {
    await run(['seed'], environment);
    await enqueue(databaseUrl);
    const started = Date.now();
    const processes = Array.from({ length: workers }, () => startWorker(environment));
    let killedAt = null;
    if (kill) {
      await until(() => box.received.size >= COUNT * 0.3, 600);
      killedAt = box.received.size;
      await processes[0].kill('SIGKILL');
      processes[0] = startWorker(environment);
    }
    const complete = await until(() => box.received.size >= COUNT, 900);
    const seconds = (Date.now() - started) / 1000;
    // A moment for late duplicates (a killed worker's in-flight attempts re-sent) to land before counting.
    await new Promise((r) => setTimeout(r, 2000));
    await Promise.all(processes.map((p) => p.kill('SIGTERM')));
    const states = await deliveryStates(databaseUrl);
    const keys = [...box.received.keys()].filter((k) => k !== '(none)');
    const resent = [...box.received.values()].reduce((sum, n) => sum + (n - 1), 0);
    return {
      run: kill
        ? `${workers} workers, one SIGKILLed at ${killedAt} and restarted`
        : `${workers} worker${workers > 1 ? 's' : ''}`,
      notifications: COUNT,
      'delivered/s': complete ? Math.round(COUNT / seconds) : 0,
      seconds: Number(seconds.toFixed(1)),
      'distinct keys': keys.length,
      missing: COUNT - keys.length,
      're-sent with the same key': resent,
      'sent rows': states.sent ?? 0,
      'failed rows': states.failed ?? 0,
      ok: complete && keys.length === COUNT && (states.sent ?? 0) === COUNT && !states.failed,
    };
  } finally {
    await box.close();
  }
}

export async function runNotifications({ freshDatabase }) {
  const results = [];
  for (const options of [{ workers: 1 }, { workers: 2 }, { workers: 2, kill: true }]) {
    process.stdout.write(`  ${options.workers} worker(s)${options.kill ? ', SIGKILL mid-run' : ''}…\n`);
    results.push(await freshDatabase((url) => runOnce(url, options)));
  }
  return { results, ok: results.every((r) => r.ok) };
}
