// npm run bench: builds nothing itself (the Nx target builds the API first), runs each benchmark on a
// fresh database, prints a table, writes tools/bench/results/, and exits non-zero if an invariant fails.
import { runCatalogue } from './catalogue.mjs';
import { createDatabase, postgresServer, table, writeResults } from './lib.mjs';
import { runRush } from './rush.mjs';

const server = await postgresServer();
let failed = false;
const sections = [];
const json = {};
try {
  const db = await createDatabase(server.serverUrl);
  try {
    process.stdout.write(
      'Rush: 2,000 learners into one 30-seat session, then into 10 sessions at once, then without the guard…\n',
    );
    const rush = await runRush({ databaseUrl: db.url, port: 3400 });
    const text = table(rush.results);
    process.stdout.write(
      `\n${text}\n\nInvariants (30 confirmed, 1,970 waitlisted at positions 1..1,970, no errors, no duplicates): ${rush.invariantsHold ? 'hold' : 'BROKEN'}\nNegative control oversold: ${rush.oversold ? 'yes (so the guard is what prevents it)' : 'NO'}\n`,
    );
    sections.push(
      `## Enrolment rush\n\n${text}\n\nInvariants: ${rush.invariantsHold ? 'hold' : 'BROKEN'}. Negative control oversold: ${rush.oversold ? 'yes' : 'no'}.\n`,
    );
    failed ||= !rush.invariantsHold || !rush.oversold;
    json.rush = rush;
  } finally {
    await db.drop();
  }
  const catalogueDb = await createDatabase(server.serverUrl);
  try {
    process.stdout.write('\nCatalogue: 10, 50 and 100 sessions, GraphQL next to raw pg + node:http…\n');
    const catalogue = await runCatalogue({ databaseUrl: catalogueDb.url, port: 3420 });
    const text = table(catalogue.rows);
    const verdict = `SQL statements per request: ${catalogue.statementCounts.join(', ')} (${catalogue.constant ? 'constant and ≤ 5' : 'NOT constant or > 5'}). Targets (GraphQL ≥ 50% of raw throughput, p99 ≤ 2× raw): ${catalogue.targets ? 'met' : 'NOT met'}.`;
    process.stdout.write(`\n${text}\n\n${verdict}\n`);
    sections.push(`## Catalogue\n\n${text}\n\n${verdict}\n`);
    failed ||= !catalogue.constant;
    json.catalogue = catalogue;
  } finally {
    await catalogueDb.drop();
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
