import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Read queries on hot paths as named prepared statements, so PostgreSQL parses and plans each distinct
 * text once per connection instead of once per request (the catalogue benchmark shares two cores between
 * the API, PostgreSQL and the load). Names are handed out per distinct SQL text up to `MAX_STATEMENTS`;
 * texts beyond that run unnamed, so an unbounded variety of texts cannot grow the server's memory.
 *
 * This goes straight to TypeORM's pg pool because TypeORM's `query()` has no statement names. Use it only
 * outside a transaction, for reads or for a write that is one statement on its own (autocommit, such as
 * the enrolment in enrol.statement.ts); everything else goes through TypeORM.
 */
const MAX_STATEMENTS = 200;
const names = new Map<string, string>();

export async function preparedQuery<T>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  let name = names.get(text);
  if (!name && names.size < MAX_STATEMENTS) names.set(text, (name = `tsunagu_${names.size + 1}`));
  const pool = (dataSource.driver as PostgresDriver).master as {
    query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
  };
  const result = await pool.query({ name, text, values });
  return result.rows;
}
