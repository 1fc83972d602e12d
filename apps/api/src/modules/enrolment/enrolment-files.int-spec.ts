import { enrolAs, enrolmentWorld, newLearners } from '../../../test/enrolment-fixtures';
import { type TestApp, type TestUser } from '../../../test/harness';
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

  describe('files', () => {
    const get = (path: string, token?: string) =>
      fetch(app.url.replace(/\/graphql$/, path), {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });

    it('exports the roster as CSV and Excel for the organisers only, and audits the export', async () => {
      const { sessionId } = await seminarSession(app, {
        providerOrganisationId: city,
        childcareCapacity: 2,
        childAges: [0, 72],
      });
      const [mother, other] = await learners(2);
      await enrol(mother, { sessionId, childcare: true, childAgesMonths: [20] });
      const csv = await get(`/api/sessions/${sessionId}/roster.csv`, staff.token);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const text = Buffer.from(await csv.arrayBuffer())
        .subarray(3)
        .toString('utf8');
      expect(text).toContain(`試験,花子,シケン,ハナコ,${mother.email},未確認,参加確定,,あり,20,0`);
      const xlsx = await get(`/api/sessions/${sessionId}/roster.xlsx`, staff.token);
      expect(xlsx.status).toBe(200);
      expect(
        Buffer.from(await xlsx.arrayBuffer())
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
      expect((await get(`/api/sessions/${sessionId}/roster.csv`, other.token)).status).toBe(403);
      expect((await get(`/api/sessions/${sessionId}/roster.csv`)).status).toBe(401);
      // Staff of another organisation do not run this session; a co-organiser's staff do.
      const elsewhere = await app.user({ roles: [[await app.organisation('city'), 'staff']] });
      expect((await get(`/api/sessions/${sessionId}/roster.xlsx`, elsewhere.token)).status).toBe(403);
      const [{ n }] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'enrolment.roster_exported' AND subject_id = $1`,
        [sessionId],
      );
      expect(n).toBe(2);
      const coOrganiser = await app.organisation('prefecture');
      const coOrganised = await seminarSession(app, {
        providerOrganisationId: city,
        coOrganiserIds: [coOrganiser],
      });
      const coStaff = await app.user({ roles: [[coOrganiser, 'staff']] });
      expect((await get(`/api/sessions/${coOrganised.sessionId}/roster.csv`, coStaff.token)).status).toBe(
        200,
      );
      expect((await get(`/api/sessions/${coOrganised.sessionId}/roster.csv`, elsewhere.token)).status).toBe(
        403,
      );
    });

    it('serves a completed learner her certificate PDF, and no one else', async () => {
      const fixture = await seminarSession(app, {
        providerOrganisationId: city,
        meetings: 1,
        firstMeetingInHours: -3,
      });
      const [learner, other] = await learners(2);
      const enrolment = (await enrol(learner, { sessionId: fixture.sessionId })).data!.enrol;
      const path = `/api/enrolments/${enrolment.id}/certificate.pdf`;
      expect((await get(path, learner.token)).status).toBe(404);
      await app.gql(
        'mutation($e: ID!, $m: ID!) { markAttendance(enrolmentId: $e, meetingId: $m, status: attended) { status } }',
        { e: enrolment.id, m: fixture.meetingIds[0] },
        { token: staff.token },
      );
      const pdf = await get(path, learner.token);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      expect((await get(path, other.token)).status).toBe(404);
      expect((await get(path, staff.token)).status).toBe(200);
    });
  });
});
