import { CANCEL, enrolAs, enrolmentWorld, newLearners, seatCounts } from '../../../test/enrolment-fixtures';
import { codes, type TestApp, type TestUser } from '../../../test/harness';
import { seminarSession } from '../../../test/seminar-fixtures';

describe('enrolment', () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;

  beforeAll(async () => {
    ({ app, city, staff } = await enrolmentWorld());
  });
  afterAll(() => app.close());

  const enrol = (user: TestUser, input: Record<string, unknown>) => enrolAs(app, user, input);
  const learners = <N extends number>(n: N) => newLearners(app, n);
  const counts = (sessionId: string) => seatCounts(app, sessionId);

  describe('cancellation and the waitlist', () => {
    it('promotes the first waitlisted learner when a confirmed one cancels, and records events', async () => {
      const { sessionId } = await seminarSession(app, { providerOrganisationId: city, capacity: 1 });
      const [a, b, c] = await learners(3);
      const first = (await enrol(a, { sessionId })).data!.enrol;
      const second = (await enrol(b, { sessionId })).data!.enrol;
      await enrol(c, { sessionId });
      const cancelled = await app.gql<{ cancelEnrolment: { status: string } }>(
        CANCEL,
        { id: first.id },
        { token: a.token },
      );
      expect(cancelled.data?.cancelEnrolment.status).toBe('cancelled');
      const mine = await app.gql<{
        myEnrolments: { id: string; status: string; waitlistPosition: number | null }[];
      }>('{ myEnrolments { id status waitlistPosition } }', {}, { token: b.token });
      expect(mine.data?.myEnrolments).toEqual([
        { id: second.id, status: 'confirmed', waitlistPosition: null },
      ]);
      const third = await app.gql<{ myEnrolments: { waitlistPosition: number }[] }>(
        '{ myEnrolments { waitlistPosition } }',
        {},
        { token: c.token },
      );
      expect(third.data?.myEnrolments[0]?.waitlistPosition).toBe(1);
      const events: { type: string }[] = await app.dataSource.query(
        `SELECT type FROM domain_events WHERE payload->>'sessionId' = $1 ORDER BY id`,
        [sessionId],
      );
      expect(events.map((e) => e.type)).toEqual([
        'enrolment.confirmed',
        'enrolment.waitlisted',
        'enrolment.waitlisted',
        'enrolment.cancelled',
        'enrolment.promoted',
      ]);
      expect(await counts(sessionId)).toMatchObject({ confirmed_count: 1, confirmed_rows: 1 });
    });

    it('lets a learner cancel only before the deadline; staff may cancel later', async () => {
      const { sessionId } = await seminarSession(app, {
        providerOrganisationId: city,
        cancellationDeadlineInHours: -1,
      });
      const [a] = await learners(1);
      const mine = (await enrol(a, { sessionId })).data!.enrol;
      const late = await app.gql(CANCEL, { id: mine.id }, { token: a.token });
      expect(codes(late)).toEqual(['CONFLICT']);
      expect((await counts(sessionId)).confirmed_count).toBe(1);
      const byStaff = await app.gql<{ cancelEnrolment: { status: string } }>(
        CANCEL,
        { id: mine.id },
        { token: staff.token },
      );
      expect(byStaff.data?.cancelEnrolment.status).toBe('cancelled');
      expect((await counts(sessionId)).confirmed_count).toBe(0);
    });

    it("does not let another learner cancel (or even find) someone's enrolment", async () => {
      const { sessionId } = await seminarSession(app, { providerOrganisationId: city });
      const [a, b] = await learners(2);
      const mine = (await enrol(a, { sessionId })).data!.enrol;
      expect(codes(await app.gql(CANCEL, { id: mine.id }, { token: b.token }))).toEqual(['NOT_FOUND']);
      expect((await counts(sessionId)).confirmed_count).toBe(1);
    });
  });

  describe('cancelling a session (中止)', () => {
    const CANCEL_SESSION = `mutation($id: ID!) { cancelSession(id: $id) { id status } }`;

    it('cancels every seat and waitlist place at once, promotes no one, and records one event each', async () => {
      const { sessionId } = await seminarSession(app, {
        providerOrganisationId: city,
        capacity: 2,
        childcareCapacity: 1,
        childAges: [12, 72],
      });
      const other = await seminarSession(app, { providerOrganisationId: city, capacity: 2 });
      const [a, b, c, d] = await learners(4);
      await enrol(a, { sessionId, childcare: true, childAgesMonths: [30] });
      await enrol(b, { sessionId });
      await enrol(c, { sessionId });
      const elsewhere = (await enrol(d, { sessionId: other.sessionId })).data!.enrol;
      const result = await app.gql<{ cancelSession: { status: string } }>(
        CANCEL_SESSION,
        { id: sessionId },
        { token: staff.token },
      );
      expect(result.data?.cancelSession.status).toBe('cancelled');
      const rows: { status: string; waitlist_position: number | null; childcare_confirmed: boolean }[] =
        await app.dataSource.query(
          'SELECT status, waitlist_position, childcare_confirmed FROM enrolments WHERE session_id = $1',
          [sessionId],
        );
      expect(rows).toHaveLength(3);
      expect(rows.every((r) => r.status === 'cancelled' && r.waitlist_position === null)).toBe(true);
      expect(rows.some((r) => r.childcare_confirmed)).toBe(false);
      expect(await counts(sessionId)).toMatchObject({
        confirmed_count: 0,
        childcare_confirmed_count: 0,
        confirmed_rows: 0,
      });
      const events: { type: string; by: string | null }[] = await app.dataSource.query(
        `SELECT type, payload->>'by' AS by FROM domain_events
          WHERE payload->>'sessionId' = $1 AND type IN ('enrolment.cancelled', 'enrolment.promoted', 'session.cancelled')
          ORDER BY id`,
        [sessionId],
      );
      expect(events).toEqual([
        ...Array(3).fill({ type: 'enrolment.cancelled', by: 'session_cancelled' }),
        { type: 'session.cancelled', by: null },
      ]);
      // Her other seminar is untouched, and she sees the cancellation in "my seminars".
      const mine = await app.gql<{ myEnrolments: { id: string; status: string }[] }>(
        '{ myEnrolments { id status } }',
        {},
        { token: d.token },
      );
      expect(mine.data?.myEnrolments).toEqual([{ id: elsewhere.id, status: 'confirmed' }]);
      const hers = await app.gql<{ myEnrolments: { status: string }[] }>(
        '{ myEnrolments { status } }',
        {},
        { token: c.token },
      );
      expect(hers.data?.myEnrolments.map((e) => e.status)).toEqual(['cancelled']);
      // Cancelling again changes nothing; enrolling is refused.
      const again = await app.gql(CANCEL_SESSION, { id: sessionId }, { token: staff.token });
      expect(again.errors).toBeUndefined();
      expect(codes(await enrol((await learners(1))[0], { sessionId }))).toEqual(['CONFLICT']);
      const eventCount: { n: number }[] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM domain_events WHERE payload->>'sessionId' = $1 AND type = 'session.cancelled'`,
        [sessionId],
      );
      expect(eventCount[0]?.n).toBe(1);
    });

    it('cancels pending lottery applications, and is refused to the admin of another organisation', async () => {
      const { sessionId } = await seminarSession(app, {
        providerOrganisationId: city,
        capacity: 2,
        mode: 'lottery',
      });
      const [a, b] = await learners(2);
      await enrol(a, { sessionId });
      await enrol(b, { sessionId });
      const stranger = await app.user({
        roles: [[await app.organisation('partner_company'), 'company_admin']],
      });
      const refused = await app.gql(CANCEL_SESSION, { id: sessionId }, { token: stranger.token });
      expect(codes(refused)).toEqual(['FORBIDDEN']);
      const untouched: { status: string }[] = await app.dataSource.query(
        'SELECT status FROM enrolments WHERE session_id = $1',
        [sessionId],
      );
      expect(untouched.map((r) => r.status)).toEqual(['applied', 'applied']);
      await app.gql(CANCEL_SESSION, { id: sessionId }, { token: staff.token });
      const after: { status: string }[] = await app.dataSource.query(
        'SELECT status FROM enrolments WHERE session_id = $1',
        [sessionId],
      );
      expect(after.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
    });
  });
});
