import { newLearners } from '../../../test/enrolment-fixtures';
import { codes, TestApp, type TestUser } from '../../../test/harness';
import { seminarSession } from '../../../test/seminar-fixtures';

const ENROL = `mutation($input: EnrolInput!) { enrol(input: $input) { id status waitlistPosition childcareConfirmed } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { capacity seatsLeft childcareSeatsLeft } }`;

interface Row {
  user_id: string;
  status: string;
  childcare_confirmed: boolean;
}

/** Seats freed by a change to the session go to the waitlist in order, like seats freed by a cancellation. */
describe('raising capacity promotes the waitlist', () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
  });
  afterAll(() => app.close());

  const enrol = (user: TestUser, input: Record<string, unknown>) =>
    app.gql<{ enrol: { id: string; status: string; waitlistPosition: number | null } }>(
      ENROL,
      { input },
      { token: user.token },
    );
  const learners = <N extends number>(n: N) => newLearners(app, n);
  const update = (id: string, i: Record<string, unknown>) =>
    app.gql<{ updateSession: { capacity: number; seatsLeft: number; childcareSeatsLeft: number } }>(
      UPDATE,
      { id, i },
      { token: staff.token },
    );
  const rows = async (sessionId: string): Promise<Row[]> =>
    app.dataSource.query(
      `SELECT user_id, status, childcare_confirmed FROM enrolments WHERE session_id = $1 ORDER BY created_at`,
      [sessionId],
    );
  const events = async (sessionId: string): Promise<{ type: string; userId: string }[]> =>
    app.dataSource.query(
      `SELECT type, payload->>'userId' AS "userId" FROM domain_events WHERE payload->>'sessionId' = $1 ORDER BY id`,
      [sessionId],
    );

  it('moves the first waitlisted learners up in order, with the same events as a cancellation', async () => {
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city, capacity: 2 });
    const [a, b, c, d, e] = await learners(5);
    for (const user of [a, b, c, d, e]) await enrol(user, { sessionId });
    const raised = await update(sessionId, { capacity: 4 });
    expect(raised.errors).toBeUndefined();
    expect(raised.data?.updateSession).toMatchObject({ capacity: 4, seatsLeft: 0 });
    expect((await rows(sessionId)).map((r) => r.status)).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'confirmed',
      'waitlisted',
    ]);
    const promoted = (await events(sessionId)).filter((ev) => ev.type === 'enrolment.promoted');
    expect(promoted.map((ev) => ev.userId)).toEqual([c.id, d.id]);
    // A newcomer waits behind the one still waiting.
    const [late] = await learners(1);
    expect((await enrol(late, { sessionId })).data?.enrol).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 2,
    });
    const [{ confirmed_count }] = await app.dataSource.query(
      'SELECT confirmed_count FROM session_seats WHERE session_id = $1',
      [sessionId],
    );
    expect(confirmed_count).toBe(4);
  });

  it('gives a freed childcare seat to the one waiting for childcare', async () => {
    const { sessionId } = await seminarSession(app, {
      providerOrganisationId: city,
      capacity: 10,
      childcareCapacity: 1,
      childAges: [6, 72],
    });
    const [first, waiting] = await learners(2);
    await enrol(first, { sessionId, childcare: true, childAgesMonths: [24] });
    const waited = await enrol(waiting, {
      sessionId,
      childcare: true,
      childAgesMonths: [30],
      ifChildcareFull: 'WAIT',
    });
    expect(waited.data?.enrol.status).toBe('waitlisted');
    const raised = await update(sessionId, { childcareCapacity: 2 });
    expect(raised.data?.updateSession.childcareSeatsLeft).toBe(0);
    expect(await rows(sessionId)).toEqual([
      { user_id: first.id, status: 'confirmed', childcare_confirmed: true },
      { user_id: waiting.id, status: 'confirmed', childcare_confirmed: true },
    ]);
  });

  it('promotes no one before a lottery is drawn', async () => {
    const { sessionId } = await seminarSession(app, {
      providerOrganisationId: city,
      capacity: 1,
      mode: 'lottery',
    });
    const applicants = await learners(3);
    for (const user of applicants) await enrol(user, { sessionId });
    expect((await update(sessionId, { capacity: 5 })).errors).toBeUndefined();
    expect((await rows(sessionId)).map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
  });

  it('never oversells when capacity is raised during a rush, and keeps the waitlist order', async () => {
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city, capacity: 3 });
    const early = await learners(6);
    for (const user of early) await enrol(user, { sessionId });
    const rush = await learners(20);
    const [raised, ...results] = await Promise.all([
      update(sessionId, { capacity: 8 }),
      ...rush.map((user) => enrol(user, { sessionId })),
    ]);
    expect(raised.errors).toBeUndefined();
    expect(results.filter((r) => r.errors)).toEqual([]);
    const all = await rows(sessionId);
    expect(all.filter((r) => r.status === 'confirmed')).toHaveLength(8);
    // The three who were waiting before the change are among those moved up, ahead of the rush.
    const confirmed = new Set(all.filter((r) => r.status === 'confirmed').map((r) => r.user_id));
    for (const user of early) expect(confirmed.has(user.id)).toBe(true);
    const [{ confirmed_count }] = await app.dataSource.query(
      'SELECT confirmed_count FROM session_seats WHERE session_id = $1',
      [sessionId],
    );
    expect(confirmed_count).toBe(8);
  });

  it('keeps a change made to the session while an enrolment waited for its lock', async () => {
    // The change holds the session row; the enrolment queues on it, then writes its counters on top of
    // the changed row (a one-statement CTE wrote the old capacity and title back here).
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city, capacity: 2 });
    for (const user of await learners(2)) await enrol(user, { sessionId });
    const runner = app.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    let enrolled: Promise<Awaited<ReturnType<typeof enrol>>>;
    try {
      // Two updates, as updateSession makes (the change, then the seat counters).
      await runner.query(`UPDATE sessions SET capacity = 5 WHERE id = $1`, [sessionId]);
      await runner.query(`UPDATE sessions SET title = 'changed while she waited' WHERE id = $1`, [sessionId]);
      const [learner] = await learners(1);
      enrolled = enrol(learner, { sessionId });
      // Wait until her statement is queued on the row lock.
      for (let waiting = 0; waiting === 0;) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        [{ waiting }] = await app.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
        );
      }
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect((await enrolled).data?.enrol.status).toBe('confirmed');
    const [session] = await app.dataSource.query(
      `SELECT s.capacity, s.title, ss.confirmed_count, ss.capacity AS seats_capacity
         FROM sessions s JOIN session_seats ss ON ss.session_id = s.id WHERE s.id = $1`,
      [sessionId],
    );
    expect(session).toEqual({
      capacity: 5,
      title: 'changed while she waited',
      confirmed_count: 3,
      seats_capacity: 5,
    });
  });

  it('still refuses a capacity below the confirmed count, changing nothing', async () => {
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city, capacity: 2 });
    for (const user of await learners(2)) await enrol(user, { sessionId });
    expect(codes(await update(sessionId, { capacity: 1 }))).toEqual(['BAD_USER_INPUT']);
    const [{ capacity }] = await app.dataSource.query('SELECT capacity FROM sessions WHERE id = $1', [
      sessionId,
    ]);
    expect(capacity).toBe(2);
  });
});
