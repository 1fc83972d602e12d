import { randomUUID } from 'node:crypto';
import { codes, TestApp, type TestUser } from '../../../test/harness';

process.env.TZ = 'Asia/Tokyo';

interface CourseView {
  id: string;
  title: string;
  summary: string;
  coOrganisers: { id: string; name: string }[];
}

const COURSE = 'query($id: ID!) { course(id: $id) { id title summary coOrganisers { id name } } }';
const UPDATE = 'mutation($id: ID!, $i: UpdateCourseInput!) { updateCourse(id: $id, input: $i) { id } }';
const CREATE = 'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }';

/**
 * Staff act for their own organisation: a course is edited by its provider's staff and company admins
 * and by the staff of its co-organisers (共催: a one-stop service of a city, a prefecture and a labour
 * bureau); staff of any other organisation are refused.
 */
describe('staff scope and co-organisers', () => {
  let app: TestApp;
  let city: string;
  let prefecture: string;
  let bureau: string;
  let elsewhere: string;
  let cityStaff: TestUser;
  let prefectureStaff: TestUser;
  let prefectureLearner: TestUser;
  let bureauStaff: TestUser;
  let elsewhereStaff: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city', `小美玉市 ${randomUUID().slice(0, 6)}`);
    prefecture = await app.organisation('prefecture', `茨城県 ${randomUUID().slice(0, 6)}`);
    bureau = await app.organisation('national_agency', `茨城労働局 ${randomUUID().slice(0, 6)}`);
    elsewhere = await app.organisation('city');
    cityStaff = await app.user({ roles: [[city, 'staff']] });
    prefectureStaff = await app.user({ roles: [[prefecture, 'staff']] });
    prefectureLearner = await app.user({ roles: [[prefecture, 'learner']] });
    bureauStaff = await app.user({ roles: [[bureau, 'staff']] });
    elsewhereStaff = await app.user({ roles: [[elsewhere, 'staff']] });
  });
  afterAll(() => app.close());

  const view = async (id: string, token?: string) =>
    app.gql<{ course: CourseView }>(COURSE, { id }, { token });

  async function oneStopCourse(options: { publish?: boolean; visibility?: string } = {}): Promise<string> {
    return app.course(
      cityStaff.token,
      {
        providerOrganisationId: city,
        title: `ワンストップ相談 ${randomUUID().slice(0, 6)}`,
        coOrganiserIds: [prefecture, bureau],
        visibility: options.visibility,
      },
      { publish: options.publish },
    );
  }

  it('names the co-organisers on the course, in the order given', async () => {
    const id = await oneStopCourse();
    const course = (await view(id)).data!.course;
    expect(course.coOrganisers.map((o) => o.id)).toEqual([prefecture, bureau]);
  });

  it("lets a co-organiser's staff edit the course, see its draft and run its sessions", async () => {
    const draft = await oneStopCourse({ publish: false });
    expect((await view(draft, bureauStaff.token)).data?.course.id).toBe(draft);
    const updated = await app.gql(
      UPDATE,
      { id: draft, i: { summary: '県と労働局も担当' } },
      { token: bureauStaff.token },
    );
    expect(updated.errors).toBeUndefined();
    expect((await view(draft, cityStaff.token)).data!.course.summary).toBe('県と労働局も担当');
    const sessionId = await app.session(prefectureStaff.token, draft);
    const roster = await app.gql(
      'query($s: ID!) { sessionRoster(sessionId: $s) { id } }',
      { s: sessionId },
      { token: prefectureStaff.token },
    );
    expect(roster.errors).toBeUndefined();
    const listed = await app.gql<{ editableCourses: { id: string }[] }>(
      '{ editableCourses { id } }',
      {},
      { token: bureauStaff.token },
    );
    expect(listed.data!.editableCourses.map((c) => c.id)).toContain(draft);
  });

  it('refuses staff of another organisation: FORBIDDEN on a course she sees, NOT_FOUND on a draft', async () => {
    const published = await oneStopCourse();
    const draft = await oneStopCourse({ publish: false });
    const before = (await view(published)).data!.course.summary;
    expect(
      codes(
        await app.gql(UPDATE, { id: published, i: { summary: '乗っ取り' } }, { token: elsewhereStaff.token }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect((await view(published)).data!.course.summary).toBe(before);
    expect(codes(await view(draft, elsewhereStaff.token))).toEqual(['NOT_FOUND']);
    expect(
      codes(await app.gql(UPDATE, { id: draft, i: { summary: 'x' } }, { token: elsewhereStaff.token })),
    ).toEqual(['NOT_FOUND']);
    const listed = await app.gql<{ editableCourses: { id: string }[] }>(
      '{ editableCourses { id } }',
      {},
      { token: elsewhereStaff.token },
    );
    expect(listed.data!.editableCourses.map((c) => c.id)).not.toContain(published);
  });

  it("refuses a course in another organisation's name, even to a co-organiser's staff", async () => {
    for (const user of [elsewhereStaff, prefectureStaff]) {
      const created = await app.gql(
        CREATE,
        { i: { providerOrganisationId: city, title: '他団体名義', category: 'other' } },
        { token: user.token },
      );
      expect(codes(created)).toEqual(['FORBIDDEN']);
    }
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM courses WHERE title = '他団体名義'`,
    );
    expect(count).toBe(0);
  });

  it("lets only the provider's side change the co-organisers", async () => {
    const id = await oneStopCourse();
    const refused = await app.gql(
      UPDATE,
      { id, i: { coOrganiserIds: [prefecture, elsewhere] } },
      { token: prefectureStaff.token, locale: 'en' },
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toBe(
      "Only the providing organisation's editors can change the co-organisers.",
    );
    expect((await view(id)).data!.course.coOrganisers.map((o) => o.id)).toEqual([prefecture, bureau]);

    // Removing the bureau takes its staff's access away at once.
    expect(
      (await app.gql(UPDATE, { id, i: { coOrganiserIds: [prefecture] } }, { token: cityStaff.token })).errors,
    ).toBeUndefined();
    expect((await view(id)).data!.course.coOrganisers.map((o) => o.id)).toEqual([prefecture]);
    expect(codes(await app.gql(UPDATE, { id, i: { summary: 'x' } }, { token: bureauStaff.token }))).toEqual([
      'FORBIDDEN',
    ]);
    const audit = await app.dataSource.query(
      `SELECT metadata FROM audit_log WHERE action = 'catalogue.course_co_organisers_changed' AND subject_id = $1`,
      [id],
    );
    expect(audit).toEqual([{ metadata: { coOrganiserIds: prefecture } }]);
  });

  it('refuses unknown, malformed, too many and provider co-organisers, keeping a duplicate once', async () => {
    const id = await oneStopCourse();
    const problem = async (coOrganiserIds: unknown) => {
      const result = await app.gql(
        UPDATE,
        { id, i: { coOrganiserIds } },
        { token: cityStaff.token, locale: 'ja' },
      );
      return [codes(result)[0], result.errors?.[0]?.extensions?.fields?.['coOrganiserIds']];
    };
    expect(await problem([city])).toEqual(['BAD_USER_INPUT', '主催団体は共催団体に指定できません。']);
    expect(await problem([randomUUID()])).toEqual(['BAD_USER_INPUT', '存在しない団体が含まれています。']);
    // A malformed id is refused by the ID type itself, as everywhere.
    expect((await problem(['not-an-id']))[0]).toBe('NOT_FOUND');
    expect(await problem(Array.from({ length: 11 }, () => randomUUID()))).toEqual([
      'BAD_USER_INPUT',
      '10個以内にしてください。',
    ]);
    expect((await view(id)).data!.course.coOrganisers.map((o) => o.id)).toEqual([prefecture, bureau]);
    // A duplicate is the same organisation named twice: kept once.
    expect(
      (await app.gql(UPDATE, { id, i: { coOrganiserIds: [bureau, bureau] } }, { token: cityStaff.token }))
        .errors,
    ).toBeUndefined();
    expect((await view(id)).data!.course.coOrganisers.map((o) => o.id)).toEqual([bureau]);
  });

  it("shows a course restricted to its organisations to the co-organisers' members too", async () => {
    const id = await oneStopCourse({ visibility: 'organisation' });
    await app.session(cityStaff.token, id);
    const { title } = (await view(id, cityStaff.token)).data!.course;
    expect(codes(await view(id))).toEqual(['NOT_FOUND']);
    expect((await view(id, prefectureLearner.token)).data?.course.id).toBe(id);
    const listed = await app.gql<{ catalogue: { items: { course: { id: string } }[] } }>(
      'query($f: CatalogueFilter) { catalogue(filter: $f) { items { course { id } } } }',
      { f: { search: title } },
      { token: prefectureLearner.token },
    );
    expect(listed.data!.catalogue.items.map((i) => i.course.id)).toContain(id);
  });
});
