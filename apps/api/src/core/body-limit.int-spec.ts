import { Logger } from '@nestjs/common';
import { LIMITS } from '@tsunagu/shared/domain';
import { TestApp, type TestUser } from '../../test/harness';
import { REQUEST_LIMITS } from './graphql/limits';

/** A character of four bytes in UTF-8 that counts as one character for the length limits. */
const WIDE = '𠮷';

describe('Request body limit', () => {
  let app: TestApp;
  let staff: TestUser;
  let org: string;
  let logged: jest.SpyInstance;

  beforeAll(async () => {
    app = await TestApp.create();
    org = await app.organisation('city');
    staff = await app.user({ roles: [[org, 'staff']] });
  });
  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error');
  });
  afterEach(() => logged.mockRestore());
  afterAll(() => app.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staff.token}`, ...headers },
      body,
    });

  /** A JSON body of exactly `bytes` bytes, padded in an unused variable. */
  const bodyOf = (bytes: number) => {
    const empty = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
    return JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes - empty.length) } });
  };

  it(`accepts a body of ${REQUEST_LIMITS.bodyBytes} bytes and refuses one more with 413, localized`, async () => {
    const atLimit = bodyOf(REQUEST_LIMITS.bodyBytes);
    expect(Buffer.byteLength(atLimit)).toBe(REQUEST_LIMITS.bodyBytes);
    expect((await post(atLimit)).status).toBe(200);

    const over = await post(bodyOf(REQUEST_LIMITS.bodyBytes + 1));
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual({
      errors: [
        {
          message: 'リクエストが大きすぎます（512KBまで）。入力内容を短くしてください。',
          extensions: { code: 'PAYLOAD_TOO_LARGE', status: 413 },
        },
      ],
    });
    const en = await post(bodyOf(REQUEST_LIMITS.bodyBytes + 1), { 'accept-language': 'en' });
    expect(((await en.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      'The request is too large (at most 512 KB). Please shorten what you entered.',
    );
    expect(logged).not.toHaveBeenCalled();
  });

  it('refuses a 1 MB course title with 413 and writes nothing', async () => {
    const count = async () =>
      (await app.dataSource.query(`SELECT count(*)::int AS n FROM courses`)) as { n: number }[];
    const before = await count();
    const response = await post(
      JSON.stringify({
        query: 'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
        variables: {
          i: { providerOrganisationId: org, category: 'leadership', title: 'あ'.repeat(350_000) },
        },
      }),
    );
    expect(response.status).toBe(413);
    expect(await count()).toEqual(before);
    expect(logged).not.toHaveBeenCalled();
  });

  it('fits the largest legitimate request: a session with every field at its limit in 4-byte characters', async () => {
    const courseId = await app.course(staff.token, {
      providerOrganisationId: org,
      description: WIDE.repeat(LIMITS.course.description.max),
    });
    const day = 24 * 3600_000;
    const start = Date.now() + 60 * day;
    const input = {
      courseId,
      title: WIDE.repeat(LIMITS.session.title.max),
      venueName: WIDE.repeat(LIMITS.session.venueName.max),
      venueAddress: WIDE.repeat(LIMITS.session.venueAddress.max),
      accessNotes: WIDE.repeat(LIMITS.session.accessNotes.max),
      capacity: 30,
      registrationOpensAt: new Date(Date.now() - day).toISOString(),
      registrationClosesAt: new Date(start - 2 * day).toISOString(),
      cancellationDeadline: new Date(start - day).toISOString(),
      meetings: Array.from({ length: LIMITS.session.meetings.max }, (_, i) => ({
        startsAt: new Date(start + i * day).toISOString(),
        endsAt: new Date(start + i * day + 3600_000).toISOString(),
      })),
      questions: Array.from({ length: LIMITS.session.questions.max }, (_, q) => ({
        kind: 'choice',
        label: `${String(q).padStart(2, '0')}${WIDE.repeat(LIMITS.question.label.max - 2)}`,
        choices: Array.from(
          { length: LIMITS.question.choices.max },
          (_, c) => `${String(c).padStart(2, '0')}${WIDE.repeat(LIMITS.question.choices.each - 2)}`,
        ),
      })),
    };
    const body = JSON.stringify({
      query: 'mutation($i: CreateSessionInput!) { createSession(input: $i) { id questions { id } } }',
      variables: { i: input },
    });
    expect(Buffer.byteLength(body)).toBeGreaterThan(180 * 1024);
    expect(Buffer.byteLength(body)).toBeLessThan(REQUEST_LIMITS.bodyBytes / 2);
    const response = await post(body);
    const result = (await response.json()) as {
      data?: { createSession: { questions: unknown[] } };
      errors?: unknown;
    };
    expect(result.errors).toBeUndefined();
    expect(result.data?.createSession.questions).toHaveLength(LIMITS.session.questions.max);
  });

  it('refuses course files over their limit with 413 too (see course-files.int-spec.ts)', async () => {
    const courseId = await app.course(staff.token, { providerOrganisationId: org });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(5 * 1024 * 1024 + 1)], { type: 'image/png' }), 'big.png');
    const response = await fetch(
      `${app.url.replace('/graphql', '')}/api/courses/${courseId}/files?purpose=cover`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${staff.token}`, 'accept-language': 'en' },
        body: form,
      },
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      errors: [
        { extensions: { code: 'BAD_USER_INPUT', fields: { file: expect.stringContaining('too large') } } },
      ],
    });
  });
});
