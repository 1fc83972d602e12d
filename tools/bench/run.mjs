// npm run bench: the Nx target builds the API first; each benchmark runs on a fresh database, prints a
// table, writes tools/bench/results/, and the run exits non-zero if an invariant fails.
// BENCH_ONLY=rush|catalogue|notifications|seat-pools runs one of them; BENCH_LEARNERS and BENCH_SECONDS shrink them for a quick look.
import { runCatalogue } from './catalogue.mjs';
import { createDatabase, postgresServer, table, writeResults } from './lib.mjs';
import { runNotifications } from './notifications.mjs';
import { runRush } from './rush.mjs';
import { runSeatPools } from './seat-pools.mjs';

const only = process.env.BENCH_ONLY;
const server = await postgresServer();
let failed = false;
const sections = [];
const json = {};

async function onFreshDatabase(work) {
  const db = await createDatabase(server.serverUrl);
  try {
    return await work(db.url);
  } finally {
    await db.drop();
  }
}

try {
  if (!only || only === 'rush') {
    process.stdout.write(
      'Rush: 2,000 learners into one 30-seat session, then into 10 sessions at once, GraphQL next to raw pg + node:http, then without the guard…\n',
    );
    const rush = await onFreshDatabase((databaseUrl) => runRush({ databaseUrl }));
    const text = table(rush.results);
    const ratios = rush.comparisons
      .map(
        (c) =>
          `${c.sessions === 1 ? '1 session' : `${c.sessions} sessions`}: GraphQL at ${(c.ratio * 100).toFixed(0)}% of raw throughput, ` +
          `p99 ${(c.p99 / 1000).toFixed(2)} s (raw ${(c.rawP99 / 1000).toFixed(2)} s)` +
          (c.beforeRatio === undefined
            ? ''
            : `, the earlier build at ${(c.beforeRatio * 100).toFixed(0)}% with p99 ${(c.beforeP99 / 1000).toFixed(2)} s`),
      )
      .join('; ');
    const verdict =
      `Invariants (30 confirmed, 1,970 waitlisted at positions 1..1,970, one event each, no errors, no duplicates): ${rush.invariantsHold ? 'hold' : 'BROKEN'}. ` +
      `Negative control oversold: ${rush.oversold ? 'yes, so the guard is what prevents it' : 'NO'}.\n` +
      `Ratio — ${ratios}. Target (1 session: GraphQL ≥ 50% of raw throughput, p99 ≤ 2 s): ${rush.targets ? 'met' : 'NOT met'}.`;
    process.stdout.write(`\n${text}\n\n${verdict}\n`);
    sections.push(`## Enrolment rush\n\n${text}\n\n${verdict}\n`);
    failed ||= !rush.invariantsHold || !rush.oversold;
    json.rush = rush;
  }
  if (!only || only === 'catalogue') {
    process.stdout.write('\nCatalogue: 10, 50 and 100 sessions, GraphQL next to raw pg + node:http…\n');
    const catalogue = await onFreshDatabase((databaseUrl) => runCatalogue({ databaseUrl }));
    const text = table(catalogue.rows);
    const verdict =
      `SQL statements per request: ${catalogue.statementCounts.join(', ')} (${catalogue.constant ? 'constant and ≤ 5' : 'NOT constant or > 5'}). ` +
      `Targets (GraphQL ≥ 50% of raw throughput, p99 ≤ 2× raw): ${catalogue.targets ? 'met' : 'NOT met'}.`;
    process.stdout.write(`\n${text}\n\n${verdict}\n`);
    sections.push(`## Catalogue\n\n${text}\n\n${verdict}\n`);
    failed ||= !catalogue.constant;
    json.catalogue = catalogue;
  }
  if (!only || only === 'notifications') {
    process.stdout.write(
      '\nNotifications: 10,000 events through the outbox, pg-boss and templates to a local SMTP server…\n',
    );
    const notifications = await runNotifications({ freshDatabase: onFreshDatabase });
    const text = table(notifications.results);
    const verdict = `Every notification delivered, each under its own message key, none lost: ${notifications.ok ? 'yes' : 'NO'}.`;
    process.stdout.write(`\n${text}\n\n${verdict}\n`);
    sections.push(`## Notifications\n\n${text}\n\n${verdict}\n`);
    failed ||= !notifications.ok;
    json.notifications = notifications;
  }
  if (!only || only === 'seat-pools') {
    process.stdout.write(
      '\nSeat pools: 200 nominations from 10 companies race for a 15-seat pool while 100 learners race for the same session, then without the pool guard…\n',
    );
    const pools = await onFreshDatabase((databaseUrl) => runSeatPools({ databaseUrl }));
    const text = table(pools.results);
    const verdict =
      `Invariants (exactly 15 accepted, confirmed never above the capacity of 40, learners get the 25 open seats, no errors but pool full / session full): ${pools.invariantsHold ? 'hold' : 'BROKEN'}. ` +
      `Negative control oversold: ${pools.oversold ? 'yes, so the guard is what prevents it' : 'NO'}.` +
      (pools.otherErrors.guarded.length
        ? `\nOther errors (guarded): ${pools.otherErrors.guarded.join('; ')}`
        : '');
    process.stdout.write(`\n${text}\n\n${verdict}\n`);
    sections.push(`## Seat pools\n\n${text}\n\n${verdict}\n`);
    failed ||= !pools.invariantsHold || !pools.oversold;
    json.seatPools = pools;
  }
  const file = writeResults(
    'bench',
    `# Tsunagu benchmarks (${new Date().toISOString()})\n\n${sections.join('\n')}`,
    json,
  );
  process.stdout.write(`\nResults written to ${file}\n`);
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
