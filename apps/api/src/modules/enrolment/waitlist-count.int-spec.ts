import { TestApp, type TestUser } from '../../../test/harness';
import { seminarSession } from '../../../test/seminar-fixtures';

const ENROL = `mutation($input: EnrolInput!) { enrol(input: $input) { id status waitlistPosition } }`;
const SESSION = `query($id: ID!) { session(id: $id) { seatsLeft childcareSeatsLeft waitlistCount } }`;

/**
 * `Session.waitlistCount` is what the session page and the enrol form build "キャンセル待ちN人目になります"
 * from (she would be count + 1): it must match the position the API then gives her, in the childcare
 * case too, and be the same for anyone asking.
 */
describe('Session.waitlistCount', () => {
  let app: TestApp;
  let city: string;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
  });
  afterAll(() => app.close());

  const learner = () => app.user();
  const enrol = (user: TestUser, input: Record<string, unknown>) =>
    app.gql<{ enrol: { id: string; status: string; waitlistPosition: number | null } }>(
      ENROL,
      { input },
      { token: user.token },
    );
  const session = async (id: string, token?: string) => {
    const result = await app.gql<{
      session: { seatsLeft: number; childcareSeatsLeft: number; waitlistCount: number };
    }>(SESSION, { id }, { token });
    expect(result.errors).toBeUndefined();
    return result.data!.session;
  };

  it('counts those waiting in a full session; the next one gets count + 1', async () => {
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city, capacity: 1 });
    expect(await session(sessionId)).toEqual({ seatsLeft: 1, childcareSeatsLeft: 0, waitlistCount: 0 });
    expect((await enrol(await learner(), { sessionId })).data?.enrol.status).toBe('confirmed');
    for (let i = 0; i < 3; i++) {
      const promised = (await session(sessionId)).waitlistCount + 1;
      const got = (await enrol(await learner(), { sessionId })).data?.enrol;
      expect(got).toMatchObject({ status: 'waitlisted', waitlistPosition: promised });
    }
    const someone = await learner();
    expect(await session(sessionId, someone.token)).toMatchObject({ seatsLeft: 0, waitlistCount: 3 });
  });

  it('counts who waits for childcare while seats are free, and leaves out the cancelled', async () => {
    const { sessionId } = await seminarSession(app, {
      providerOrganisationId: city,
      capacity: 5,
      childcareCapacity: 1,
      childAges: [6, 72],
    });
    const withChild = { sessionId, childcare: true, childAgesMonths: [24], ifChildcareFull: 'WAIT' };
    expect((await enrol(await learner(), withChild)).data?.enrol.status).toBe('confirmed');
    const waiting = await learner();
    const first = (await enrol(waiting, withChild)).data!.enrol;
    expect(first).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(await session(sessionId)).toEqual({ seatsLeft: 4, childcareSeatsLeft: 0, waitlistCount: 1 });

    // Without childcare she takes a seat and does not join the count.
    expect((await enrol(await learner(), { sessionId })).data?.enrol.status).toBe('confirmed');
    expect((await session(sessionId)).waitlistCount).toBe(1);

    const next = (await enrol(await learner(), withChild)).data!.enrol;
    expect(next).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    await app.gql(
      'mutation($id: ID!) { cancelEnrolment(id: $id) { id } }',
      { id: first.id },
      {
        token: waiting.token,
      },
    );
    expect((await session(sessionId)).waitlistCount).toBe(1);
  });

  it('answers several sessions of one request each with its own count', async () => {
    const course = await seminarSession(app, { providerOrganisationId: city, capacity: 1 });
    const other = await seminarSession(app, { providerOrganisationId: city, capacity: 1 });
    await enrol(await learner(), { sessionId: course.sessionId });
    await enrol(await learner(), { sessionId: course.sessionId });
    const result = await app.gql<{ a: { waitlistCount: number }; b: { waitlistCount: number } }>(
      'query($a: ID!, $b: ID!) { a: session(id: $a) { waitlistCount } b: session(id: $b) { waitlistCount } }',
      { a: course.sessionId, b: other.sessionId },
    );
    expect(result.data).toEqual({ a: { waitlistCount: 1 }, b: { waitlistCount: 0 } });
  });
});
