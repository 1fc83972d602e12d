import pg from 'pg';

/**
 * The run's own database (named in playwright.config.ts, created by support/serve.mjs), for what a
 * browser cannot do in a test's time: letting a deadline pass. Use it only to move time, never to set up
 * what a user could set up through the app.
 */
function databaseUrl(): string {
  const name = process.env['TSUNAGU_E2E_DATABASE'];
  if (!name) throw new Error('TSUNAGU_E2E_DATABASE is unset (playwright.config.ts sets it)');
  const admin = process.env['DATABASE_URL'];
  if (admin) {
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return url.toString();
  }
  // The embedded server (core/database/embedded-postgres.ts): its own user, password and database.
  return `postgres://postgres:postgres@127.0.0.1:${process.env['TSUNAGU_E2E_PG_PORT']}/tsunagu`;
}

export async function sql(text: string, params: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(text, params);
  } finally {
    await client.end();
  }
}

/** Rows of a read (for what the app keeps out of sight on purpose, such as which token a mail carried). */
export async function rows<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Her registration deadline passes (as it would, a few weeks later). */
export function closeRegistration(sessionId: string): Promise<void> {
  return sql(`UPDATE sessions SET registration_closes_at = now() - interval '1 minute' WHERE id = $1`, [
    sessionId,
  ]);
}
