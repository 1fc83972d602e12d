// The public catalogue query at 10, 50 and 100 sessions: SQL statements per request (must be the same for
// all sizes and at most 5) and throughput/latency next to a raw pg + node:http server with the same data.
import pg from 'pg';
import { get, percentile, post, startApi, startRaw } from './lib.mjs';

// BENCH_SIZES=100 measures one size only (for profiling); the benchmark's verdict needs all three.
const SIZES = (process.env.BENCH_SIZES ?? '10,50,100').split(',').map(Number);
const CONCURRENCY = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = 4;
const QUERY = `query($n: Int) { catalogue(filter: { limit: $n }) { totalCount items { firstMeetingAt seatsLeft childcareSeatsLeft
  session { id title venueName capacity } course { id title category } provider { id name } } } }`;

async function fixtures(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const orgs = (
      await db.query(
        `INSERT INTO organisations (name, kind, prefecture) SELECT '提供団体' || g, 'city', '茨城県' FROM generate_series(1, 10) g RETURNING id`,
      )
    ).rows.map((r) => r.id);
    const courses = (
      await db.query(
        `INSERT INTO courses (provider_organisation_id, title, summary, category, visibility, status, published_at)
         SELECT ($1::uuid[])[1 + g % 10], '講座' || g, '概要', 'leadership', 'public', 'published', now()
           FROM generate_series(1, 50) g RETURNING id`,
        [orgs],
      )
    ).rows.map((r) => r.id);
    const sessions = (
      await db.query(
        `INSERT INTO sessions (course_id, title, venue_name, capacity, childcare_capacity, registration_opens_at, registration_closes_at, cancellation_deadline)
         SELECT ($1::uuid[])[1 + g % 50], '第' || g || '期', '小美玉市四季文化館', 30, 5, now() - interval '1 day', now() + interval '7 days', now() + interval '8 days'
           FROM generate_series(1, 100) g RETURNING id`,
        [courses],
      )
    ).rows.map((r) => r.id);
    await db.query(
      `INSERT INTO session_meetings (session_id, starts_at, ends_at)
       SELECT s, now() + (i || ' days')::interval + (k * 7 || ' days')::interval, now() + (i || ' days')::interval + (k * 7 || ' days')::interval + interval '2 hours'
         FROM unnest($1::uuid[]) WITH ORDINALITY AS t(s, i), generate_series(0, 1) k`,
      [sessions],
    );
  } finally {
    await db.end();
  }
}

/** A closed loop: CONCURRENCY workers send requests back to back for `seconds`. */
async function load(send, seconds) {
  const latencies = [];
  const deadline = Date.now() + seconds * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        const r = await send();
        if (r.status !== 200) errors += 1;
        latencies.push(r.ms);
      }
    }),
  );
  return { latencies, errors };
}

/**
 * GraphQL and raw are measured in alternating rounds (ROUNDS of each, SECONDS in all per server), so a
 * slow patch of this shared machine falls on both rather than on whichever ran at the time.
 */
async function compare(graphql, raw) {
  const slice = SECONDS / ROUNDS;
  const g = { latencies: [], errors: 0 };
  const r = { latencies: [], errors: 0 };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [send, into] of [
      [graphql, g],
      [raw, r],
    ]) {
      const result = await load(send, slice);
      into.latencies.push(...result.latencies);
      into.errors += result.errors;
    }
  }
  const summary = ({ latencies, errors }) => ({
    throughput: latencies.length / SECONDS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
  });
  return { g: summary(g), r: summary(r) };
}

export async function runCatalogue({ databaseUrl }) {
  // The API migrates the fresh database on start, so it starts before the fixtures are written.
  const api = await startApi({
    databaseUrl,
    nodeArgs: process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=tmp/prof'] : [],
  });
  // Statements are counted by a second API on the same database: BENCH_COUNT_SQL is refused in
  // production, and the measured API runs as deployed.
  const counter = await startApi({ databaseUrl, env: { NODE_ENV: 'test', BENCH_COUNT_SQL: '1' } });
  await fixtures(databaseUrl);
  const raw = await startRaw('raw-catalogue-server.mjs', { databaseUrl });
  const rows = [];
  const statementCounts = [];
  try {
    for (const n of SIZES) {
      const send = (url) => () => post(`${url}/graphql`, { query: QUERY, variables: { n } });
      const graphql = send(api.url);
      const check = JSON.parse((await graphql()).body);
      if (check.errors || check.data.catalogue.items.length !== n)
        throw new Error(`catalogue(${n}) answered ${JSON.stringify(check).slice(0, 300)}`);
      const counted = send(counter.url);
      await counted();
      const before = JSON.parse((await get(`${counter.url}/api/bench/sql-count`)).body).statements;
      await counted();
      const after = JSON.parse((await get(`${counter.url}/api/bench/sql-count`)).body).statements;
      statementCounts.push(after - before);
      // Warm both servers, then measure them in alternating rounds in this same run.
      const rawSend = () => get(`${raw.url}/catalogue?limit=${n}`);
      await load(graphql, 2);
      await load(rawSend, 2);
      const { g, r } = await compare(graphql, rawSend);
      rows.push({
        sessions: n,
        'SQL/request': after - before,
        'GraphQL req/s': g.throughput.toFixed(0),
        'raw req/s': r.throughput.toFixed(0),
        'throughput ratio': `${((g.throughput / r.throughput) * 100).toFixed(0)}%`,
        'GraphQL p50/p99 ms': `${g.p50.toFixed(1)} / ${g.p99.toFixed(1)}`,
        'raw p50/p99 ms': `${r.p50.toFixed(1)} / ${r.p99.toFixed(1)}`,
        'p99 ratio': `${(g.p99 / r.p99).toFixed(2)}x`,
        errors: g.errors + r.errors,
        _ratio: g.throughput / r.throughput,
        _p99: g.p99 / r.p99,
      });
    }
  } finally {
    await api.stop();
    await counter.stop();
    await raw.stop();
  }
  const constant = statementCounts.every((c) => c === statementCounts[0]) && statementCounts[0] <= 5;
  const targets = rows.every((r) => r._ratio >= 0.5 && r._p99 <= 2);
  return { rows: rows.map(({ _ratio, _p99, ...rest }) => rest), constant, targets, statementCounts };
}
