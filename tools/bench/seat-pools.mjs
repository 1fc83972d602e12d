// The seat-pool race (issue 11 part 4): a company offers 15 seats of its 40-seat session to the 10 other
// companies of its company group; 200 nominations (20 employees per company, each nominated by her
// company's admin and accepting at once if nominated) race for the pool while 100 learners race for the
// same session's 25 open seats. Checked: exactly 15 nominations accepted, the session's confirmed seats
// never above its capacity (sampled during the race too), learners get exactly the 25 open seats, and no
// error other than "pool full" (a learner past the open seats is waitlisted: "session full"). Then the same
// race with the pool's guard switched off (BENCH_UNSAFE_SEAT_POOL=1, refused in production): it oversells.
import jwt from 'jsonwebtoken';
import { createSecretKey } from 'node:crypto';
import pg from 'pg';
import { JWT_SECRET, percentile, post, startApi } from './lib.mjs';

const COMPANIES = 10;
const EMPLOYEES_PER_COMPANY = 20;
const LEARNERS = 100;
const POOL_SEATS = 15;
const CAPACITY = 40;
const POOL_FULL = 'This seat pool is full (nominated seats included).';
const KEY = createSecretKey(Buffer.from(JWT_SECRET));

const OFFER = `mutation($i: OfferSeatPoolInput!) { offerSeatPool(input: $i) { id } }`;
const NOMINATE = `mutation($i: NominateForSeatInput!) { nominateForSeat(input: $i) { id } }`;
const ACCEPT = `mutation($i: AcceptNominationInput!) { acceptNomination(input: $i) { id status } }`;
const ENROL = 'mutation($s: ID!) { enrol(input: { sessionId: $s }) { id status } }';

let run = 0;

async function fixtures(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const tag = `${Date.now()}-${(run += 1)}`;
  const one = async (sql, params) => (await db.query(sql, params)).rows[0];
  try {
    const city = (
      await one(
        `INSERT INTO organisations (name, kind, prefecture) VALUES ('ベンチ市', 'city', '茨城県') RETURNING id`,
      )
    ).id;
    const company = async (name, i) => {
      const id = (
        await one(
          `INSERT INTO organisations (name, kind, prefecture) VALUES ($1, 'partner_company', '茨城県') RETURNING id`,
          [name],
        )
      ).id;
      await db.query(
        `INSERT INTO company_profiles (organisation_id, name_kana, corporate_number, industry, size_band, status, secretariat_organisation_id)
         VALUES ($1, 'ベンチ', $2, 'E', '30_99', 'approved', $3)`,
        [id, `8${String(run * 1000 + i).padStart(12, '0')}`, city],
      );
      return id;
    };
    const offering = await company('提供企業', 0);
    const companies = [];
    for (let i = 1; i <= COMPANIES; i += 1) companies.push(await company(`参加企業${i}`, i));
    const group = (
      await one(
        `INSERT INTO groups (name, kind, owner_organisation_id) VALUES ('ベンチ企業グループ', 'company_group', $1) RETURNING id`,
        [city],
      )
    ).id;
    await db.query(
      `INSERT INTO group_members (group_id, organisation_id, status, joined_at) SELECT $1, unnest($2::uuid[]), 'member', now()`,
      [group, [offering, ...companies]],
    );
    const course = (
      await one(
        `INSERT INTO courses (provider_organisation_id, title, category, visibility, status, published_at)
         VALUES ($1, '管理職準備講座（負荷試験）', 'leadership', 'public', 'published', now()) RETURNING id`,
        [offering],
      )
    ).id;
    const session = (
      await one(
        `INSERT INTO sessions (course_id, title, capacity, registration_opens_at, registration_closes_at, cancellation_deadline)
         VALUES ($1, '第1期', $2, now() - interval '1 day', now() + interval '7 days', now() + interval '8 days') RETURNING id`,
        [course, CAPACITY],
      )
    ).id;
    await db.query(
      `INSERT INTO session_meetings (session_id, starts_at, ends_at) VALUES ($1, now() + interval '10 days', now() + interval '10 days 2 hours')`,
      [session],
    );
    const users = async (prefix, n) =>
      (
        await db.query(
          `INSERT INTO users (email, password_hash, family_name, given_name, family_name_kana, given_name_kana)
           SELECT $1::text || '-' || $2::text || '-' || g || '@bench.tsunagu.jp', 'not-a-password', '試験', '者' || g, 'シケン', 'シャ'
             FROM generate_series(1, $3) g RETURNING id`,
          [prefix, tag, n],
        )
      ).rows.map((r) => r.id);
    const [offeringAdmin] = await users('offer-admin', 1);
    const admins = await users('company-admin', COMPANIES);
    await db.query(
      `INSERT INTO memberships (user_id, organisation_id, role)
       SELECT unnest($1::uuid[]), unnest($2::uuid[]), 'company_admin'`,
      [
        [offeringAdmin, ...admins],
        [offering, ...companies],
      ],
    );
    const employees = [];
    for (const [i, organisationId] of companies.entries()) {
      const ids = await users(`employee-${i}`, EMPLOYEES_PER_COMPANY);
      await db.query(
        `INSERT INTO company_employments (organisation_id, user_id, status, confirmed_at) SELECT $1, unnest($2::uuid[]), 'active', now()`,
        [organisationId, ids],
      );
      await db.query(
        `INSERT INTO company_participation_consents (organisation_id, user_id, allows_nomination) SELECT $1, unnest($2::uuid[]), true`,
        [organisationId, ids],
      );
      employees.push(...ids.map((userId) => ({ userId, organisationId, admin: admins[i] })));
    }
    const learners = await users('learner', LEARNERS);
    const everyone = [offeringAdmin, ...admins, ...employees.map((e) => e.userId), ...learners];
    const sessions = (
      await db.query(`INSERT INTO auth_sessions (user_id) SELECT unnest($1::uuid[]) RETURNING id, user_id`, [
        everyone,
      ])
    ).rows;
    // Tokens minted as the API would after sign-in: the race measures seat pools, not argon2.
    const token = new Map(
      sessions.map((s) => [
        s.user_id,
        jwt.sign({ sid: s.id, typ: 'access' }, KEY, {
          subject: s.user_id,
          algorithm: 'HS256',
          expiresIn: 3600,
        }),
      ]),
    );
    return { session, offeringAdmin, employees, learners, token };
  } finally {
    await db.end();
  }
}

