import { Client as PgClient } from 'pg';
import { catalogueItems, catalogueWorld, DAY, marker, titles } from '../../../test/catalogue-fixtures';
import { codes, type TestApp, type TestUser } from '../../../test/harness';

process.env.TZ = 'Asia/Tokyo';

describe('catalogue', () => {
  let app: TestApp;
  let city: string;
  let provider: string;
  let staff: TestUser;
  let cityLearner: TestUser;
  let providerAdmin: TestUser;
  let providerLearner: TestUser;
  let partnerLearner: TestUser;
  let outsiderLearner: TestUser;
  let outsiderAdmin: TestUser;

  beforeAll(async () => {
    ({
      app,
      city,
      provider,
      staff,
      cityLearner,
      providerAdmin,
      providerLearner,
      partnerLearner,
      outsiderLearner,
      outsiderAdmin,
    } = await catalogueWorld());
  });
  afterAll(() => app.close());

  const catalogue = (filter: Record<string, unknown>, token?: string) => catalogueItems(app, filter, token);

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
});
