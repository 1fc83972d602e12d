import { Client } from 'pg';
import { codes, TestApp, type TestUser } from '../../../test/harness';
import { seminarSession } from '../../../test/seminar-fixtures';

const ENROL = `mutation($input: EnrolInput!) { enrol(input: $input) { id status waitlistPosition childcareRequested childcareConfirmed } }`;
const CANCEL = `mutation($id: ID!) { cancelEnrolment(id: $id) { id status } }`;

interface Enrolled {
  id: string;
  status: string;
  waitlistPosition: number | null;
  childcareRequested: boolean;
  childcareConfirmed: boolean;
}

describe('enrolment', () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
  });
  afterAll(() => app.close());

  async function enrol(user: TestUser, input: Record<string, unknown>) {
    return app.gql<{ enrol: Enrolled }>(ENROL, { input }, { token: user.token });
  }

  async function learners(n: number): Promise<TestUser[]> {
    return Promise.all(Array.from({ length: n }, () => app.user()));
  }

  async function counts(sessionId: string) {
    const [row] = await app.dataSource.query(
      `SELECT s.confirmed_count, s.childcare_confirmed_count,
              (SELECT count(*)::int FROM enrolments e WHERE e.session_id = s.session_id AND e.status IN ('confirmed','completed')) AS confirmed_rows,
              (SELECT count(*)::int FROM enrolments e WHERE e.session_id = s.session_id) AS all_rows
         FROM session_seats s WHERE s.session_id = $1`,
      [sessionId],
    );
    return row as {
      confirmed_count: number;
      childcare_confirmed_count: number;
      confirmed_rows: number;
      all_rows: number;
    };
  }

  describe('first come, first served', () => {
    it('confirms up to capacity, then waitlists with positions, and refuses a second enrolment', async () => {
      const { sessionId } = await seminarSession(app, { providerOrganisationId: city, capacity: 2 });
      const [a, b, c] = await learners(3);
      expect((await enrol(a, { sessionId })).data?.enrol.status).toBe('confirmed');
      expect((await enrol(b, { sessionId })).data?.enrol.status).toBe('confirmed');
      const third = await enrol(c, { sessionId });
      expect(third.data?.enrol).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
      const again = await enrol(a, { sessionId });
      expect(codes(again)).toEqual(['CONFLICT']);
      expect(again.errors?.[0].message).toBe('この開催回には既に申し込んでいます。');
      expect(await counts(sessionId)).toMatchObject({ confirmed_count: 2, confirmed_rows: 2, all_rows: 3 });
    });

    it('never oversells under concurrency, and gives each waitlisted learner a distinct position', async () => {
      const { sessionId } = await seminarSession(app, { providerOrganisationId: city, capacity: 5 });
      const users = await learners(30);
      const results = await Promise.all(users.map((u) => enrol(u, { sessionId })));
      expect(results.filter((r) => r.errors)).toEqual([]);
      const statuses = results.map((r) => r.data!.enrol.status);
      expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(5);
      expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(25);
      const tickets: { waitlist_position: number }[] = await app.dataSource.query(
        `SELECT waitlist_position FROM enrolments WHERE session_id = $1 AND status = 'waitlisted' ORDER BY 1`,
        [sessionId],
      );
      expect(tickets.map((t) => t.waitlist_position)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      expect(await counts(sessionId)).toMatchObject({ confirmed_count: 5, confirmed_rows: 5 });
    });

    it('refuses duplicate enrolments of one learner sent at once', async () => {
      const { sessionId } = await seminarSession(app, { providerOrganisationId: city, capacity: 10 });
      const [user] = await learners(1);
      const results = await Promise.all(Array.from({ length: 6 }, () => enrol(user, { sessionId })));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors).every((r) => codes(r)[0] === 'CONFLICT')).toBe(true);
      expect(await counts(sessionId)).toMatchObject({ confirmed_count: 1, all_rows: 1 });
    });

    it('holds no global lock: while one session is locked, another session enrols', async () => {
      const locked = await seminarSession(app, { providerOrganisationId: city, capacity: 5 });
      const free = await seminarSession(app, { providerOrganisationId: city, capacity: 5 });
      const [a, b] = await learners(2);
      const other = new Client({ connectionString: process.env['DATABASE_URL'] });
      await other.connect();
      try {
        await other.query('BEGIN');
        await other.query('SELECT 1 FROM session_seats WHERE session_id = $1 FOR UPDATE', [locked.sessionId]);
        let lockedDone = false;
        const waiting = enrol(a, { sessionId: locked.sessionId }).then((r) => {
          lockedDone = true;
          return r;
        });
        const elsewhere = await enrol(b, { sessionId: free.sessionId });
        expect(elsewhere.data?.enrol.status).toBe('confirmed');
        expect(lockedDone).toBe(false);
        await other.query('COMMIT');
        expect((await waiting).data?.enrol.status).toBe('confirmed');
      } finally {
        await other.end();
      }
    });
  });

  describe('without the guard (the benchmark switch)', () => {
    let unsafe: TestApp;
    beforeAll(async () => {
      unsafe = await TestApp.create({ env: { BENCH_UNSAFE_ENROLMENT: '1' } });
    });
    afterAll(() => unsafe.close());

    it('oversells, proving the guard is what prevents it', async () => {
      const { sessionId } = await seminarSession(app, { providerOrganisationId: city, capacity: 3 });
      const users = await learners(20);
      await Promise.all(users.map((u) => unsafe.gql(ENROL, { input: { sessionId } }, { token: u.token })));
      const { confirmed_rows } = await counts(sessionId);
      expect(confirmed_rows).toBeGreaterThan(3);
    });
  });

  describe('read fresh on every request (nothing is cached between enrolments)', () => {
    it('stops a revoked session and a removed role at once, and sees new registration questions', async () => {
      const members = await seminarSession(app, { providerOrganisationId: city, visibility: 'organisation' });
      const [member, leaver, signedOut] = await Promise.all([
        app.user({ roles: [[city, 'learner']] }),
        app.user({ roles: [[city, 'learner']] }),
        app.user(),
      ]);
      expect((await enrol(member, { sessionId: members.sessionId })).data?.enrol.status).toBe('confirmed');
      await app.dataSource.query('DELETE FROM memberships WHERE user_id = $1', [leaver.id]);
      expect(codes(await enrol(leaver, { sessionId: members.sessionId }))).toEqual(['NOT_FOUND']);

      const open = await seminarSession(app, { providerOrganisationId: city });
      await app.dataSource.query('UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1', [
        signedOut.id,
      ]);
      expect(codes(await enrol(signedOut, { sessionId: open.sessionId }))).toEqual(['UNAUTHENTICATED']);

      const [first, second] = await learners(2);
      expect((await enrol(first, { sessionId: open.sessionId })).data?.enrol.status).toBe('confirmed');
      const [question] = (await app.dataSource.query(
        `INSERT INTO session_questions (session_id, position, kind, label, required)
         VALUES ($1, 1, 'yes_no', '初めての参加ですか', true) RETURNING id`,
        [open.sessionId],
      )) as { id: string }[];
      const refused = await enrol(second, { sessionId: open.sessionId });
      expect(refused.errors?.[0].extensions?.fields).toEqual({
        [`answers.${question.id}`]: 'この質問への回答は必須です。',
      });
      expect(await counts(open.sessionId)).toMatchObject({ confirmed_count: 1, all_rows: 1 });
    });
  });

  describe('bad input changes nothing', () => {
    it.each([
      [
        'after the window',
        { closesInHours: -1 },
        'enrolment.registrationClosed',
        '申し込みの受付は終了しました。',
      ],
      [
        'before the window',
        { opensInHours: 5 },
        'enrolment.registrationNotOpen',
        '申し込みはまだ始まっていません。',
      ],
    ])('refuses enrolment %s', async (_, options, _key, message) => {
      const { sessionId } = await seminarSession(app, { providerOrganisationId: city, ...options });
      const [user] = await learners(1);
      const result = await enrol(user, { sessionId });
      expect(codes(result)).toEqual(['CONFLICT']);
      expect(result.errors?.[0].message).toBe(message);
      expect((await counts(sessionId)).all_rows).toBe(0);
    });

    it('refuses a cancelled session, a draft course and an unknown session', async () => {
      const cancelled = await seminarSession(app, { providerOrganisationId: city });
      await app.dataSource.query(`UPDATE sessions SET status = 'cancelled' WHERE id = $1`, [
        cancelled.sessionId,
      ]);
      const draft = await seminarSession(app, { providerOrganisationId: city, status: 'draft' });
      const [user] = await learners(1);
      expect(codes(await enrol(user, { sessionId: cancelled.sessionId }))).toEqual(['CONFLICT']);
      expect(codes(await enrol(user, { sessionId: draft.sessionId }))).toEqual(['NOT_FOUND']);
      expect(codes(await enrol(user, { sessionId: '00000000-0000-0000-0000-000000000000' }))).toEqual([
        'NOT_FOUND',
      ]);
      expect((await counts(draft.sessionId)).all_rows + (await counts(cancelled.sessionId)).all_rows).toBe(0);
    });

    it('requires answers to required questions, and valid choices', async () => {
      const { sessionId, questionIds } = await seminarSession(app, {
        providerOrganisationId: city,
        questions: [
          { kind: 'choice', label: '参加のきっかけ', choices: ['市報', 'SNS'], required: true },
          { kind: 'yes_no', label: '初めての参加ですか', required: true },
          { kind: 'text', label: 'ご質問', required: false },
        ],
      });
      const [user] = await learners(1);
      const missing = await enrol(user, {
        sessionId,
        answers: [{ questionId: questionIds[0], value: 'テレビ' }],
      });
      expect(missing.errors?.[0].extensions?.fields).toEqual({
        [`answers.${questionIds[0]}`]: '選択肢から選んでください。',
        [`answers.${questionIds[1]}`]: 'この質問への回答は必須です。',
      });
      expect((await counts(sessionId)).all_rows).toBe(0);
      const ok = await enrol(user, {
        sessionId,
        answers: [
          { questionId: questionIds[0], value: 'SNS' },
          { questionId: questionIds[1], value: 'yes' },
        ],
      });
      expect(ok.data?.enrol.status).toBe('confirmed');
    });
  });

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
      expect(third.data?.myEnrolments[0].waitlistPosition).toBe(1);
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
      expect(eventCount[0].n).toBe(1);
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
      expect(noAges.errors?.[0].extensions?.fields).toEqual({
        childAgesMonths: '託児を希望するお子さまの年齢を入力してください。',
      });
      const tooOld = await enrol(user, {
        sessionId: withCare.sessionId,
        childcare: true,
        childAgesMonths: [100],
      });
      expect(tooOld.errors?.[0].extensions?.fields).toEqual({
        childAgesMonths: '託児の対象は6か月から72か月までのお子さまです。',
      });
      const none = await enrol(user, { sessionId: noCare.sessionId, childcare: true, childAgesMonths: [12] });
      expect(none.errors?.[0].extensions?.fields).toEqual({ childcare: 'この開催回には託児がありません。' });
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
      expect(own.data?.myEnrolments[0].childAgesMonths).toEqual([24]);
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

  describe('check-in, completion and certificates', () => {
    const CHECK_IN = `mutation($s: ID!, $m: ID!, $c: String!) { checkIn(sessionId: $s, meetingId: $m, code: $c) { status } }`;

    it('checks in with the signed QR code, completes after every meeting and issues a verifiable certificate', async () => {
      // Both meetings are over: attendance can be recorded and completion decided at once.
      const past = { firstMeetingInHours: -24 * 15 };
      const fixture = await seminarSession(app, { providerOrganisationId: city, meetings: 2, ...past });
      const other = await seminarSession(app, { providerOrganisationId: city, meetings: 1, ...past });
      const [learner] = await learners(1);
      await enrol(learner, { sessionId: fixture.sessionId });
      const mine = await app.gql<{ myEnrolments: { checkInCode: string }[] }>(
        '{ myEnrolments { checkInCode } }',
        {},
        { token: learner.token },
      );
      const code = mine.data!.myEnrolments[0].checkInCode;
      expect(code).toMatch(/\./);

      const forged = await app.gql(
        CHECK_IN,
        { s: fixture.sessionId, m: fixture.meetingIds[0], c: `${code.slice(0, -2)}xx` },
        { token: staff.token },
      );
      expect(forged.errors?.[0].extensions?.fields).toEqual({ code: 'この受付コードは無効です。' });
      const elsewhere = await app.gql(
        CHECK_IN,
        { s: other.sessionId, m: other.meetingIds[0], c: code },
        { token: staff.token },
      );
      expect(elsewhere.errors?.[0].extensions?.fields).toEqual({
        code: 'この受付コードは別の開催回のものです。',
      });
      const byLearner = await app.gql(
        CHECK_IN,
        { s: fixture.sessionId, m: fixture.meetingIds[0], c: code },
        { token: learner.token },
      );
      expect(codes(byLearner)).toEqual(['FORBIDDEN']);
      const [{ n }] = await app.dataSource.query(
        'SELECT count(*)::int AS n FROM attendance a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.user_id = $1',
        [learner.id],
      );
      expect(n).toBe(0);

      const day1 = await app.gql<{ checkIn: { status: string } }>(
        CHECK_IN,
        { s: fixture.sessionId, m: fixture.meetingIds[0], c: code },
        { token: staff.token },
      );
      expect(day1.data?.checkIn.status).toBe('confirmed');
      const day2 = await app.gql<{ checkIn: { status: string } }>(
        CHECK_IN,
        { s: fixture.sessionId, m: fixture.meetingIds[1], c: code },
        { token: staff.token },
      );
      expect(day2.data?.checkIn.status).toBe('completed');

      const withCertificate = await app.gql<{
        myEnrolments: { certificate: { verificationCode: string } }[];
      }>('{ myEnrolments { certificate { verificationCode } } }', {}, { token: learner.token });
      const verification = withCertificate.data!.myEnrolments[0].certificate.verificationCode;
      expect(verification).toMatch(/^TSU-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      const verified = await app.gql<{ verifyCertificate: { learnerName: string; courseTitle: string } }>(
        'query($c: String!) { verifyCertificate(code: $c) { learnerName courseTitle } }',
        { c: verification.toLowerCase() },
      );
      expect(verified.data?.verifyCertificate.learnerName).toBe('試験 花子');
      expect(codes(await app.gql('{ verifyCertificate(code: "TSU-NONE-NONE") { learnerName } }'))).toEqual([
        'NOT_FOUND',
      ]);
    });

    it('completes on "at least N" meetings, marked by hand', async () => {
      const fixture = await seminarSession(app, {
        providerOrganisationId: city,
        meetings: 3,
        completionRule: 'at_least',
        completionMin: 2,
        firstMeetingInHours: -24 * 22,
      });
      const [learner] = await learners(1);
      const enrolment = (await enrol(learner, { sessionId: fixture.sessionId })).data!.enrol;
      const MARK = `mutation($e: ID!, $m: ID!, $s: AttendanceStatus!) { markAttendance(enrolmentId: $e, meetingId: $m, status: $s) { status } }`;
      await app.gql(
        MARK,
        { e: enrolment.id, m: fixture.meetingIds[0], s: 'attended' },
        { token: staff.token },
      );
      await app.gql(
        MARK,
        { e: enrolment.id, m: fixture.meetingIds[1], s: 'no_show' },
        { token: staff.token },
      );
      const done = await app.gql<{ markAttendance: { status: string } }>(
        MARK,
        { e: enrolment.id, m: fixture.meetingIds[2], s: 'attended' },
        { token: staff.token },
      );
      expect(done.data?.markAttendance.status).toBe('completed');
    });
  });

  it('tells each learner her own enrolment in a session, and no one else hers', async () => {
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city, capacity: 1 });
    const [first, second, outsider] = await learners(3);
    const mine = (await enrol(first, { sessionId })).data!.enrol;
    await enrol(second, { sessionId });
    const query = 'query($id: ID!) { session(id: $id) { myEnrolment { id status waitlistPosition } } }';
    const read = async (token?: string) =>
      (
        await app.gql<{
          session: { myEnrolment: { id: string; status: string; waitlistPosition: number | null } | null };
        }>(query, { id: sessionId }, token ? { token } : {})
      ).data?.session.myEnrolment;
    expect(await read(first.token)).toEqual({ id: mine.id, status: 'confirmed', waitlistPosition: null });
    expect(await read(second.token)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(await read(outsider.token)).toBeNull();
    expect(await read()).toBeNull();
    await app.gql(CANCEL, { id: mine.id }, { token: first.token });
    expect(await read(first.token)).toBeNull();
    expect(await read(second.token)).toMatchObject({ status: 'confirmed', waitlistPosition: null });
  });

  it('shows the online join URL only to confirmed participants', async () => {
    const { sessionId } = await seminarSession(app, {
      providerOrganisationId: city,
      capacity: 1,
      onlineUrl: 'https://meet.example.jp/abc',
    });
    const [confirmed, waiting] = await learners(2);
    await enrol(confirmed, { sessionId });
    await enrol(waiting, { sessionId });
    const query = '{ myEnrolments { session { onlineUrl } } }';
    expect(
      (
        await app.gql<{ myEnrolments: { session: { onlineUrl: string | null } }[] }>(
          query,
          {},
          { token: confirmed.token },
        )
      ).data?.myEnrolments[0].session.onlineUrl,
    ).toBe('https://meet.example.jp/abc');
    expect(
      (
        await app.gql<{ myEnrolments: { session: { onlineUrl: string | null } }[] }>(
          query,
          {},
          { token: waiting.token },
        )
      ).data?.myEnrolments[0].session.onlineUrl,
    ).toBeNull();
    // The same rule through the catalogue, which reads whole rows when a field has its own resolver.
    const [{ title }] = await app.dataSource.query(
      'SELECT c.title FROM sessions s JOIN courses c ON c.id = s.course_id WHERE s.id = $1',
      [sessionId],
    );
    const inCatalogue = async (token: string) =>
      (
        await app.gql<{
          catalogue: { items: { session: { id: string; title: string; onlineUrl: string | null } }[] };
        }>(
          'query($q: String) { catalogue(filter: { search: $q }) { items { session { id title onlineUrl } } } }',
          { q: title },
          { token },
        )
      ).data?.catalogue.items.find((item) => item.session.id === sessionId)?.session;
    expect((await inCatalogue(confirmed.token))?.onlineUrl).toBe('https://meet.example.jp/abc');
    expect(await inCatalogue(waiting.token)).toEqual({
      id: sessionId,
      title: expect.any(String),
      onlineUrl: null,
    });
  });

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
      expect(text).toContain(`試験,花子,シケン,ハナコ,${mother.email},参加確定,,あり,20,0`);
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

  describe('what no one may do, editors included', () => {
    const MARK = `mutation($e: ID!, $m: ID!) { markAttendance(enrolmentId: $e, meetingId: $m, status: attended) { status certificate { verificationCode } } }`;

    it('takes no seat in a draft course, not even for its editors', async () => {
      const draft = await seminarSession(app, { providerOrganisationId: city, status: 'draft' });
      const admin = await app.user({ roles: [[city, 'admin']] });
      for (const editor of [staff, admin]) {
        const refused = await app.gql(
          ENROL,
          { input: { sessionId: draft.sessionId } },
          {
            token: editor.token,
            locale: 'en',
          },
        );
        expect(codes(refused)).toEqual(['CONFLICT']);
        expect(refused.errors?.[0].message).toBe('This course is not published yet, so nobody can apply.');
      }
      expect((await counts(draft.sessionId)).all_rows).toBe(0);
    });

    it('never cancels a completion, which would leave its certificate valid', async () => {
      const done = await seminarSession(app, {
        providerOrganisationId: city,
        meetings: 1,
        firstMeetingInHours: -24,
      });
      const [learner] = await learners(1);
      const enrolment = (await enrol(learner, { sessionId: done.sessionId })).data!.enrol;
      const marked = await app.gql<{
        markAttendance: { status: string; certificate: { verificationCode: string } };
      }>(MARK, { e: enrolment.id, m: done.meetingIds[0] }, { token: staff.token });
      expect(marked.errors).toBeUndefined();
      expect(marked.data?.markAttendance.status).toBe('completed');
      const refused = await app.gql(CANCEL, { id: enrolment.id }, { token: staff.token });
      expect(codes(refused)).toEqual(['CONFLICT']);
      expect(await counts(done.sessionId)).toMatchObject({ confirmed_count: 1, confirmed_rows: 1 });
      const verified = await app.gql<{ verifyCertificate: { courseTitle: string } | null }>(
        'query($c: String!) { verifyCertificate(code: $c) { courseTitle } }',
        { c: marked.data!.markAttendance.certificate.verificationCode },
      );
      expect(verified.data?.verifyCertificate).not.toBeNull();
    });

    it('moves nobody up into a session that is over when an editor cancels a place', async () => {
      const over = await seminarSession(app, {
        providerOrganisationId: city,
        capacity: 1,
        meetings: 1,
        firstMeetingInHours: -24,
      });
      const [held, waiting] = await learners(2);
      const place = (await enrol(held, { sessionId: over.sessionId })).data!.enrol;
      expect((await enrol(waiting, { sessionId: over.sessionId })).data?.enrol.status).toBe('waitlisted');
      expect((await app.gql(CANCEL, { id: place.id }, { token: staff.token })).errors).toBeUndefined();
      const statuses = await app.dataSource.query(
        `SELECT status FROM enrolments WHERE session_id = $1 ORDER BY created_at`,
        [over.sessionId],
      );
      expect(statuses).toEqual([{ status: 'cancelled' }, { status: 'waitlisted' }]);
    });
  });
});
