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

  describe('childcare (託児)', () => {
    it('gives childcare seats their own capacity, in one queue, without silent partial confirmation', async () => {
      const { sessionId } = await seminarSession(app, {
        providerOrganisationId: city,
        capacity: 5,
        childcareCapacity: 1,
        childAges: [6, 72],
      });
      const [a, b, c] = await learners(3);
      const first = await enrol(a, { sessionId, childcare: true, childAgesMonths: [18] });
      expect(first.data?.enrol).toMatchObject({ status: 'confirmed', childcareConfirmed: true });
      const waits = await enrol(b, {
        sessionId,
        childcare: true,
        childAgesMonths: [30, 60],
        ifChildcareFull: 'WAIT',
      });
      expect(waits.data?.enrol).toMatchObject({
        status: 'waitlisted',
        waitlistPosition: 1,
        childcareRequested: true,
      });
      const without = await enrol(c, {
        sessionId,
        childcare: true,
        childAgesMonths: [12],
        ifChildcareFull: 'WITHOUT_CHILDCARE',
      });
      expect(without.data?.enrol).toMatchObject({
        status: 'confirmed',
        childcareRequested: false,
        childcareConfirmed: false,
      });
      await app.gql(CANCEL, { id: first.data!.enrol.id }, { token: a.token });
      const promoted = await app.gql<{ myEnrolments: { status: string; childcareConfirmed: boolean }[] }>(
        '{ myEnrolments { status childcareConfirmed } }',
        {},
        { token: b.token },
      );
      expect(promoted.data?.myEnrolments[0]).toEqual({ status: 'confirmed', childcareConfirmed: true });
      expect(await counts(sessionId)).toMatchObject({ confirmed_count: 2, childcare_confirmed_count: 1 });
    });

    it("requires the children's ages within the session's range, and refuses childcare where there is none", async () => {
      const withCare = await seminarSession(app, {
        providerOrganisationId: city,
        childcareCapacity: 3,
        childAges: [6, 72],
      });
      const noCare = await seminarSession(app, { providerOrganisationId: city });
      const [user] = await learners(1);
      const noAges = await enrol(user, { sessionId: withCare.sessionId, childcare: true });
      expect(noAges.errors?.[0]?.extensions?.fields).toEqual({
        childAgesMonths: '託児を希望するお子さまの年齢を入力してください。',
      });
      const tooOld = await enrol(user, {
        sessionId: withCare.sessionId,
        childcare: true,
        childAgesMonths: [100],
      });
      expect(tooOld.errors?.[0]?.extensions?.fields).toEqual({
        childAgesMonths: '託児の対象は6か月から72か月までのお子さまです。',
      });
      const none = await enrol(user, { sessionId: noCare.sessionId, childcare: true, childAgesMonths: [12] });
      expect(none.errors?.[0]?.extensions?.fields).toEqual({ childcare: 'この開催回には託児がありません。' });
      expect((await counts(withCare.sessionId)).all_rows + (await counts(noCare.sessionId)).all_rows).toBe(0);
    });

    it("shows children's ages only to her and the organisers, and audits each read", async () => {
      const { sessionId } = await seminarSession(app, {
        providerOrganisationId: city,
        childcareCapacity: 2,
        childAges: [0, 72],
      });
      const [mother, otherLearner] = await learners(2);
      await enrol(mother, { sessionId, childcare: true, childAgesMonths: [24] });
      const own = await app.gql<{ myEnrolments: { childAgesMonths: number[] }[] }>(
        '{ myEnrolments { childAgesMonths } }',
        {},
        { token: mother.token },
      );
      expect(own.data?.myEnrolments[0]?.childAgesMonths).toEqual([24]);
      const roster = await app.gql<{
        sessionRoster: { childAgesMonths: number[]; learner: { id: string } }[];
      }>(
        'query($s: ID!) { sessionRoster(sessionId: $s) { childAgesMonths learner { id } } }',
        { s: sessionId },
        { token: staff.token },
      );
      expect(roster.data?.sessionRoster).toEqual([{ childAgesMonths: [24], learner: { id: mother.id } }]);
      const denied = await app.gql(
        'query($s: ID!) { sessionRoster(sessionId: $s) { childAgesMonths } }',
        { s: sessionId },
        { token: otherLearner.token },
      );
      expect(codes(denied)).toEqual(['FORBIDDEN']);
      const elsewhereStaff = await app.user({ roles: [[await app.organisation('city'), 'staff']] });
      const deniedStaff = await app.gql(
        'query($s: ID!) { sessionRoster(sessionId: $s) { childAgesMonths } }',
        { s: sessionId },
        { token: elsewhereStaff.token },
      );
      expect(codes(deniedStaff)).toEqual(['FORBIDDEN']);
      const audited: { actor_user_id: string }[] = await app.dataSource.query(
        `SELECT actor_user_id FROM audit_log WHERE action = 'enrolment.read_children' AND actor_user_id = ANY($1::uuid[])`,
        [[mother.id, staff.id]],
      );
      expect(audited.map((a) => a.actor_user_id).sort()).toEqual([mother.id, staff.id].sort());
    });
  });
});