function gql(server, token, query, variables) {
  return post(
    `${server.url}/graphql`,
    { query, variables },
    { authorization: `Bearer ${token}`, 'accept-language': 'en' },
  );
}

const errorOf = (response) => {
  if (response.status !== 200 && !response.body.startsWith('{')) return `HTTP ${response.status}`;
  const body = JSON.parse(response.body);
  return body.errors ? body.errors[0].message : null;
};

async function counts(db, session) {
  return (
    await db.query(
      `SELECT ss.capacity, ss.confirmed_count, ss.held_count,
              (SELECT count(*)::int FROM enrolments e WHERE e.session_id = ss.session_id AND e.status = 'confirmed') AS confirmed_rows,
              (SELECT count(*)::int FROM seat_pool_nominations n JOIN seat_pools p ON p.id = n.pool_id
                WHERE p.session_id = ss.session_id AND n.status = 'accepted') AS accepted,
              (SELECT count(*)::int FROM seat_pool_nominations n JOIN seat_pools p ON p.id = n.pool_id
                WHERE p.session_id = ss.session_id AND n.status IN ('nominated', 'accepted')) AS live,
              (SELECT p.accepted_count FROM seat_pools p WHERE p.session_id = ss.session_id) AS pool_accepted
         FROM session_seats ss WHERE ss.session_id = $1`,
      [session],
    )
  ).rows[0];
}

