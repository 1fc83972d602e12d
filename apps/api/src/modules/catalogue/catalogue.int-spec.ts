import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { codes, TestApp, type TestUser } from '../../../test/harness';

process.env.TZ = 'Asia/Tokyo';

const DAY = 24 * 60 * 60 * 1000;

interface Entry {
  firstMeetingAt: string;
  seatsLeft: number;
  childcareSeatsLeft: number;
  session: { id: string };
  course: { id: string; title: string };
  provider: { id: string };
}

const CATALOGUE = `query($f: CatalogueFilter) { catalogue(filter: $f) { totalCount items {
  firstMeetingAt seatsLeft childcareSeatsLeft session { id } course { id title } provider { id } } } }`;

/** Tokyo's YYYY-MM of a moment. */
function tokyoMonth(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
  })
    .formatToParts(date)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts['year']}-${parts['month']}`;
}

describe('catalogue', () => {
  let app: TestApp;
  let city: string;
  let provider: string;
  let partner: string;
  let outsider: string;
  let staff: TestUser;
  let cityLearner: TestUser;
  let providerAdmin: TestUser;
  let providerLearner: TestUser;
  let partnerLearner: TestUser;
  let outsiderLearner: TestUser;
  let outsiderAdmin: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    provider = await app.organisation('partner_company');
    partner = await app.organisation('partner_company');
    outsider = await app.organisation('partner_company');
    staff = await app.user({ roles: [[city, 'staff']] });
    cityLearner = await app.user({ roles: [[city, 'learner']] });
    providerAdmin = await app.user({ roles: [[provider, 'company_admin']] });
    providerLearner = await app.user({ roles: [[provider, 'learner']] });
    partnerLearner = await app.user({ roles: [[partner, 'learner']] });
    outsiderLearner = await app.user({ roles: [[outsider, 'learner']] });
    outsiderAdmin = await app.user({ roles: [[outsider, 'company_admin']] });
    // The city owns a company group with the provider and its partner; the outsider is not in it.
    const [group] = await app.dataSource.query(
      `INSERT INTO groups (name, kind, owner_organisation_id) VALUES ('企業グループ', 'company_group', $1) RETURNING id`,
      [city],
    );
    for (const org of [provider, partner]) {
      await app.dataSource.query('INSERT INTO group_members (group_id, organisation_id) VALUES ($1, $2)', [
        group.id,
        org,
      ]);
    }
  });
  afterAll(() => app.close());

  /** A token unique to one test, put in titles so each test sees only its own courses. */
  const marker = () => `T${randomUUID().slice(0, 8)}`;

  async function catalogue(filter: Record<string, unknown>, token?: string): Promise<Entry[]> {
    const result = await app.gql<{ catalogue: { items: Entry[] } }>(CATALOGUE, { f: filter }, { token });
    expect(result.errors).toBeUndefined();
    return result.data!.catalogue.items;
  }

  const titles = (entries: Entry[]) => entries.map((e) => e.course.title).sort();

  describe('visibility', () => {
    let m: string;
    beforeAll(async () => {
      m = marker();
      const courses = {
        public: await app.course(staff.token, { providerOrganisationId: city, title: `${m} 公開` }),
        draft: await app.course(
          staff.token,
          { providerOrganisationId: city, title: `${m} 下書き` },
          { publish: false },
        ),
        organisation: await app.course(providerAdmin.token, {
          providerOrganisationId: provider,
          title: `${m} 社内`,
          visibility: 'organisation',
        }),
        group: await app.course(providerAdmin.token, {
          providerOrganisationId: provider,
          title: `${m} グループ`,
          visibility: 'company_group',
        }),
      };
      for (const [key, id] of Object.entries(courses)) {
        await app.session(
          key === 'draft' ? staff.token : key === 'public' ? staff.token : providerAdmin.token,
          id,
        );
      }
    });

    it('shows only published public courses to the public', async () => {
      expect(titles(await catalogue({ search: m }))).toEqual([`${m} 公開`]);
    });

    it('adds organisation courses for members of the provider, and company-group courses for the group', async () => {
      expect(titles(await catalogue({ search: m }, providerLearner.token))).toEqual(
        [`${m} 公開`, `${m} 社内`, `${m} グループ`].sort(),
      );
      expect(titles(await catalogue({ search: m }, partnerLearner.token))).toEqual(
        [`${m} 公開`, `${m} グループ`].sort(),
      );
      expect(titles(await catalogue({ search: m }, outsiderLearner.token))).toEqual([`${m} 公開`]);
      // The group's owner's learners are not members of the group.
      expect(titles(await catalogue({ search: m }, cityLearner.token))).toEqual([`${m} 公開`]);
    });

    it('never reveals a draft, even by id, except to its editors', async () => {
      const [row] = await app.dataSource.query(`SELECT id FROM courses WHERE title = $1`, [`${m} 下書き`]);
      const query = 'query($id: ID!) { course(id: $id) { title status sessions { id } } }';
      for (const user of [null, cityLearner, outsiderAdmin, providerAdmin]) {
        const result = await app.gql(query, { id: row.id }, { token: user?.token });
        expect(codes(result)).toEqual(['NOT_FOUND']);
      }
      const asStaff = await app.gql<{ course: { status: string } }>(
        query,
        { id: row.id },
        { token: staff.token },
      );
      expect(asStaff.data?.course.status).toBe('draft');
      const [session] = await app.dataSource.query('SELECT id FROM sessions WHERE course_id = $1', [row.id]);
      expect(codes(await app.gql('query($id: ID!) { session(id: $id) { id } }', { id: session.id }))).toEqual(
        ['NOT_FOUND'],
      );
    });

    it('answers course and session by id with the same rules as the catalogue', async () => {
      const [group] = await app.dataSource.query(`SELECT id FROM courses WHERE title = $1`, [
        `${m} グループ`,
      ]);
      const [session] = await app.dataSource.query('SELECT id FROM sessions WHERE course_id = $1', [
        group.id,
      ]);
      const query = 'query($id: ID!) { session(id: $id) { id course { title provider { id } } } }';
      expect(codes(await app.gql(query, { id: session.id }, { token: outsiderLearner.token }))).toEqual([
        'NOT_FOUND',
      ]);
      const ok = await app.gql<{ session: { course: { provider: { id: string } } } }>(
        query,
        { id: session.id },
        { token: partnerLearner.token },
      );
      expect(ok.data?.session.course.provider.id).toBe(provider);
      expect(codes(await app.gql('query { course(id: "not-a-uuid") { id } }'))).toEqual(['NOT_FOUND']);
    });

    it('lists editable courses: her own organisation’s (drafts too), never another organisation’s', async () => {
      const query = '{ editableCourses { title } }';
      const mine = await app.gql<{ editableCourses: { title: string }[] }>(
        query,
        {},
        { token: providerAdmin.token },
      );
      expect(mine.errors).toBeUndefined();
      const mineTitles = mine.data!.editableCourses.map((c) => c.title).filter((t) => t.startsWith(m));
      expect(mineTitles.sort()).toEqual([`${m} 社内`, `${m} グループ`].sort());
      const cityCourses = await app.gql<{ editableCourses: { title: string }[] }>(
        query,
        {},
        { token: staff.token },
      );
      expect(
        cityCourses
          .data!.editableCourses.map((c) => c.title)
          .filter((t) => t.startsWith(m))
          .sort(),
      ).toEqual([`${m} 下書き`, `${m} 公開`].sort());
      expect(codes(await app.gql(query, {}, { token: cityLearner.token }))).toEqual(['FORBIDDEN']);
    });

    it('lets a company admin edit her provider’s courses only: FORBIDDEN on a visible course, NOT_FOUND on a draft', async () => {
      const [pub] = await app.dataSource.query(`SELECT id FROM courses WHERE title = $1`, [`${m} 公開`]);
      const [draft] = await app.dataSource.query(`SELECT id FROM courses WHERE title = $1`, [`${m} 下書き`]);
      const update = 'mutation($id: ID!) { updateCourse(id: $id, input: { summary: "x" }) { id } }';
      expect(codes(await app.gql(update, { id: pub.id }, { token: providerAdmin.token }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await app.gql(update, { id: draft.id }, { token: providerAdmin.token }))).toEqual([
        'NOT_FOUND',
      ]);
      const create = await app.gql(
        'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
        { i: { providerOrganisationId: city, title: 'x', category: 'other' } },
        { token: providerAdmin.token },
      );
      expect(codes(create)).toEqual(['FORBIDDEN']);
    });
  });

  describe('filters', () => {
    let m: string;
    const soon = 10;
    const later = 70;
    beforeAll(async () => {
      m = marker();
      const leadership = await app.course(staff.token, {
        providerOrganisationId: city,
        title: `${m} リーダー`,
        category: 'leadership',
        tags: ['託児あり'],
      });
      const marketing = await app.course(staff.token, {
        providerOrganisationId: city,
        title: `${m} マーケティング`,
        category: 'marketing',
        summary: 'SNS発信のコツ',
      });
      await app.session(
        staff.token,
        leadership,
        { title: 'childcare', childcareCapacity: 8, childcareMinAgeMonths: 6, childcareMaxAgeMonths: 72 },
        { startsInDays: soon },
      );
      await app.session(
        staff.token,
        marketing,
        { title: 'online', venueName: null, isOnline: true, onlineUrl: 'https://meet.example.jp/x' },
        { startsInDays: later },
      );
      const full = await app.session(
        staff.token,
        marketing,
        { title: 'full', capacity: 3 },
        { startsInDays: later },
      );
      await app.dataSource.query('UPDATE session_seats SET confirmed_count = 3 WHERE session_id = $1', [
        full,
      ]);
      const cancelled = await app.session(staff.token, leadership, { title: 'cancelled' });
      await app.gql(
        'mutation($id: ID!) { cancelSession(id: $id) { id } }',
        { id: cancelled },
        { token: staff.token },
      );
      const past = await app.session(staff.token, leadership, { title: 'past' });
      await app.dataSource.query(
        `UPDATE session_meetings SET starts_at = now() - interval '2 days', ends_at = now() - interval '2 days' + interval '1 hour' WHERE session_id = $1`,
        [past],
      );
    });

    const sessionTitles = async (filter: Record<string, unknown>) => {
      const result = await app.gql<{
        catalogue: { totalCount: number; items: { session: { title: string } }[] };
      }>('query($f: CatalogueFilter) { catalogue(filter: $f) { totalCount items { session { title } } } }', {
        f: { search: m, ...filter },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.catalogue.totalCount).toBe(result.data!.catalogue.items.length);
      return result.data!.catalogue.items.map((i) => i.session.title);
    };

    it('lists upcoming scheduled sessions soonest first, without cancelled or past ones', async () => {
      expect(await sessionTitles({})).toEqual(['childcare', 'online', 'full']);
    });

    it('searches titles, summaries and tags, case-insensitively and literally', async () => {
      expect((await sessionTitles({ search: `${m.toLowerCase()} マーケ` })).sort()).toEqual([
        'full',
        'online',
      ]);
      expect(await sessionTitles({ search: m.toLowerCase() })).toHaveLength(3);
      const bySummary = await catalogue({ search: 'SNS発信のコツ' });
      expect(bySummary.map((e) => e.course.title)).toContain(`${m} マーケティング`);
      const byTag = await catalogue({ search: '託児あり' });
      expect(byTag.map((e) => e.course.title)).toContain(`${m} リーダー`);
      expect(await sessionTitles({ search: `${m}%` })).toEqual([]);
    });

    it('filters by category, month, childcare, format and seats left', async () => {
      expect(await sessionTitles({ category: 'leadership' })).toEqual(['childcare']);
      expect(await sessionTitles({ childcare: true })).toEqual(['childcare']);
      expect((await sessionTitles({ format: 'ONLINE' })).sort()).toEqual(['online']);
      expect((await sessionTitles({ format: 'VENUE' })).sort()).toEqual(['childcare', 'full']);
      expect((await sessionTitles({ seatsLeft: true })).sort()).toEqual(['childcare', 'online']);
      const [soonRow] = await app.dataSource.query(
        `SELECT min(m.starts_at) AS at FROM session_meetings m JOIN sessions s ON s.id = m.session_id WHERE s.title = 'childcare' AND s.course_id IN (SELECT id FROM courses WHERE title LIKE $1)`,
        [`${m}%`],
      );
      const month = tokyoMonth(new Date(soonRow.at));
      expect(await sessionTitles({ month })).toContain('childcare');
      expect(await sessionTitles({ month })).not.toContain('online');
      expect(await sessionTitles({ month: '2001-01' })).toEqual([]);
    });

    it('reports seats left and pages with limit and offset', async () => {
      const entries = await catalogue({ search: m });
      const full = entries.find((e) => e.seatsLeft === 0);
      expect(full).toBeDefined();
      expect(entries.find((e) => e.childcareSeatsLeft === 8)).toBeDefined();
      const page = await app.gql<{ catalogue: { totalCount: number; items: unknown[] } }>(
        'query($f: CatalogueFilter) { catalogue(filter: $f) { totalCount items { firstMeetingAt } } }',
        { f: { search: m, limit: 1, offset: 1 } },
      );
      expect(page.data?.catalogue.totalCount).toBe(3);
      expect(page.data?.catalogue.items).toHaveLength(1);
      const beyond = await app.gql<{ catalogue: { totalCount: number; items: unknown[] } }>(
        'query($f: CatalogueFilter) { catalogue(filter: $f) { totalCount items { firstMeetingAt } } }',
        { f: { search: m, offset: 10 } },
      );
      expect(beyond.data?.catalogue).toEqual({ totalCount: 3, items: [] });
    });

    it('refuses a malformed month and an oversized page per field', async () => {
      const result = await app.gql(CATALOGUE, { f: { month: '2026-13', limit: 101 } }, { locale: 'en' });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0].extensions?.fields).toEqual({
        month: 'Enter the month as YYYY-MM, e.g. 2026-06.',
        limit: 'Enter a whole number from 1 to 100.',
      });
    });
  });

  it('answers the catalogue with a fixed number of SQL statements (≤ 5), whatever its length', async () => {
    const m = marker();
    const course = await app.course(staff.token, { providerOrganisationId: city, title: `${m} 講座` });
    const other = await app.course(providerAdmin.token, {
      providerOrganisationId: provider,
      title: `${m} 企業講座`,
      visibility: 'company_group',
    });
    const query = `query($f: CatalogueFilter) { catalogue(filter: $f) { totalCount items {
      firstMeetingAt seatsLeft childcareSeatsLeft
      session { id title seatsLeft childcareSeatsLeft meetings { startsAt endsAt } questions { label choices } course { title } }
      course { title descriptionHtml }
      provider { name } } } }`;
    const count = async (token: string | undefined, expected: number) => {
      // Every statement reaches pg's Client, whether sent through TypeORM or as a prepared read.
      const spy = jest.spyOn(PgClient.prototype, 'query');
      try {
        const result = await app.gql<{ catalogue: { items: unknown[] } }>(
          query,
          { f: { search: m, limit: 100 } },
          { token },
        );
        expect(result.errors).toBeUndefined();
        expect(result.data?.catalogue.items).toHaveLength(expected);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await app.session(
          i % 2 ? staff.token : providerAdmin.token,
          i % 2 ? course : other,
          {
            questions: [{ kind: 'text', label: '参加の動機' }],
            meetings: [1, 2].map((k) => ({
              startsAt: new Date(Date.now() + (20 + k + i) * DAY).toISOString(),
              endsAt: new Date(Date.now() + (20 + k + i) * DAY + 3600_000).toISOString(),
            })),
          },
          { startsInDays: 21 + i },
        );
      }
    };
    await add(3);
    const fewAnonymous = await count(undefined, 1);
    const fewSignedIn = await count(partnerLearner.token, 3);
    await add(9);
    const manyAnonymous = await count(undefined, 5);
    const manySignedIn = await count(partnerLearner.token, 12);
    expect({ manyAnonymous, manySignedIn }).toEqual({
      manyAnonymous: fewAnonymous,
      manySignedIn: fewSignedIn,
    });
    // The catalogue (courses and providers in the same statement), meetings, questions and the sessions'
    // own course (a field with a resolver, read through its loader); plus the caller when signed in.
    expect({ fewAnonymous, fewSignedIn }).toEqual({ fewAnonymous: 4, fewSignedIn: 5 });
  });

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
      expect(result.errors?.[0].extensions?.fields).toEqual({
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
      expect(result.errors?.[0].extensions?.fields).toEqual({
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
      expect(ranges.errors?.[0].extensions?.fields).toEqual({
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
      expect(refused.errors?.[0].extensions?.fields).toEqual({
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
      const [meeting] = before.meetings;
      const bad = await app.gql(
        update,
        { id, i: { meetings: [{ id: meeting.id, startsAt: meeting.endsAt, endsAt: meeting.startsAt }] } },
        { token: staff.token },
      );
      expect(Object.keys(bad.errors?.[0].extensions?.fields ?? {})).toEqual(['meetings.0.endsAt']);
      expect(await read()).toEqual(before);

      const added = new Date(Date.parse(meeting.startsAt) + 7 * DAY);
      const ok = await app.gql(
        update,
        {
          id,
          i: {
            meetings: [
              { id: meeting.id, startsAt: meeting.startsAt, endsAt: meeting.endsAt },
              { startsAt: added.toISOString(), endsAt: new Date(added.getTime() + 3600_000).toISOString() },
            ],
            questions: [
              { id: before.questions[1].id, kind: 'text', label: 'B2' },
              { kind: 'yes_no', label: 'C' },
            ],
          },
        },
        { token: staff.token },
      );
      expect(ok.errors).toBeUndefined();
      const after = await read();
      expect(after.meetings).toHaveLength(2);
      expect(after.meetings[0].id).toBe(meeting.id);
      expect(after.questions.map((q) => q.label)).toEqual(['B2', 'C']);
      expect(after.questions[0].id).toBe(before.questions[1].id);
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

  describe('course content', () => {
    it('renders the description as sanitized HTML', async () => {
      const id = await app.course(staff.token, {
        providerOrganisationId: city,
        title: `${marker()} Markdown`,
        description:
          '## 内容\n\n<script>alert("x")</script>\n\n[危険なリンク](javascript:alert(1)) と **強調** と <img src=x onerror=alert(1)>',
      });
      const result = await app.gql<{ course: { descriptionHtml: string } }>(
        'query($id: ID!) { course(id: $id) { descriptionHtml } }',
        { id },
      );
      const html = result.data!.course.descriptionHtml;
      expect(html).toContain('<h2>内容</h2>');
      expect(html).toContain('<strong>強調</strong>');
      expect(html).not.toMatch(/<script|<img|href="javascript:/i);
      expect(html).toContain('&lt;script&gt;');
    });

    it('adds, reorders and removes lessons, and records her progress', async () => {
      const course = await app.course(staff.token, {
        providerOrganisationId: city,
        title: `${marker()} 教材`,
      });
      const add = (input: Record<string, unknown>) =>
        app.gql<{ addLesson: { id: string; position: number } }>(
          'mutation($i: AddLessonInput!) { addLesson(input: $i) { id position } }',
          { i: { courseId: course, ...input } },
          { token: staff.token },
        );
      const a = (await add({ kind: 'text', title: '第1回の資料', body: '# はじめに' })).data!.addLesson;
      const b = (await add({ kind: 'link', title: '参考サイト', url: 'https://www.gender.go.jp/' })).data!
        .addLesson;
      const noUrl = await add({ kind: 'file', title: 'スライド' });
      expect(noUrl.errors?.[0].extensions?.fields).toEqual({
        fileId: 'ファイルの教材には、ファイルをアップロードするかURLを入力してください。',
      });
      const linkWithoutUrl = await add({ kind: 'link', title: '参考サイト' });
      expect(linkWithoutUrl.errors?.[0].extensions?.fields).toEqual({
        url: 'リンクの教材にはURLを入力してください。',
      });
      const badUrl = await add({ kind: 'link', title: 'x', url: 'javascript:alert(1)' });
      expect(Object.keys(badUrl.errors?.[0].extensions?.fields ?? {})).toEqual(['url']);
      expect([a.position, b.position]).toEqual([1, 2]);

      const reorder = await app.gql<{ reorderLessons: { lessons: { id: string; position: number }[] } }>(
        'mutation($c: ID!, $l: [ID!]!) { reorderLessons(courseId: $c, lessonIds: $l) { lessons { id position } } }',
        { c: course, l: [b.id, a.id] },
        { token: staff.token },
      );
      expect(reorder.data?.reorderLessons.lessons).toEqual([
        { id: b.id, position: 1 },
        { id: a.id, position: 2 },
      ]);
      const mismatch = await app.gql(
        'mutation($c: ID!, $l: [ID!]!) { reorderLessons(courseId: $c, lessonIds: $l) { id } }',
        { c: course, l: [a.id] },
        { token: staff.token },
      );
      expect(codes(mismatch)).toEqual(['BAD_USER_INPUT']);

      const progress =
        'query($id: ID!) { course(id: $id) { myProgress { completedLessonIds lessonCount } } }';
      expect(
        (await app.gql<{ course: { myProgress: null } }>(progress, { id: course })).data?.course.myProgress,
      ).toBeNull();
      const done = await app.gql<{
        completeLesson: { myProgress: { completedLessonIds: string[]; lessonCount: number } };
      }>(
        'mutation($l: ID!) { completeLesson(lessonId: $l) { myProgress { completedLessonIds lessonCount } } }',
        { l: a.id },
        { token: outsiderLearner.token },
      );
      expect(done.data?.completeLesson.myProgress).toEqual({ completedLessonIds: [a.id], lessonCount: 2 });
      // Twice is harmless.
      await app.gql(
        'mutation($l: ID!) { completeLesson(lessonId: $l) { id } }',
        { l: a.id },
        { token: outsiderLearner.token },
      );
      const [row] = await app.dataSource.query(
        'SELECT count(*)::int AS n FROM lesson_progress WHERE lesson_id = $1',
        [a.id],
      );
      expect(row.n).toBe(1);

      const removed = await app.gql<{ removeLesson: { lessons: { id: string }[] } }>(
        'mutation($id: ID!) { removeLesson(id: $id) { lessons { id } } }',
        { id: b.id },
        { token: staff.token },
      );
      expect(removed.data?.removeLesson.lessons).toEqual([{ id: a.id }]);
    });

    it('lets a learner complete lessons only of courses she may see', async () => {
      const course = await app.course(providerAdmin.token, {
        providerOrganisationId: provider,
        title: `${marker()} 社内教材`,
        visibility: 'organisation',
      });
      const lesson = await app.gql<{ addLesson: { id: string } }>(
        'mutation($i: AddLessonInput!) { addLesson(input: $i) { id } }',
        { i: { courseId: course, kind: 'text', title: '社内研修資料' } },
        { token: providerAdmin.token },
      );
      const complete = 'mutation($l: ID!) { completeLesson(lessonId: $l) { id } }';
      const id = lesson.data!.addLesson.id;
      expect(codes(await app.gql(complete, { l: id }, { token: outsiderLearner.token }))).toEqual([
        'NOT_FOUND',
      ]);
      expect((await app.gql(complete, { l: id }, { token: providerLearner.token })).errors).toBeUndefined();
    });

    it('unpublishes a course back to draft, hiding it from the public', async () => {
      const id = await app.course(staff.token, {
        providerOrganisationId: city,
        title: `${marker()} 取り下げ`,
      });
      const query = 'query($id: ID!) { course(id: $id) { id } }';
      expect((await app.gql(query, { id })).errors).toBeUndefined();
      await app.gql(
        'mutation($id: ID!) { unpublishCourse(id: $id) { status } }',
        { id },
        { token: staff.token },
      );
      expect(codes(await app.gql(query, { id }))).toEqual(['NOT_FOUND']);
    });
  });
});
