import { catalogueWorld, DAY, marker } from '../../../test/catalogue-fixtures';
import { codes, type TestApp, type TestUser } from '../../../test/harness';
import { nth } from '../../../test/nth';

process.env.TZ = 'Asia/Tokyo';

describe('catalogue', () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;

  beforeAll(async () => {
    ({ app, city, staff } = await catalogueWorld());
  });
  afterAll(() => app.close());

  describe('editing sessions', () => {
    let course: string;
    const sessionCounts = async () => {
      const [row] = await app.dataSource.query(
        `SELECT (SELECT count(*) FROM sessions)::int AS sessions, (SELECT count(*) FROM session_meetings)::int AS meetings,
                (SELECT count(*) FROM session_questions)::int AS questions, (SELECT count(*) FROM courses)::int AS courses`,
      );
      return row;
    };
    beforeAll(async () => {
      course = await app.course(staff.token, { providerOrganisationId: city, title: `${marker()} 編集` });
    });

    it('refuses invalid course input per field and writes nothing', async () => {
      const before = await sessionCounts();
      const result = await app.gql(
        'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
        {
          i: {
            providerOrganisationId: city,
            title: '  ',
            summary: 'あ'.repeat(301),
            category: 'leadership',
            tags: Array.from({ length: 11 }, (_, i) => `tag${i}`),
          },
        },
        { token: staff.token, locale: 'en' },
      );
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.fields).toEqual({
        title: 'This field is required.',
        summary: 'Use at most 300 characters.',
        tags: 'Use at most 10 items.',
      });
      expect(await sessionCounts()).toEqual(before);
    });

    it('refuses inconsistent session input per field and writes nothing', async () => {
      const before = await sessionCounts();
      const start = Date.now() + 30 * DAY;
      const iso = (t: number) => new Date(t).toISOString();
      const result = await app.gql(
        'mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }',
        {
          i: {
            courseId: course,
            venueName: '会場',
            capacity: 10,
            childcareCapacity: 2,
            childcareMinAgeMonths: 36,
            childcareMaxAgeMonths: 12,
            registrationOpensAt: iso(Date.now()),
            registrationClosesAt: iso(Date.now() - DAY),
            cancellationDeadline: iso(start - DAY),
            registrationMode: 'lottery',
            completionRule: 'at_least',
            meetings: [
              { startsAt: iso(start), endsAt: iso(start + 3600_000) },
              { startsAt: iso(start + DAY), endsAt: iso(start + DAY - 3600_000) },
            ],
            questions: [{ kind: 'choice', label: '参加方法', choices: ['会場'] }],
          },
        },
        { token: staff.token },
      );
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.fields).toEqual({
        childcareMaxAgeMonths: '対象年齢の上限は下限以上にしてください。',
        'meetings.1.endsAt': '終了日時は開始日時より後にしてください。',
        registrationClosesAt: '申込締切は申込開始より後にしてください。',
        drawAt: '抽選の場合は抽選日時を入力してください。',
        completionMinMeetings: '修了に必要な出席回数を入力してください。',
        'questions.0.choices': '選択式の質問には選択肢を2つ以上入力してください。',
      });
      const ranges = await app.gql(
        'mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }',
        {
          i: {
            courseId: course,
            venueName: '会場',
            capacity: 0,
            childcareCapacity: 501,
            childcareMaxAgeMonths: 217,
            registrationOpensAt: iso(Date.now()),
            registrationClosesAt: iso(start - DAY),
            cancellationDeadline: iso(start - DAY),
            meetings: [],
          },
        },
        { token: staff.token, locale: 'en' },
      );
      expect(ranges.errors?.[0]?.extensions?.fields).toEqual({
        capacity: 'Enter a whole number from 1 to 10000.',
        childcareCapacity: 'Enter a whole number from 0 to 500.',
        childcareMaxAgeMonths: 'Enter a whole number from 0 to 216.',
        meetings: 'Add at least one meeting.',
      });
      expect(await sessionCounts()).toEqual(before);
    });

    it('creates a session with ordered meetings and questions', async () => {
      const start = Date.now() + 40 * DAY;
      const iso = (t: number) => new Date(t).toISOString();
      const id = await app.session(staff.token, course, {
        isOnline: true,
        onlineUrl: 'https://meet.example.jp/abc',
        registrationClosesAt: iso(start - 3 * DAY),
        registrationMode: 'lottery',
        drawAt: iso(start - 2 * DAY),
        completionRule: 'at_least',
        completionMinMeetings: 2,
        meetings: [2, 0, 1].map((k) => ({
          startsAt: iso(start + k * 7 * DAY),
          endsAt: iso(start + k * 7 * DAY + 7200_000),
        })),
        questions: [
          { kind: 'yes_no', label: '初めての参加ですか', required: true },
          { kind: 'choice', label: '知ったきっかけ', choices: ['市報', 'SNS', ' '] },
        ],
      });
      const result = await app.gql<{
        session: {
          meetings: { startsAt: string }[];
          questions: { label: string; choices: string[]; position: number }[];
        };
      }>(
        'query($id: ID!) { session(id: $id) { meetings { startsAt } questions { label choices position } } }',
        { id },
      );
      expect(result.errors).toBeUndefined();
      const starts = result.data!.session.meetings.map((m) => Date.parse(m.startsAt));
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(result.data!.session.questions).toEqual([
        { label: '初めての参加ですか', choices: [], position: 1 },
        { label: '知ったきっかけ', choices: ['市報', 'SNS'], position: 2 },
      ]);
      // The catalogue never serves the link itself (the enrolment module's field decides who sees it).
      const anonymous = await app.gql<{ session: Record<string, unknown> }>(
        'query($id: ID!) { session(id: $id) { id onlineUrl } }',
        { id },
      );
      expect(JSON.stringify(anonymous)).not.toContain('meet.example.jp');
    });

    it('refuses capacity below the confirmed count, under a row lock, and changes nothing', async () => {
      const id = await app.session(staff.token, course, {
        capacity: 10,
        childcareCapacity: 4,
        childcareMaxAgeMonths: 72,
      });
      await app.dataSource.query(
        'UPDATE session_seats SET confirmed_count = 6, childcare_confirmed_count = 3 WHERE session_id = $1',
        [id],
      );
      const update =
        'mutation($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { capacity childcareCapacity title } }';
      const refused = await app.gql(
        update,
        { id, i: { capacity: 5, childcareCapacity: 2, title: '変更' } },
        { token: staff.token },
      );
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0]?.extensions?.fields).toEqual({
        capacity: '定員は確定済みの参加者数（6名）より少なくできません。',
        childcareCapacity: '託児の定員は確定済みの託児人数（3名）より少なくできません。',
      });
      const [row] = await app.dataSource.query(
        'SELECT capacity, childcare_capacity, title FROM sessions WHERE id = $1',
        [id],
      );
      expect(row).toEqual({ capacity: 10, childcare_capacity: 4, title: '' });
      const ok = await app.gql<{ updateSession: { capacity: number } }>(
        update,
        { id, i: { capacity: 6, childcareCapacity: 3 } },
        { token: staff.token },
      );
      expect(ok.errors).toBeUndefined();
      expect(ok.data?.updateSession.capacity).toBe(6);
    });

    it('updates meetings and questions by id, refusing invalid changes without writing', async () => {
      const id = await app.session(staff.token, course, {
        questions: [
          { kind: 'text', label: 'A' },
          { kind: 'text', label: 'B' },
        ],
      });
      const read = async () =>
        (
          await app.gql<{
            session: {
              meetings: { id: string; startsAt: string; endsAt: string }[];
              questions: { id: string; label: string }[];
            };
          }>(
            'query($id: ID!) { session(id: $id) { meetings { id startsAt endsAt } questions { id label } } }',
            { id },
          )
        ).data!.session;
      const before = await read();
      const update =
        'mutation($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { id } }';
      const meeting = nth(before.meetings, 0);
      const bad = await app.gql(
        update,
        { id, i: { meetings: [{ id: meeting?.id, startsAt: meeting?.endsAt, endsAt: meeting?.startsAt }] } },
        { token: staff.token },
      );
      expect(Object.keys(bad.errors?.[0]?.extensions?.fields ?? {})).toEqual(['meetings.0.endsAt']);
      expect(await read()).toEqual(before);

      const added = new Date(Date.parse(meeting.startsAt) + 7 * DAY);
      const ok = await app.gql(
        update,
        {
          id,
          i: {
            meetings: [
              { id: meeting?.id, startsAt: meeting?.startsAt, endsAt: meeting?.endsAt },
              { startsAt: added.toISOString(), endsAt: new Date(added.getTime() + 3600_000).toISOString() },
            ],
            questions: [
              { id: before.questions[1]?.id, kind: 'text', label: 'B2' },
              { kind: 'yes_no', label: 'C' },
            ],
          },
        },
        { token: staff.token },
      );
      expect(ok.errors).toBeUndefined();
      const after = await read();
      expect(after.meetings).toHaveLength(2);
      expect(after.meetings[0]?.id).toBe(meeting?.id);
      expect(after.questions.map((q) => q.label)).toEqual(['B2', 'C']);
      expect(after.questions[0]?.id).toBe(before.questions[1]?.id);
    });

    it('cancels a session: gone from the public course, still listed for editors', async () => {
      const id = await app.session(staff.token, course);
      const cancelled = await app.gql<{ cancelSession: { status: string } }>(
        'mutation($id: ID!) { cancelSession(id: $id) { status } }',
        { id },
        { token: staff.token },
      );
      expect(cancelled.data?.cancelSession.status).toBe('cancelled');
      const query = 'query($id: ID!) { course(id: $id) { sessions { id status } } }';
      const publicView = await app.gql<{ course: { sessions: { id: string }[] } }>(query, { id: course });
      expect(publicView.data!.course.sessions.map((s) => s.id)).not.toContain(id);
      const editorView = await app.gql<{ course: { sessions: { id: string }[] } }>(
        query,
        { id: course },
        { token: staff.token },
      );
      expect(editorView.data!.course.sessions.map((s) => s.id)).toContain(id);
      const again = await app.gql(
        'mutation($id: ID!) { updateSession(id: $id, input: { capacity: 20 }) { id } }',
        { id },
        { token: staff.token },
      );
      expect(codes(again)).toEqual(['CONFLICT']);
    });
  });
});
