// The enrolment rush: 2,000 distinct learners enrol at once in one 30-seat session, over HTTP GraphQL and,
// in the same run on fresh sessions of its own, through a raw pg + node:http endpoint doing the same
// enrolment statement (raw-enrolment-server.mjs); then the same over 10 such sessions at once; then a
// negative control with the seat guard off. Each rush is checked: 30 confirmed, 1,970 waitlisted at
// tickets 1..1,970, no errors, no duplicates.
import jwt from 'jsonwebtoken';
import { createSecretKey } from 'node:crypto';
import pg from 'pg';
import { JWT_SECRET, percentile, post, startApi, startRaw } from './lib.mjs';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 2000);
const CAPACITY = 30;
const ENROL = 'mutation($s: ID!) { enrol(input: { sessionId: $s }) { id status } }';
// BENCH_COUNTS=1 runs the one-session rush only (for profiling); the verdict needs both.
const COUNTS = (process.env.BENCH_COUNTS ?? '1,10').split(',').map(Number);
// The one-session rush is short, so it runs twice per server (GraphQL, raw, raw, GraphQL): a slow patch
// of this shared machine then falls on both.
const ROUNDS = { 1: Number(process.env.BENCH_ROUNDS ?? 2), 10: 1 };
const WARM_UP_RUSHES = 3;
// As a KeyObject: given a string, jsonwebtoken first tries it as a PEM key on every call (slow fixtures).
const KEY = createSecretKey(Buffer.from(JWT_SECRET));

async function fixtures(databaseUrl, sessionCount, learners = LEARNERS) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const org = (
      await db.query(
        `INSERT INTO organisations (name, kind, prefecture) VALUES ('ベンチ市', 'city', '茨城県') RETURNING id`,
      )
    ).rows[0].id;
    const course = (
      await db.query(
        `INSERT INTO courses (provider_organisation_id, title, category, visibility, status, published_at)
         VALUES ($1, '女性リーダー育成講座（負荷試験）', 'leadership', 'public', 'published', now()) RETURNING id`,
        [org],
      )
    ).rows[0].id;
    const sessions = (
      await db.query(
        `INSERT INTO sessions (course_id, title, capacity, registration_opens_at, registration_closes_at, cancellation_deadline)
         SELECT $1, '第' || g || '期', $2, now() - interval '1 day', now() + interval '7 days', now() + interval '8 days'
           FROM generate_series(1, $3) g RETURNING id`,
        [course, CAPACITY, sessionCount],
      )
    ).rows.map((r) => r.id);
    await db.query(
      `INSERT INTO session_meetings (session_id, starts_at, ends_at) SELECT id, now() + interval '10 days', now() + interval '10 days 2 hours' FROM sessions WHERE id = ANY($1::uuid[])`,
      [sessions],
    );
    const tag = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    const users = (
      await db.query(
        `INSERT INTO users (email, password_hash, family_name, given_name, family_name_kana, given_name_kana)
         SELECT 'rush-' || $1::text || '-' || g || '@bench.tsunagu.jp', 'not-a-password', '受講', '者' || g, 'ジュコウ', 'シャ'
           FROM generate_series(1, $2) g RETURNING id`,
        [tag, learners],
      )
    ).rows.map((r) => r.id);
    const authSessions = (
      await db.query(`INSERT INTO auth_sessions (user_id) SELECT unnest($1::uuid[]) RETURNING id, user_id`, [
        users,
      ])
    ).rows;
    // Tokens minted as the API would after sign-in; the rush measures enrolment, not argon2.
    const tokens = authSessions.map((s) =>
      jwt.sign({ sid: s.id, typ: 'access' }, KEY, {
        subject: s.user_id,
        algorithm: 'HS256',
        expiresIn: 3600,
      }),
    );
    return { sessions, tokens };
  } finally {
    await db.end();
  }
}

