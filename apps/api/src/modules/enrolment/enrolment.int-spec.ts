import { Client } from 'pg';
import {
  CANCEL,
  ENROL,
  enrolAs,
  enrolmentWorld,
  newLearners,
  seatCounts,
} from '../../../test/enrolment-fixtures';
import { codes, TestApp, type TestUser } from '../../../test/harness';
import { seminarSession } from '../../../test/seminar-fixtures';

describe('enrolment', () => {
  let app: TestApp;
  let city: string;

  beforeAll(async () => {
    ({ app, city } = await enrolmentWorld());
  });
  afterAll(() => app.close());

  const enrol = (user: TestUser, input: Record<string, unknown>) => enrolAs(app, user, input);
  const learners = <N extends number>(n: N) => newLearners(app, n);
  const counts = (sessionId: string) => seatCounts(app, sessionId);

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
      expect(again.errors?.[0]?.message).toBe('この開催回には既に申し込んでいます。');
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
      expect(refused.errors?.[0]?.extensions?.fields).toEqual({
        [`answers.${question?.id}`]: 'この質問への回答は必須です。',
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
      expect(result.errors?.[0]?.message).toBe(message);
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
      expect(missing.errors?.[0]?.extensions?.fields).toEqual({
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
      ).data?.myEnrolments[0]?.session.onlineUrl,
    ).toBe('https://meet.example.jp/abc');
    expect(
      (
        await app.gql<{ myEnrolments: { session: { onlineUrl: string | null } }[] }>(
          query,
          {},
          { token: waiting.token },
        )
      ).data?.myEnrolments[0]?.session.onlineUrl,
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
});
