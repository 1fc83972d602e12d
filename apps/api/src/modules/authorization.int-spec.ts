import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import {
  authzContext,
  send,
  type AuthorizationRows,
  type AuthzContext,
  type OperationRow,
} from '../../test/authorization/matrix';
import { codes, TestApp } from '../../test/harness';
import { Public } from '../core/auth/policy';
import { schemaRootOperations, unprotectedOperations } from '../core/auth/policy-audit';
import { DOMAINS } from './index';

/** A deliberately unprotected resolver: proves the audit and the guard catch a missing policy. */
@Resolver()
class UnprotectedFixtureResolver {
  @Query(() => String)
  unprotectedFixture(): string {
    return 'should never be returned';
  }
}

@Module({ providers: [UnprotectedFixtureResolver] })
class UnprotectedFixtureModule {}

/**
 * Every domain's rows, from `modules/<name>/<name>.authorization.ts` of each registered domain (so a new
 * domain's operations are checked without another list). A domain without the file fails here.
 */
const ROWS: { domain: string; rows: AuthorizationRows }[] = DOMAINS.map((domain) => ({
  domain: domain.name,
  rows: (require(`./${domain.name}/${domain.name}.authorization`) as { AUTHORIZATION: AuthorizationRows })
    .AUTHORIZATION,
}));

const OPERATIONS: [string, OperationRow][] = ROWS.flatMap(({ rows }) => Object.entries(rows.operations));
const FIELDS: [string, OperationRow][] = ROWS.flatMap(({ rows }) => Object.entries(rows.fields ?? {}));

const casesOf = (rows: [string, OperationRow][]) =>
  rows.flatMap(([name, row]) => row.cases.map((c) => ({ name, row, ...c })));

describe('authorization', () => {
  let ctx: AuthzContext;

  beforeAll(async () => {
    // LINE configured (against an address nothing listens on: no row calls LINE), so that issuing a
    // LINE link code is allowed rather than refused as not set up.
    ctx = await authzContext(
      await TestApp.create({
        env: {
          LINE_CHANNEL_SECRET: 'authorization-matrix',
          LINE_CHANNEL_ACCESS_TOKEN: 'authorization-matrix',
          LINE_API_BASE: 'http://127.0.0.1:9',
        },
      }),
    );
  });

  afterAll(() => ctx.app.close());

  it('declares a policy on every operation, field resolver and route of the app', () => {
    expect(unprotectedOperations(ctx.app.app)).toEqual([]);
  });

  it('has an authorization matrix row for every root operation in the schema, in one module only', () => {
    const names = OPERATIONS.map(([name]) => name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    expect([...names].sort()).toEqual(schemaRootOperations(ctx.app.app).sort());
    for (const [name, row] of OPERATIONS) {
      expect({ name, allowed: row.cases.some((c) => c.expect === 'ok') }).toEqual({ name, allowed: true });
      if (!row.public) {
        expect({ name, refused: row.cases.some((c) => c.expect !== 'ok') }).toEqual({ name, refused: true });
      }
    }
  });

  it.each(casesOf(OPERATIONS))('$name as $as ($why) → $expect', async ({ row, ...c }) => {
    const result = await send(ctx, row, c);
    if (c.expect === 'ok') {
      expect(result.errors).toBeUndefined();
      expect(result.data).not.toBeNull();
    } else {
      expect(codes(result)).toContain(c.expect);
    }
  });

  it.each(casesOf(FIELDS))('field $name as $as ($why) → $expect', async ({ row, ...c }) => {
    const result = await send(ctx, row, c);
    if (c.expect === 'ok') expect(result.errors).toBeUndefined();
    else expect(codes(result)).toContain(c.expect);
  });

  describe('with a deliberately unprotected resolver', () => {
    let withFixture: TestApp;
    beforeAll(async () => {
      withFixture = await TestApp.create({ imports: [UnprotectedFixtureModule] });
    });
    afterAll(() => withFixture.close());

    it('the audit reports it', () => {
      expect(unprotectedOperations(withFixture.app)).toEqual(['Query.unprotectedFixture']);
    });

    it('the guard refuses to run it, even for an admin', async () => {
      const result = await withFixture.gql('{ unprotectedFixture }', {}, { token: ctx.users.admin.token });
      expect(codes(result)).toEqual(['FORBIDDEN']);
      expect(result.data).toBeNull();
    });

    it('and Public is what would open it', () => {
      expect(Public.public).toBe(true);
    });
  });
});
