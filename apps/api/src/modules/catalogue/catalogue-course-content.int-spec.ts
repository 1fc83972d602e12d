import { catalogueWorld, marker } from '../../../test/catalogue-fixtures';
import { codes, type TestApp, type TestUser } from '../../../test/harness';

process.env.TZ = 'Asia/Tokyo';

describe('catalogue', () => {
  let app: TestApp;
  let city: string;
  let provider: string;
  let staff: TestUser;
  let providerAdmin: TestUser;
  let providerLearner: TestUser;
  let outsiderLearner: TestUser;

  beforeAll(async () => {
    ({ app, city, provider, staff, providerAdmin, providerLearner, outsiderLearner } =
      await catalogueWorld());
  });
  afterAll(() => app.close());

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
      expect(noUrl.errors?.[0]?.extensions?.fields).toEqual({
        fileId: 'ファイルの教材には、ファイルをアップロードするかURLを入力してください。',
      });
      const linkWithoutUrl = await add({ kind: 'link', title: '参考サイト' });
      expect(linkWithoutUrl.errors?.[0]?.extensions?.fields).toEqual({
        url: 'リンクの教材にはURLを入力してください。',
      });
      const badUrl = await add({ kind: 'link', title: 'x', url: 'javascript:alert(1)' });
      expect(Object.keys(badUrl.errors?.[0]?.extensions?.fields ?? {})).toEqual(['url']);
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