/** One race on fresh fixtures: offer, then the 200 nominate-and-accept chains and 100 enrolments at once. */
async function race(server, databaseUrl) {
  const f = await fixtures(databaseUrl);
  const offered = await gql(server, f.token.get(f.offeringAdmin), OFFER, {
    i: {
      sessionId: f.session,
      seats: POOL_SEATS,
      allocation: 'first_come',
      closesAt: new Date(Date.now() + 24 * 3600 * 1000).toISOString(),
    },
  });
  const offerError = errorOf(offered);
  if (offerError) throw new Error(`offerSeatPool failed: ${offerError}`);
  const poolId = JSON.parse(offered.body).data.offerSeatPool.id;
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const outcome = { poolFull: 0, sessionFull: 0, other: [], latencies: [], maxConfirmedRows: 0 };
  let racing = true;
  // Sampled while the race runs: the session's confirmed rows against its capacity.
  const sampler = (async () => {
    while (racing) {
      const c = await counts(db, f.session);
      outcome.maxConfirmedRows = Math.max(outcome.maxConfirmedRows, c.confirmed_rows);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const started = process.hrtime.bigint();
  const chains = f.employees.map(async (e) => {
    const nominated = await gql(server, f.token.get(e.admin), NOMINATE, {
      i: { poolId, organisationId: e.organisationId, userId: e.userId },
    });
    outcome.latencies.push(nominated.ms);
    const refused = errorOf(nominated);
    if (refused === POOL_FULL) return (outcome.poolFull += 1);
    if (refused) return outcome.other.push(`nominate: ${refused}`);
    const nominationId = JSON.parse(nominated.body).data.nominateForSeat.id;
    const accepted = await gql(server, f.token.get(e.userId), ACCEPT, { i: { nominationId } });
    outcome.latencies.push(accepted.ms);
    const failed = errorOf(accepted);
    if (failed) outcome.other.push(`accept: ${failed}`);
    return undefined;
  });
  const enrolments = f.learners.map(async (userId) => {
    const enrolled = await gql(server, f.token.get(userId), ENROL, { s: f.session });
    outcome.latencies.push(enrolled.ms);
    const failed = errorOf(enrolled);
    if (failed) return outcome.other.push(`enrol: ${failed}`);
    if (JSON.parse(enrolled.body).data.enrol.status === 'waitlisted') outcome.sessionFull += 1;
    return undefined;
  });
  await Promise.all([...chains, ...enrolments]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  racing = false;
  await sampler;
  const final = await counts(db, f.session);
  await db.end();
  outcome.maxConfirmedRows = Math.max(outcome.maxConfirmedRows, final.confirmed_rows);
  return { ...outcome, final, seconds, requests: outcome.latencies.length };
}

function row(scenario, r) {
  const learnersConfirmed = LEARNERS - r.sessionFull - r.other.filter((o) => o.startsWith('enrol')).length;
  return {
    scenario,
    requests: r.requests,
    'accepted (of 15)': r.final.accepted,
    'pool full': r.poolFull,
    'learners confirmed (25 open)': learnersConfirmed,
    'session full (waitlisted)': r.sessionFull,
    'other errors': r.other.length,
    'max confirmed (capacity 40)': r.maxConfirmedRows,
    'held left': r.final.held_count,
    seconds: r.seconds.toFixed(2),
    'p50 ms': percentile(r.latencies, 50).toFixed(1),
    'p99 ms': percentile(r.latencies, 99).toFixed(1),
  };
}

export async function runSeatPools({ databaseUrl }) {
  const results = [];
  const guarded = await startApi({ databaseUrl });
  let guard;
  try {
    guard = await race(guarded, databaseUrl);
    results.push(row('guarded', guard));
  } finally {
    await guarded.stop();
  }
  const unsafe = await startApi({ databaseUrl, env: { NODE_ENV: 'test', BENCH_UNSAFE_SEAT_POOL: '1' } });
  let control;
  try {
    control = await race(unsafe, databaseUrl);
    results.push(row('NO POOL GUARD (negative control)', control));
  } finally {
    await unsafe.stop();
  }
  const invariantsHold =
    guard.final.accepted === POOL_SEATS &&
    guard.final.pool_accepted === POOL_SEATS &&
    guard.final.live === POOL_SEATS &&
    guard.maxConfirmedRows <= CAPACITY &&
    guard.final.confirmed_rows === CAPACITY &&
    guard.final.confirmed_count === guard.final.confirmed_rows &&
    guard.final.held_count === 0 &&
    guard.sessionFull === LEARNERS - (CAPACITY - POOL_SEATS) &&
    guard.poolFull === COMPANIES * EMPLOYEES_PER_COMPANY - POOL_SEATS &&
    guard.other.length === 0;
  const oversold = control.final.accepted > POOL_SEATS;
  return {
    results,
    invariantsHold,
    oversold,
    otherErrors: { guarded: guard.other.slice(0, 5), control: control.other.slice(0, 5) },
  };
}
