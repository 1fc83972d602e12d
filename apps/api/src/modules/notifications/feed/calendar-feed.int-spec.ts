import { CANCEL, enrolAs } from '../../../../test/enrolment-fixtures';
import { TestApp, type TestUser } from '../../../../test/harness';
import { seminarSession, type SessionFixture } from '../../../../test/seminar-fixtures';

describe('calendar feed (GET /api/calendar/<token>.ics)', () => {
  let app: TestApp;
  let base: string;
  let city: string;
  let staff: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    base = app.url.replace(/\/graphql$/, '');
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
  });

  afterAll(() => app.close());

  /** The feed URL issued to her, on this test app's address. */
  async function issue(user: TestUser): Promise<string> {
    const result = await app.gql<{ issueCalendarFeed: { url: string } }>(
      'mutation { issueCalendarFeed { url createdAt } }',
      {},
      { token: user.token },
    );
    const url = result.data?.issueCalendarFeed.url;
    if (!url) throw new Error(JSON.stringify(result.errors));
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    return base + new URL(url).pathname;
  }

  async function enrolled(
    user: TestUser,
    options: { capacity?: number } = {},
  ): Promise<SessionFixture & { enrolmentId: string; status: string }> {
    const fixture = await seminarSession(app, { providerOrganisationId: city, meetings: 2, ...options });
    const result = await enrolAs(app, user, { sessionId: fixture.sessionId });
    const enrolment = (result.data as { enrol: { id: string; status: string } } | null)?.enrol;
    if (!enrolment) throw new Error(JSON.stringify(result.errors));
    return { ...fixture, enrolmentId: enrolment.id, status: enrolment.status };
  }

  /** The VEVENT blocks of a calendar by their meeting id. */
  function events(ics: string): Map<string, string> {
    const found = new Map<string, string>();
    for (const block of ics.split('BEGIN:VEVENT').slice(1)) {
      const id = /UID:meeting-([0-9a-f-]{36})@tsunagu/.exec(block.replace(/\r\n /g, ''))?.[1];
      if (id) found.set(id, block);
    }
    return found;
  }

  it('lists her confirmed meetings, and cancelled places as CANCELLED until 30 days have passed', async () => {
    const learner = await app.user();
    const confirmed = await enrolled(learner);
    const cancelledByHer = await enrolled(learner);
    await app.gql(CANCEL, { id: cancelledByHer.enrolmentId }, { token: learner.token });
    const sessionCancelled = await enrolled(learner);
    const byStaff = await app.gql(
      'mutation($id: ID!) { cancelSession(id: $id) { status } }',
      {
        id: sessionCancelled.sessionId,
      },
      { token: staff.token },
    );
    expect(byStaff.errors).toBeUndefined();
    const longAgo = await enrolled(learner);
    await app.gql(CANCEL, { id: longAgo.enrolmentId }, { token: learner.token });
    await app.dataSource.query(
      `UPDATE enrolments SET cancelled_at = now() - interval '31 days' WHERE id = $1`,
      [longAgo.enrolmentId],
    );
    const other = await app.user();
    await enrolled(other, { capacity: 1 }).then(async (full) => {
      const waitlisted = await enrolAs(app, learner, { sessionId: full.sessionId });
      expect((waitlisted.data as { enrol: { status: string } }).enrol.status).toBe('waitlisted');
      return full;
    });

    const response = await fetch(await issue(learner));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await response.text();
    expect(ics).toContain('METHOD:PUBLISH');
    const found = events(ics);
    expect([...found.keys()].sort()).toEqual(
      [...confirmed.meetingIds, ...cancelledByHer.meetingIds, ...sessionCancelled.meetingIds].sort(),
    );
    for (const id of confirmed.meetingIds) expect(found.get(id)).toContain('STATUS:CONFIRMED');
    for (const id of [...cancelledByHer.meetingIds, ...sessionCancelled.meetingIds]) {
      expect(found.get(id)).toContain('STATUS:CANCELLED');
    }
    // Times in UTC; a cancellation carries a SEQUENCE above the unchanged session's.
    expect(found.get(confirmed.meetingIds[0] ?? '')).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    const sequence = (id: string | undefined) =>
      Number(/SEQUENCE:(\d+)/.exec(found.get(id ?? '') ?? '')?.[1]);
    expect(sequence(sessionCancelled.meetingIds[0])).toBeGreaterThan(0);
  });

  it('answers 404 for a re-issued, a revoked, an unknown and a malformed token, without signing in', async () => {
    const learner = await app.user();
    const first = await issue(learner);
    const second = await issue(learner);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);
    const mine = await app.gql<{ myCalendarFeed: { url: string | null; createdAt: string | null } }>(
      '{ myCalendarFeed { url createdAt } }',
      {},
      { token: learner.token },
    );
    expect(mine.data?.myCalendarFeed).toEqual({ url: null, createdAt: expect.any(String) });
    const revoked = await app.gql(
      'mutation { revokeCalendarFeed { url createdAt } }',
      {},
      { token: learner.token },
    );
    expect(revoked.data).toEqual({ revokeCalendarFeed: { url: null, createdAt: null } });
    expect((await fetch(second)).status).toBe(404);
    expect((await fetch(`${base}/api/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    const malformed = await fetch(`${base}/api/calendar/nope.ics`, { headers: { 'accept-language': 'en' } });
    expect(malformed.status).toBe(404);
    expect(JSON.stringify(await malformed.json())).toContain('This calendar address was not found');
    expect((await fetch(`${base}/api/calendar/${'A'.repeat(43)}`)).status).toBe(404);
  });

  it('an empty feed is still a calendar', async () => {
    const learner = await app.user();
    const ics = await (await fetch(await issue(learner))).text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).not.toContain('BEGIN:VEVENT');
  });
});
