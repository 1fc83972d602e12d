import { GraphQLSchemaHost } from '@nestjs/graphql';
import { parse, typeFromAST, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { sampleValue } from '../../../test/graphql-values';
import { codes, TestApp, type GqlResult } from '../../../test/harness';
import { depthOf, tokenCount, webOperations } from '../../../test/web-operations';
import { CATALOGUE_PAGE_MAX } from '../../modules/catalogue';
import { requestCost } from './cost';
import { REQUEST_LIMITS } from './limits';

const { depth: DEPTH, aliases: ALIASES, cost: COST, tokens: TOKENS } = REQUEST_LIMITS;

describe('Request limits (depth, aliases, cost, tokens, password checks)', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    app = await TestApp.create();
    schema = app.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => app.close());

  const refusedAs = (result: GqlResult, code: string, message: RegExp) => {
    expect(result.data).toBeNull();
    expect(codes(result)).toContain(code);
    expect(result.errors?.map((e) => e.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(message)]),
    );
  };

  it('leaves the web app’s every operation well inside every limit (cost under half)', () => {
    const operations = webOperations();
    expect(operations.length).toBeGreaterThan(30);
    const figures = operations.map((op) => {
      const variables = Object.fromEntries(
        (op.operation.variableDefinitions ?? []).map((d) => [
          d.variable.name.value,
          sampleValue(typeFromAST(schema, d.type as never) as GraphQLInputType, d.variable.name.value, {
            // Pages at their largest.
            int: (path) => (path.endsWith('.limit') ? CATALOGUE_PAGE_MAX : undefined),
          }),
        ]),
      );
      return {
        name: op.name,
        cost: requestCost(schema, op.document, variables, op.name),
        depth: depthOf(op.document),
        tokens: tokenCount(op.text),
      };
    });
    const max = (key: 'cost' | 'depth' | 'tokens') => Math.max(...figures.map((f) => f[key]));
    expect(max('cost')).toBeLessThan(COST / 2);
    expect(max('depth')).toBeLessThanOrEqual(DEPTH - 2);
    expect(max('tokens')).toBeLessThan(TOKENS / 2);
  });

  describe('depth', () => {
    // __type … ofType chains are single objects: deep and cheap.
    const nested = (depth: number) =>
      `{ __type(name: "Query") { ${'ofType { '.repeat(depth - 2)}name${' }'.repeat(depth - 2)} } }`;

    it(`accepts ${DEPTH} levels and refuses ${DEPTH + 1}, localized`, async () => {
      const atLimit = await app.gql(nested(DEPTH));
      expect(atLimit.errors).toBeUndefined();
      refusedAs(
        await app.gql(nested(DEPTH + 1), {}, { locale: 'en' }),
        'QUERY_TOO_COMPLEX',
        /^The request is nested too deeply \(at most 10 levels\)\.$/,
      );
      refusedAs(await app.gql(nested(DEPTH + 1)), 'QUERY_TOO_COMPLEX', /入れ子が深すぎます（10段まで）/);
    });

    it('counts levels inside fragments', async () => {
      const query = `{ __type(name: "Query") { ...F } } fragment F on __Type { ${'ofType { '.repeat(DEPTH - 1)}name${' }'.repeat(DEPTH - 1)} }`;
      expect(depthOf(parse(query))).toBe(DEPTH + 1);
      refusedAs(await app.gql(query), 'QUERY_TOO_COMPLEX', /入れ子が深すぎます/);
    });
  });

  describe('aliases', () => {
    const aliased = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: catalogue(filter: { limit: 1 }) { totalCount }`).join(' ')} }`;

    it(`accepts ${ALIASES} aliased fields and refuses ${ALIASES + 1}, localized`, async () => {
      const atLimit = await app.gql(aliased(ALIASES));
      expect(atLimit.errors).toBeUndefined();
      refusedAs(
        await app.gql(aliased(ALIASES + 1), {}, { locale: 'en' }),
        'QUERY_TOO_COMPLEX',
        /^The request uses too many aliases \(at most 10\)\.$/,
      );
    });
  });

  describe('cost', () => {
    // A page of 100 items of k + 1 fields costs 1 + 100 × (k + 1); an aliased page of `limit` totalCounts
    // 1 + limit: together any figure, in few tokens.
    const costing = (target: number) => {
      let k = Math.floor((target - 1) / 100) - 1;
      let rest = (target - 1) % 100;
      if (rest === 1) {
        k -= 1;
        rest += 100;
      }
      const page = `catalogue(filter: { limit: 100 }) { items { ${'seatsLeft '.repeat(k)}} }`;
      const extra = rest >= 2 ? `b: catalogue(filter: { limit: ${rest - 1} }) { totalCount }` : '';
      const query = `{ ${page} ${extra} }`;
      expect(requestCost(schema, parse(query), {})).toBe(target);
      return query;
    };

    it(`accepts a request costing ${COST} and refuses one costing ${COST + 1}, localized`, async () => {
      const atLimit = await app.gql(costing(COST));
      expect(atLimit.errors).toBeUndefined();
      const over = await app.gql(costing(COST + 1), {}, { locale: 'en' });
      refusedAs(
        over,
        'QUERY_TOO_COMPLEX',
        /^The request asks for too much \(estimated cost 10001, at most 10000\)/,
      );
      expect(over.status).toBe(400);
    });

    it('counts a page with its limit from the variables', async () => {
      const query = `query($n: Int) { catalogue(filter: { limit: $n }) { items { ${'seatsLeft '.repeat(101)}} } }`;
      expect(requestCost(schema, parse(query), { n: 10 })).toBe(1 + 10 * 102);
      expect((await app.gql(query, { n: 10 })).errors).toBeUndefined();
      expect(requestCost(schema, parse(query), { n: 100 })).toBe(1 + 100 * 102);
      refusedAs(await app.gql(query, { n: 100 }), 'QUERY_TOO_COMPLEX', /推定コスト10201、上限10000/);
    });

    it('refuses the nested course → sessions → course fan-out of the issue before it runs', async () => {
      const started = Date.now();
      const result = await app.gql(
        '{ catalogue(filter: { limit: 100 }) { items { course { sessions { course { sessions { course { sessions { id } } } } } } } } }',
      );
      refusedAs(result, 'QUERY_TOO_COMPLEX', /推定コスト/);
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('stops counting fragments spread into each other over and over, and refuses them', async () => {
      const started = Date.now();
      const levels = 'ABCDEFGHIJ'.split('');
      const fragments = levels
        .map((name, i) =>
          i === levels.length - 1
            ? `fragment ${name} on CataloguePage { totalCount }`
            : `fragment ${name} on CataloguePage { ...${levels[i + 1]} ...${levels[i + 1]} ...${levels[i + 1]} ...${levels[i + 1]} }`,
        )
        .join(' ');
      refusedAs(
        await app.gql(`{ catalogue { ...A } } ${fragments}`),
        'QUERY_TOO_COMPLEX',
        /推定コスト10000\+/,
      );
      expect(Date.now() - started).toBeLessThan(2000);
    });
  });

  describe('tokens', () => {
    // `aN: __typename` is 3 tokens (aliases of __typename are not counted); braces 2; extras 1 each.
    const tokens = (n: number) => {
      const k = Math.floor((n - 2) / 3);
      return `{ ${Array.from({ length: k }, (_, i) => `a${i}: __typename`).join(' ')} ${'__typename '.repeat(n - 2 - 3 * k)}}`;
    };

    it(`accepts a document of ${TOKENS} tokens and refuses ${TOKENS + 1}, localized`, async () => {
      expect(tokenCount(tokens(TOKENS))).toBe(TOKENS);
      expect((await app.gql(tokens(TOKENS))).errors).toBeUndefined();
      expect(tokenCount(tokens(TOKENS + 1))).toBe(TOKENS + 1);
      const over = await app.gql(tokens(TOKENS + 1), {}, { locale: 'en' });
      expect([over.status, codes(over), over.errors?.[0]?.message]).toEqual([
        400,
        ['QUERY_TOO_COMPLEX'],
        'The request is too long (at most 1000 tokens).',
      ]);
    });
  });
});
