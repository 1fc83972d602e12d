// The enrolment rush: 2,000 distinct learners enrol at once, over HTTP GraphQL, in one 30-seat session;
// then the same rush over 10 such sessions at once; then a negative control with the seat guard off.
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { JWT_SECRET, percentile, post, startApi } from './lib.mjs';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 2000);
const CAPACITY = 30;
const ENROL = 'mutation($s: ID!) { enrol(input: { sessionId: $s }) { id status } }';

async function fixtures(databaseUrl, sessionCount) {
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
    const tag = Date.now();
    const users = (
      await db.query(
        `INSERT INTO users (email, password_hash, family_name, given_name, family_name_kana, given_name_kana)
         SELECT 'rush-' || $1::text || '-' || g || '@bench.tsunagu.jp', 'not-a-password', '受講', '者' || g, 'ジュコウ', 'シャ'
           FROM generate_series(1, $2) g RETURNING id`,
        [String(tag), LEARNERS],
      )
    ).rows.map((r) => r.id);
    const authSessions = (
      await db.query(`INSERT INTO auth_sessions (user_id) SELECT unnest($1::uuid[]) RETURNING id, user_id`, [
        users,
      ])
    ).rows;
    // Tokens minted as the API would after sign-in; the rush measures enrolment, not argon2.
    const tokens = authSessions.map((s) =>
      jwt.sign({ sid: s.id, typ: 'access' }, JWT_SECRET, {
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

async function rush(api, sessions, tokens) {
  const started = process.hrtime.bigint();
  const requests = sessions.flatMap((s) => tokens.map((token) => ({ s, token })));
  const responses = await Promise.all(
    requests.map(({ s, token }) =>
      post(`${api.url}/graphql`, { query: ENROL, variables: { s } }, { authorization: `Bearer ${token}` }),
    ),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const errors = responses.filter((r) => r.status !== 200 || JSON.parse(r.body).errors).length;
  const latencies = responses.map((r) => r.ms);
  return {
    requests: requests.length,
    seconds,
    errors,
    throughput: requests.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function verify(databaseUrl, sessions) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const rows = (
      await db.query(
        `SELECT s.id, s.confirmed_count,
                count(*) FILTER (WHERE e.status = 'confirmed')::int AS confirmed,
                count(*) FILTER (WHERE e.status = 'waitlisted')::int AS waitlisted,
                count(DISTINCT e.waitlist_position)::int AS distinct_positions,
                min(e.waitlist_position) AS min_position, max(e.waitlist_position) AS max_position,
                (count(*) - count(DISTINCT e.user_id))::int AS duplicates
           FROM sessions s LEFT JOIN enrolments e ON e.session_id = s.id
          WHERE s.id = ANY($1::uuid[]) GROUP BY s.id`,
        [sessions],
      )
    ).rows;
    return rows;
  } finally {
    await db.end();
  }
}

export async function runRush({ databaseUrl, port }) {
  const results = [];
  const api = await startApi({ databaseUrl, port });
  let invariantsHold = true;
  try {
    for (const count of [1, 10]) {
      const { sessions, tokens } = await fixtures(databaseUrl, count);
      const measured = await rush(api, sessions, tokens);
      const checks = await verify(databaseUrl, sessions);
      const ok = checks.every(
        (c) =>
          c.confirmed === CAPACITY &&
          c.confirmed_count === CAPACITY &&
          c.waitlisted === LEARNERS - CAPACITY &&
          c.distinct_positions === LEARNERS - CAPACITY &&
          Number(c.min_position) === 1 &&
          Number(c.max_position) === LEARNERS - CAPACITY &&
          c.duplicates === 0,
      );
      invariantsHold &&= ok && measured.errors === 0;
      results.push({
        scenario: `guarded, ${count} session${count > 1 ? 's' : ''}`,
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
        'req/s': measured.throughput.toFixed(0),
        'p50 ms': measured.p50.toFixed(1),
        'p99 ms': measured.p99.toFixed(1),
      });
    }
  } finally {
    await api.stop();
  }
  // Negative control: the same rush with the guard switched off (bench-only switch, refused in production).
  const unsafe = await startApi({
    databaseUrl,
    port: port + 1,
    env: { NODE_ENV: 'test', BENCH_UNSAFE_ENROLMENT: '1' },
  });
  let oversold = false;
  try {
    const { sessions, tokens } = await fixtures(databaseUrl, 1);
    const measured = await rush(unsafe, sessions, tokens);
    const [check] = await verify(databaseUrl, sessions);
    oversold = check.confirmed > CAPACITY;
    results.push({
      scenario: 'NO GUARD (negative control), 1 session',
      requests: measured.requests,
      errors: measured.errors,
      'confirmed/session': String(check.confirmed),
      'waitlisted/session': String(check.waitlisted),
      'positions 1..n once': check.distinct_positions === check.waitlisted ? 'yes' : 'NO',
      duplicates: check.duplicates,
      'req/s': measured.throughput.toFixed(0),
      'p50 ms': measured.p50.toFixed(1),
      'p99 ms': measured.p99.toFixed(1),
    });
  } finally {
    await unsafe.stop();
  }
  return { results, invariantsHold, oversold };
}
