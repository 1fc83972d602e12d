// The baseline for the rush benchmark: plain pg + node:http doing the enrolment's database work exactly as
// the API does it — the one statement of apps/api/src/modules/enrolment/enrol.statement.ts (lock the
// session row, refuse a closed window, decide the seat and waitlist ticket, insert, counters, event),
// autocommit, as a named prepared statement on a pool of the API's size, at most two per session in flight
// as the API sends them (its SessionQueue) — with the least JS around it: the bearer token is verified
// (HS256, the API's secret) so that she enrols only herself, and that is all.
// What the API does on top (her session and roles read fresh, the course's visibility, questions and
// answers, childcare rules, GraphQL) is the overhead the benchmark measures.
import jwt from 'jsonwebtoken';
import { createSecretKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import { root } from './lib.mjs';

/** The API's statement, read from its source so that the two cannot drift apart. */
function enrolStatement() {
  const source = readFileSync(join(root, 'apps/api/src/modules/enrolment/enrol.statement.ts'), 'utf8');
  const match = /export const ENROL_STATEMENT = `([^`]+)`;/.exec(source);
  if (!match) throw new Error('ENROL_STATEMENT not found in enrol.statement.ts');
  return match[1];
}

const SQL = enrolStatement();
const key = createSecretKey(Buffer.from(process.env.JWT_SECRET));
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

// apps/api/src/modules/enrolment/session-queue.ts in plain JS: at most DEPTH statements per session at once.
const DEPTH = 2;
const sessions = new Map();
async function inQueue(sessionId, work) {
  let queue = sessions.get(sessionId);
  if (!queue) sessions.set(sessionId, (queue = { running: 0, waiting: [] }));
  if (queue.running < DEPTH) queue.running += 1;
  else await new Promise((go) => queue.waiting.push(go));
  try {
    return await work();
  } finally {
    const next = queue.waiting.shift();
    if (next) next();
    else if (--queue.running === 0) sessions.delete(sessionId);
  }
}

function reply(res, status, body) {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
  res.end(data);
}

async function enrol(req, res, body) {
  let userId;
  try {
    userId = jwt.verify(/^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '', key, {
      algorithms: ['HS256'],
    }).sub;
  } catch {
    return reply(res, 401, { error: 'UNAUTHENTICATED' });
  }
  const { sessionId } = JSON.parse(body);
  try {
    const { rows } = await inQueue(sessionId, () =>
      pool.query({ name: 'enrol', text: SQL, values: [sessionId, userId, false, [], '[]', 0, false] }),
    );
    const [row] = rows;
    if (!row) return reply(res, 404, { error: 'NOT_FOUND' });
    if (row.refusal) return reply(res, 409, { error: row.refusal });
    reply(res, 200, { data: { enrol: { id: row.id, status: row.status } } });
  } catch (error) {
    if (error.constraint === 'enrolments_one_active_per_learner')
      return reply(res, 409, { error: 'enrolment.alreadyEnrolled' });
    reply(res, 500, { error: String(error.message) });
  }
}

http
  .createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => void enrol(req, res, Buffer.concat(chunks).toString('utf8')));
  })
  .listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));

// Exit normally on SIGTERM so a --cpu-prof run (BENCH_PROFILE=1) writes its profile.
process.on('SIGTERM', () => process.exit(0));
