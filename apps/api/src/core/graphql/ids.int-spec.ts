import { Logger } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { idPaths, rootCalls, sampleValue } from '../../../test/graphql-values';
import { codes, TestApp, type TestUser } from '../../../test/harness';

/**
 * Malformed ids and free-text arguments, for every root operation the schema serves (operations added
 * later are covered without a change here): never INTERNAL_SERVER_ERROR, never an error in the log.
 */
describe('Ids and strings in every operation', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let admin: TestUser;
  let logged: jest.SpyInstance;

  beforeAll(async () => {
    app = await TestApp.create();
    schema = app.app.get(GraphQLSchemaHost).schema;
    admin = await app.user({ roles: [[await app.organisation('city'), 'admin']] });
  });
  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error');
  });
  afterEach(() => logged.mockRestore());
  afterAll(() => app.close());

  const variablesFor = (field: ReturnType<typeof rootCalls>[number]['field'], nope?: string) =>
    Object.fromEntries(
      field.args.map((a) => [
        a.name,
        sampleValue(a.type, a.name, { id: (p) => (p === nope ? 'nope' : undefined) as string }),
      ]),
    );

  it('answers NOT_FOUND, localized, for "nope" in any ID argument or input field, before any resolver runs', async () => {
    const checked: string[] = [];
    for (const call of rootCalls(schema)) {
      for (const path of call.field.args.flatMap((a) => idPaths(a.type, a.name))) {
        const result = await app.gql(call.query, variablesFor(call.field, path), {
          token: admin.token,
          locale: 'en',
        });
        expect({ at: `${call.name} ${path}`, codes: codes(result) }).toEqual({
          at: `${call.name} ${path}`,
          codes: ['NOT_FOUND'],
        });
        expect(result.errors?.[0]?.message).toBe('Not found: this ID is not valid.');
        checked.push(`${call.name}(${path})`);
      }
    }
    // The operations the issue names are among them (and literals in the query text answer the same).
    expect(checked).toEqual(
      expect.arrayContaining([
        'Mutation.cancelEnrolment(id)',
        'Query.organisation(id)',
        'Query.organisationMembers(organisationId)',
        'Query.sessionRoster(sessionId)',
        'Mutation.markAttendance(enrolmentId)',
        'Mutation.drawLottery(sessionId)',
        'Mutation.checkIn(sessionId)',
        'Mutation.createSession(input.meetings.0.id)',
      ]),
    );
    const literal = await app.gql(
      'mutation { cancelEnrolment(id: "nope") { id } }',
      {},
      { token: admin.token },
    );
    expect(codes(literal)).toEqual(['NOT_FOUND']);
    expect(literal.errors?.[0]?.message).toBe('見つかりませんでした（IDの形式が正しくありません）。');
    expect(logged).not.toHaveBeenCalled();
  });

  it('never answers INTERNAL_SERVER_ERROR for well-formed unknown ids and "nope" in every String argument', async () => {
    // Signing out last: it ends the admin's session.
    const calls = rootCalls(schema).sort(
      (a, b) => Number(a.name === 'Mutation.signOut') - Number(b.name === 'Mutation.signOut'),
    );
    for (const call of calls) {
      const result = await app.gql(call.query, variablesFor(call.field), { token: admin.token });
      expect({ at: call.name, codes: codes(result) }).not.toEqual(
        expect.objectContaining({ codes: expect.arrayContaining(['INTERNAL_SERVER_ERROR']) }),
      );
    }
    // The check-in code in particular (a QR code's text, whatever a camera read).
    const checkIn = await app.gql(
      'mutation($c: String!, $s: ID!, $m: ID!) { checkIn(code: $c, sessionId: $s, meetingId: $m) { id } }',
      { c: 'nope.nope', s: crypto.randomUUID(), m: crypto.randomUUID() },
      { token: (await app.user({ roles: [[await app.organisation('city'), 'admin']] })).token },
    );
    expect(codes(checkIn)).not.toContain('INTERNAL_SERVER_ERROR');
    // 36 hex digits and dashes that are not a UUID, as a foreign QR code may read.
    const foreign = await app.gql(
      'mutation($c: String!, $s: ID!, $m: ID!) { checkIn(code: $c, sessionId: $s, meetingId: $m) { id } }',
      { c: `${'-'.repeat(36)}.${'A'.repeat(22)}`, s: crypto.randomUUID(), m: crypto.randomUUID() },
      { token: (await app.user({ roles: [[await app.organisation('city'), 'admin']] })).token },
    );
    expect(codes(foreign)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(logged).not.toHaveBeenCalled();
  });

  it('refuses a NUL character in every String argument, as a variable or a literal, localized, nothing logged', async () => {
    const calls = rootCalls(schema).filter((c) => c.name !== 'Mutation.signOut');
    let tried = 0;
    for (const call of calls) {
      const variables = Object.fromEntries(
        call.field.args.map((a) => [a.name, sampleValue(a.type, a.name, { string: () => 'a\u0000b' })]),
      );
      if (!JSON.stringify(variables).includes('\\u0000')) continue;
      tried += 1;
      const result = await app.gql(call.query, variables, { token: admin.token });
      expect({ at: call.name, codes: codes(result) }).toEqual({ at: call.name, codes: ['BAD_USER_INPUT'] });
    }
    expect(tried).toBeGreaterThan(10);
    const literal = await app.gql('{ catalogue(filter: { search: "a\\u0000b" }) { total } }', undefined, {
      locale: 'en',
    });
    expect(codes(literal)).toEqual(['BAD_USER_INPUT']);
    expect(literal.errors?.[0]?.message).toContain('NUL');
    expect(logged).not.toHaveBeenCalled();
  });

  it('answers NOT_FOUND for "nope" in the id of every REST route, localized, nothing logged', async () => {
    const base = app.url.replace('/graphql', '');
    // A new one: the test above signed the first out.
    const staff = await app.user({ roles: [[await app.organisation('city'), 'admin']] });
    const routes: [method: string, path: string][] = [
      ['GET', '/api/enrolments/nope/certificate.pdf'],
      ['GET', '/api/sessions/nope/roster.csv'],
      ['GET', '/api/sessions/nope/roster.xlsx'],
      ['GET', '/api/files/nope'],
      ['POST', '/api/courses/nope/files?purpose=cover'],
    ];
    for (const [method, path] of routes) {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${staff.token}`, 'accept-language': 'en' },
        ...(method === 'POST' && { body: new FormData() }),
      });
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect({ path, status: response.status, code: body.errors[0]?.extensions.code }).toEqual({
        path,
        status: 404,
        code: 'NOT_FOUND',
      });
    }
    expect(logged).not.toHaveBeenCalled();
  });
});