/** How each server is asked to enrol her: the GraphQL mutation, or the raw endpoint with the same token. */
const CLIENTS = {
  graphql: (server) => (s, token) =>
    post(`${server.url}/graphql`, { query: ENROL, variables: { s } }, { authorization: `Bearer ${token}` }),
  raw: (server) => (s, token) =>
    post(`${server.url}/enrol`, { sessionId: s }, { authorization: `Bearer ${token}` }),
};

function failed(response) {
  if (response.status !== 200) return true;
  const body = JSON.parse(response.body);
  return Boolean(body.errors) || !body.data?.enrol?.status;
}

/** Every learner enrols in every session, all at once; returns latencies and the server's CPU time. */
async function rush(server, send, sessions, tokens) {
  const cpuBefore = server.cpuMs();
  const started = process.hrtime.bigint();
  const requests = sessions.flatMap((s) => tokens.map((token) => ({ s, token })));
  const responses = await Promise.all(requests.map(({ s, token }) => send(s, token)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    requests: requests.length,
    seconds,
    errors: responses.filter(failed).length,
    latencies: responses.map((r) => r.ms),
    cpuMs: server.cpuMs() - cpuBefore,
  };
}

async function verify(databaseUrl, sessions) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return (
      await db.query(
        `SELECT s.id, (SELECT ss.confirmed_count FROM session_seats ss WHERE ss.session_id = s.id) AS confirmed_count,
                count(*) FILTER (WHERE e.status = 'confirmed')::int AS confirmed,
                count(*) FILTER (WHERE e.status = 'waitlisted')::int AS waitlisted,
                count(DISTINCT e.waitlist_position)::int AS distinct_positions,
                min(e.waitlist_position) AS min_position, max(e.waitlist_position) AS max_position,
                (count(*) - count(DISTINCT e.user_id))::int AS duplicates,
                (SELECT count(*)::int FROM domain_events d WHERE d.payload->>'sessionId' = s.id::text) AS events
           FROM sessions s LEFT JOIN enrolments e ON e.session_id = s.id
          WHERE s.id = ANY($1::uuid[]) GROUP BY s.id`,
        [sessions],
      )
    ).rows;
  } finally {
    await db.end();
  }
}

const holds = (c, learners = LEARNERS) =>
  c.confirmed === CAPACITY &&
  c.confirmed_count === CAPACITY &&
  c.waitlisted === learners - CAPACITY &&
  c.distinct_positions === learners - CAPACITY &&
  Number(c.min_position) === 1 &&
  Number(c.max_position) === learners - CAPACITY &&
  c.duplicates === 0 &&
  c.events === learners;

function row(scenario, measured, checks) {
  return {
    scenario,
    requests: measured.requests,
    errors: measured.errors,
    'confirmed/session': [...new Set(checks.map((c) => c.confirmed))].join(','),
    'waitlisted/session': [...new Set(checks.map((c) => c.waitlisted))].join(','),
    'positions 1..n once': checks.every(
      (c) => c.distinct_positions === c.waitlisted && Number(c.max_position) === c.waitlisted,
    )
      ? 'yes'
      : 'NO',
    duplicates: checks.reduce((n, c) => n + c.duplicates, 0),
    'req/s': (measured.requests / measured.seconds).toFixed(0),
    'p50 ms': percentile(measured.latencies, 50).toFixed(1),
    'p99 ms': percentile(measured.latencies, 99).toFixed(1),
    'server CPU ms/req': (measured.cpuMs / measured.requests).toFixed(2),
  };
}

function merge(runs) {
  return runs.reduce((a, b) => ({
    requests: a.requests + b.requests,
    seconds: a.seconds + b.seconds,
    errors: a.errors + b.errors,
    latencies: a.latencies.concat(b.latencies),
    cpuMs: a.cpuMs + b.cpuMs,
  }));
}

