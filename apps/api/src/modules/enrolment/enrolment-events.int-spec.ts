import { TestApp, type TestUser } from '../../../test/harness';
import { seminarSession } from '../../../test/seminar-fixtures';
import { ENROLMENT_EVENT_FIELDS } from './enrolment-events';

const ENROL = `mutation($input: EnrolInput!) { enrol(input: $input) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelEnrolment(id: $id) { status } }`;
const CANCEL_SESSION = `mutation($id: ID!) { cancelSession(id: $id) { status } }`;

/**
 * The typed event union is the contract notifications will consume. The paths that write payloads in
 * SQL (enrol_learner's insert, the cancel-all statement of a session's cancellation) must write exactly
 * the fields the union declares for their type; so must the typed recorder (waitlist promotion,
 * cancellation by the learner).
 */
describe('domain event payloads', () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
  });
  afterAll(() => app.close());

  const enrol = async (user: TestUser, sessionId: string): Promise<string> => {
    const result = await app.gql<{ enrol: { id: string } }>(
      ENROL,
      { input: { sessionId } },
      { token: user.token },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.enrol.id;
  };

  it('writes exactly the union’s fields for every type, from SQL and from the recorder', async () => {
    const firstCome = await seminarSession(app, { providerOrganisationId: city, capacity: 1 });
    const lottery = await seminarSession(app, { providerOrganisationId: city, mode: 'lottery' });
    const [a, b, c, d] = await Promise.all([app.user(), app.user(), app.user(), app.user()]);
    const aId = await enrol(a, firstCome.sessionId); // enrolment.confirmed (enrol_learner)
    await enrol(b, firstCome.sessionId); // enrolment.waitlisted (enrol_learner)
    await enrol(c, firstCome.sessionId); // enrolment.waitlisted
    await enrol(d, lottery.sessionId); // enrolment.applied (enrol_learner)
    // enrolment.cancelled by the learner, then enrolment.promoted (the recorder)
    expect((await app.gql(CANCEL, { id: aId }, { token: a.token })).errors).toBeUndefined();
    // enrolment.cancelled by session_cancelled (the cancel-all statement), then session.cancelled
    const cancelled = await app.gql(CANCEL_SESSION, { id: firstCome.sessionId }, { token: staff.token });
    expect(cancelled.errors).toBeUndefined();

    const events = (await app.dataSource.query(
      `SELECT type, payload FROM domain_events WHERE payload->>'sessionId' = ANY($1) ORDER BY id`,
      [[firstCome.sessionId, lottery.sessionId]],
    )) as { type: keyof typeof ENROLMENT_EVENT_FIELDS; payload: Record<string, unknown> }[];
    expect(events.map((e) => [e.type, e.payload['by'] ?? null])).toEqual([
      ['enrolment.confirmed', null],
      ['enrolment.waitlisted', null],
      ['enrolment.waitlisted', null],
      ['enrolment.applied', null],
      ['enrolment.cancelled', 'learner'],
      ['enrolment.promoted', null],
      ['enrolment.cancelled', 'session_cancelled'],
      ['enrolment.cancelled', 'session_cancelled'],
      ['session.cancelled', null],
    ]);
    for (const { type, payload } of events) {
      expect([type, Object.keys(payload).sort()]).toEqual([type, [...ENROLMENT_EVENT_FIELDS[type]].sort()]);
    }
    expect(events.at(-1)?.payload).toEqual({ sessionId: firstCome.sessionId, cancelledEnrolments: 2 });
  });
});
