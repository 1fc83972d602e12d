import {
  CATALOGUE,
  catalogueItems,
  catalogueWorld,
  marker,
  tokyoMonth,
} from '../../../test/catalogue-fixtures';
import { codes, type TestApp, type TestUser } from '../../../test/harness';

process.env.TZ = 'Asia/Tokyo';

describe('catalogue', () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;

  beforeAll(async () => {
    ({ app, city, staff } = await catalogueWorld());
  });
  afterAll(() => app.close());

  const catalogue = (filter: Record<string, unknown>, token?: string) => catalogueItems(app, filter, token);

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

    it('lists the courses an organisation provides or co-hosts, and refuses a malformed id', async () => {
      const company = await app.organisation('partner_company');
      const [leadership] = (await app.dataSource.query(`SELECT id FROM courses WHERE title = $1`, [
        `${m} リーダー`,
      ])) as { id: string }[];
      expect(await sessionTitles({ organisationId: company })).toEqual([]);
      await app.dataSource.query(
        `INSERT INTO course_co_organisers (course_id, organisation_id, position) VALUES ($1, $2, 1)`,
        [leadership?.id, company],
      );
      expect(await sessionTitles({ organisationId: company })).toEqual(['childcare']);
      expect((await sessionTitles({ organisationId: city })).sort()).toEqual(['childcare', 'full', 'online']);
      // A malformed ID is refused where every ID is (README: IDs are NOT_FOUND before any resolver runs).
      const result = await app.gql(CATALOGUE, { f: { organisationId: 'x' } }, { locale: 'en' });
      expect(codes(result)).toEqual(['NOT_FOUND']);
      expect(result.data).toBeNull();
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
      expect(result.errors?.[0]?.extensions?.fields).toEqual({
        month: 'Enter the month as YYYY-MM, e.g. 2026-06.',
        limit: 'Enter a whole number from 1 to 100.',
      });
    });
  });
});