export async function runRush({ databaseUrl }) {
  const results = [];
  const comparisons = [];
  let invariantsHold = true;
  const nodeArgs = (dir) =>
    process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=tmp/prof/${dir}`] : [];
  // The API migrates the fresh database on start, so it starts before the raw server and the fixtures.
  const servers = { graphql: await startApi({ databaseUrl, nodeArgs: nodeArgs('rush') }) };
  // BENCH_COMPARE_MAIN=<an earlier build's main.js> adds it to the same run, for before/after figures.
  const compare = process.env.BENCH_COMPARE_MAIN;
  if (compare) servers.before = await startApi({ databaseUrl, main: compare, nodeArgs: nodeArgs('before') });
  servers.raw = await startRaw('raw-enrolment-server.mjs', { databaseUrl });
  const label = {
    graphql: 'GraphQL, guarded',
    before: `GraphQL, guarded (${compare})`,
    raw: 'raw pg + node:http',
  };
  try {
    // The servers have been running for a while when registration opens: warm each with rushes into
    // sessions of its own (V8 needs a few thousand requests through this app before its code is optimised).
    for (const [name, server] of Object.entries(servers)) {
      for (let i = 0; i < WARM_UP_RUSHES; i += 1) {
        const { sessions, tokens } = await fixtures(databaseUrl, 1);
        const warm = await rush(
          server,
          CLIENTS[name === 'raw' ? 'raw' : 'graphql'](server),
          sessions,
          tokens,
        );
        const [check] = await verify(databaseUrl, sessions);
        if (warm.errors || !holds(check)) throw new Error(`${name} warm-up rush failed`);
      }
    }
    for (const count of COUNTS) {
      const names = Object.keys(servers);
      const order = ROUNDS[count] > 1 ? [...names, ...[...names].reverse()] : names;
      const runs = Object.fromEntries(names.map((n) => [n, []]));
      const checks = Object.fromEntries(names.map((n) => [n, []]));
      for (const name of order) {
        const server = servers[name];
        const { sessions, tokens } = await fixtures(databaseUrl, count);
        const send = CLIENTS[name === 'raw' ? 'raw' : 'graphql'](server);
        const measured = await rush(server, send, sessions, tokens);
        const sessionChecks = await verify(databaseUrl, sessions);
        const ok = measured.errors === 0 && sessionChecks.every((c) => holds(c));
        // The earlier build is measured, not judged: only this build and the raw endpoint must hold.
        if (name !== 'before') invariantsHold &&= ok;
        runs[name].push(measured);
        checks[name].push(...sessionChecks);
      }
      const merged = Object.fromEntries(names.map((n) => [n, merge(runs[n])]));
      const plural = count > 1 ? `${count} sessions` : '1 session';
      for (const name of names) results.push(row(`${label[name]}, ${plural}`, merged[name], checks[name]));
      const rate = (m) => m.requests / m.seconds;
      comparisons.push({
        sessions: count,
        ratio: rate(merged.graphql) / rate(merged.raw),
        p99: percentile(merged.graphql.latencies, 99),
        rawP99: percentile(merged.raw.latencies, 99),
        ...(merged.before && {
          beforeRatio: rate(merged.before) / rate(merged.raw),
          beforeP99: percentile(merged.before.latencies, 99),
        }),
      });
    }
  } finally {
    for (const server of Object.values(servers)) await server.stop();
  }
  // Negative control: the same rush with the guard switched off (bench-only switch, refused in production).
  const unsafe = await startApi({
    databaseUrl,
    env: { NODE_ENV: 'test', BENCH_UNSAFE_ENROLMENT: '1' },
  });
  let oversold = false;
  try {
    const { sessions, tokens } = await fixtures(databaseUrl, 1);
    const measured = await rush(unsafe, CLIENTS.graphql(unsafe), sessions, tokens);
    const checks = await verify(databaseUrl, sessions);
    oversold = checks[0].confirmed > CAPACITY;
    results.push(row('NO GUARD (negative control), 1 session', measured, checks));
  } finally {
    await unsafe.stop();
  }
  const one = comparisons.find((c) => c.sessions === 1);
  // The target (issue 8, item 20): GraphQL ≥ 50 % of the raw endpoint's throughput, p99 ≤ 2 s, one session.
  const targets = one ? one.ratio >= 0.5 && one.p99 <= 2000 : false;
  return { results, comparisons, invariantsHold, oversold, targets };
}
