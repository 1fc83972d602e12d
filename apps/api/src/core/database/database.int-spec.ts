import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestApp } from '../../../test/harness';
import { loadEnv } from '../config/env';
import { DatabaseUnavailableError, resolveDatabase } from './prepare-database';

describe('database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.create();
  });
  afterAll(() => app.close());

  it('has migrations that match the entities exactly (nothing left to generate)', async () => {
    const pending = await app.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('never synchronizes the schema from entities', () => {
    expect(app.dataSource.options.synchronize).toBe(false);
  });

  it('enforces enums and uniqueness in the database itself', async () => {
    await expect(
      app.dataSource.query(`INSERT INTO organisations (name, kind) VALUES ('x', 'not_a_kind')`),
    ).rejects.toThrow(/organisations_kind_check/);
    const user = await app.user();
    await expect(
      app.dataSource.query(`UPDATE users SET preferred_locale = 'fr' WHERE id = $1`, [user.id]),
    ).rejects.toThrow(/users_locale_check/);
  });

  it('names DATABASE_URL when the server cannot be reached', async () => {
    const env = loadEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere' });
    const attempt = resolveDatabase(env, () => undefined);
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(/DATABASE_URL \(127\.0\.0\.1:1\/nowhere\)/);
  });

  it('serves exactly the committed GraphQL schema (libs/shared/graphql-schema)', () => {
    const committed = readFileSync(
      join(__dirname, '../../../../../libs/shared/graphql-schema/schema.graphql'),
      'utf8',
    );
    const served = printSchema(app.app.get(GraphQLSchemaHost).schema);
    expect(committed).toContain(served);
  });
});
