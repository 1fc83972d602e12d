import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { codes, TestApp } from '../../../test/harness';

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
    expect((await app.gql('{ me { id } }')).errors?.[0].message).toBe('サインインが必要です。');
    expect((await app.gql('{ me { id } }', {}, { locale: 'en-GB,en;q=0.8' })).errors?.[0].message).toBe(
      'Please sign in.',
    );
  });

  describe('in production', () => {
    let production: TestApp;
    beforeAll(async () => {
      production = await TestApp.create({ env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48) } });
    });
    afterAll(() => production.close());

    it('turns introspection off', async () => {
      const result = await production.gql('{ __schema { types { name } } }');
      expect(result.data).toBeFalsy();
      expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });

    it('sends no stack traces', async () => {
      const result = await production.gql('{ me { id } }');
      expect(codes(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.errors?.[0].extensions?.stacktrace).toBeUndefined();
    });
  });

  it('sends stack traces in development for debugging', async () => {
    const result = await app.gql('{ me { id } }');
    expect(result.errors?.[0].extensions?.stacktrace).toBeDefined();
  });
});
