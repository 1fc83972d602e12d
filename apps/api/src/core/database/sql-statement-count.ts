import { Client } from 'pg';

/**
 * Benchmarks only (BENCH_COUNT_SQL=1, refused in production by core/config/env.ts): the number of SQL
 * statements the app has sent, so the catalogue benchmark can measure statements per request from
 * outside (GET /api/bench/sql-count, wired in main.ts). DatabaseModule provides it only when the flag is
 * set, and then hands the pool `countingClient` as its `Client` (pg-pool's own option): the count comes
 * from the client class the pool was built with, not from patching pg at run time.
 */
export class SqlStatementCount {
  statements = 0;

  /** A pg Client class that adds one to this count for every statement it sends. */
  readonly countingClient: typeof Client = countInto(this);
}

function countInto(count: SqlStatementCount): typeof Client {
  return class CountingClient extends Client {
    override query(...args: unknown[]): never {
      count.statements += 1;
      return (super.query as (...a: unknown[]) => never)(...args);
    }
  };
}
