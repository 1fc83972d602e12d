import { TestApp, type TestUser } from '../../../test/harness';
import { seminarSession } from '../../../test/seminar-fixtures';

const ENROL = `mutation($input: EnrolInput!) { enrol(input: $input) { id status } }`;

/** The enrolment module's seats table: one row per session, and the database's backstop against overselling. */
describe('session seats', () => {
  let app: TestApp;
  let city: string;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
  });
  afterAll(() => app.close());

  const enrol = (user: TestUser, sessionId: string) =>
    app.gql<{ enrol: { status: string } }>(ENROL, { input: { sessionId } }, { token: user.token });
  const seats = async (sessionId: string) =>
    (
      await app.dataSource.query(
        `SELECT capacity, childcare_capacity, confirmed_count, seats_left
           FROM session_seats JOIN enrolment_session_seats USING (session_id, confirmed_count)
          WHERE session_id = $1`,
        [sessionId],
      )
    )[0] as { capacity: number; childcare_capacity: number; confirmed_count: number; seats_left: number };

  it('has a row for every session, however it was made, following its capacities', async () => {
    // The fixture inserts the session with SQL, as the seed and copyCourse insert theirs.
    const { sessionId } = await seminarSession(app, {
      providerOrganisationId: city,
      capacity: 3,
      childcareCapacity: 1,
    });
    expect(await seats(sessionId)).toEqual({
      capacity: 3,
      childcare_capacity: 1,
      confirmed_count: 0,
      seats_left: 3,
    });
    await app.dataSource.query('UPDATE sessions SET capacity = 4 WHERE id = $1', [sessionId]);
    expect(await seats(sessionId)).toMatchObject({ capacity: 4, seats_left: 4 });
  });

  it('refuses, in the database, a capacity below the seats taken and a seat too many', async () => {
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city, capacity: 2 });
    for (const user of [await app.user(), await app.user()]) {
      expect((await enrol(user, sessionId)).data?.enrol.status).toBe('confirmed');
    }
    await expect(
      app.dataSource.query('UPDATE sessions SET capacity = 1 WHERE id = $1', [sessionId]),
    ).rejects.toThrow(/session_seats_confirmed_check/);
    await expect(
      app.dataSource.query('UPDATE session_seats SET confirmed_count = 3 WHERE session_id = $1', [sessionId]),
    ).rejects.toThrow(/session_seats_confirmed_check/);
    expect(await seats(sessionId)).toMatchObject({ capacity: 2, confirmed_count: 2, seats_left: 0 });
  });

  it('goes with its session', async () => {
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city });
    await app.dataSource.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
    expect(
      await app.dataSource.query('SELECT 1 FROM session_seats WHERE session_id = $1', [sessionId]),
    ).toEqual([]);
  });
});
