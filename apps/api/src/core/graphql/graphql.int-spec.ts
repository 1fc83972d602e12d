import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { codes, TestApp } from '../../../test/harness';
import { nth } from '../../../test/nth';

describe('GraphQL basics', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.create();
  });
  afterAll(() => app.close());

  it('refuses a CSRF-able request (simple content type, no preflight header)', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(400);
    const ok = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(ok.status).toBe(200);
  });

  it('resolves a list of members with a fixed number of SQL statements, whatever its length', async () => {
    const org = await app.organisation('city');
    const staff = await app.user({ roles: [[org, 'staff']] });
    const query =
      'query($o: ID!) { organisationMembers(organisationId: $o) { role organisation { name } user { familyName } } }';
    const countStatements = async () => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const result = await app.gql(query, { o: org }, { token: staff.token });
        expect(result.errors).toBeUndefined();
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    await app.user({ roles: [[org, 'learner']] });
    const few = await countStatements();
    for (let i = 0; i < 8; i++) await app.user({ roles: [[org, 'learner']] });
    const many = await countStatements();
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(5);
  });

  it('uses the caller’s language for errors: Japanese by default, English on request', async () => {
    expect((await app.gql('{ me { id } }')).errors?.[0]?.message).toBe('サインインが必要です。');
    expect((await app.gql('{ me { id } }', {}, { locale: 'en-GB,en;q=0.8' })).errors?.[0]?.message).toBe(
      'Please sign in.',
    );
  });

  describe('errors graphql-js and Apollo raise themselves (syntax, validation, variables)', () => {
    const cases = [
      {
        what: 'an unknown enum value in the query',
        query: '{ catalogue(filter: { category: careers }) { totalCount } }',
        variables: {},
        code: 'GRAPHQL_VALIDATION_FAILED',
        ja: 'リクエストがAPIの仕様に合っていません。',
        en: 'The request does not match what the API offers.',
      },
      {
        what: 'an unknown enum value in a variable',
        query: 'query($f: CatalogueFilter) { catalogue(filter: $f) { totalCount } }',
        variables: { f: { category: 'careers' } },
        code: 'BAD_USER_INPUT',
        ja: 'リクエストに渡された値が正しくありません。',
        en: 'A value passed with the request is not valid.',
      },
      {
        what: 'a variable of the wrong type',
        query: 'query($f: Int) { catalogue(filter: $f) { totalCount } }',
        variables: { f: 1 },
        code: 'GRAPHQL_VALIDATION_FAILED',
        ja: 'リクエストがAPIの仕様に合っていません。',
        en: 'The request does not match what the API offers.',
      },
      {
        what: 'a misspelt field',
        query: '{ catalogue { totalCont } }',
        variables: {},
        code: 'GRAPHQL_VALIDATION_FAILED',
        ja: 'リクエストがAPIの仕様に合っていません。',
        en: 'The request does not match what the API offers.',
      },
      {
        what: 'a syntax error',
        query: '{ catalogue { ',
        variables: {},
        code: 'GRAPHQL_PARSE_FAILED',
        ja: 'リクエストを読み取れませんでした（GraphQLの構文に誤りがあります）。',
        en: 'The request could not be read: its GraphQL syntax is wrong.',
      },
    ];

    it.each(cases)('localizes $what, keeping the code and graphql-js’s words as detail', async (c) => {
      const ja = await app.gql(c.query, c.variables);
      expect([ja.status, codes(ja), ja.errors?.[0]?.message]).toEqual([400, [c.code], c.ja]);
      const en = await app.gql(c.query, c.variables, { locale: 'en' });
      expect([codes(en), en.errors?.[0]?.message]).toEqual([[c.code], c.en]);
      expect(typeof (en.errors?.[0]?.extensions as { detail?: unknown }).detail).toBe('string');
    });

    it('says in development what graphql-js found, suggestions included', async () => {
      const result = await app.gql(nth(cases, 1).query, nth(cases, 1).variables);
      expect((result.errors?.[0]?.extensions as { detail?: string }).detail).toContain(
        'Did you mean the enum value "career"?',
      );
    });
  });

  describe('in production', () => {
    let production: TestApp;
    beforeAll(async () => {
      production = await TestApp.create({ env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48) } });
    });
    afterAll(() => production.close());

    it('localizes GraphQL’s own errors and reveals nothing of the schema (no suggestions, no detail)', async () => {
      const requests = [
        ['{ catalogue(filter: { category: careers }) { totalCount } }', {}],
        [
          'query($f: CatalogueFilter) { catalogue(filter: $f) { totalCount } }',
          { f: { category: 'careers' } },
        ],
        ['{ catalogue { totalCont } }', {}],
        ['{ catalogue { itemz { id } } }', {}],
      ] as const;
      for (const [query, variables] of requests) {
        const response = await fetch(production.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'en' },
          body: JSON.stringify({ query, variables }),
        });
        const body = await response.text();
        expect(response.status).toBe(400);
        expect(body).not.toMatch(/Did you mean|career"|totalCount|items|detail|stacktrace/);
        const { errors } = JSON.parse(body) as { errors: { message: string; extensions: object }[] };
        expect(errors[0]?.message).toMatch(
          /^(The request does not match what the API offers|A value passed with the request is not valid)\.$/,
        );
        expect(Object.keys(errors[0]?.extensions ?? {})).toEqual(['code']);
      }
    });

    it('turns introspection off', async () => {
      const result = await production.gql('{ __schema { types { name } } }');
      expect(result.data).toBeFalsy();
      expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });

    it('sends no stack traces', async () => {
      const result = await production.gql('{ me { id } }');
      expect(codes(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    });
  });

  it('sends stack traces in development for debugging', async () => {
    const result = await app.gql('{ me { id } }');
    expect(result.errors?.[0]?.extensions?.stacktrace).toBeDefined();
  });
});
