import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import {
  courseFileHelpers,
  courseFilesWorld,
  pdf,
  png,
  type CourseFilesWorld,
  type FileView,
} from '../../../test/course-files-fixtures';
import { type TestApp, type TestUser } from '../../../test/harness';

process.env.TZ = 'Asia/Tokyo';

describe('course files', () => {
  let world: CourseFilesWorld;
  let app: TestApp;
  let base: string;
  let staff: TestUser;
  let companyAdmin: TestUser;
  let learner: TestUser;

  beforeAll(async () => {
    world = await courseFilesWorld();
    ({ app, base, staff, companyAdmin, learner } = world);
  });
  afterAll(() => app.close());

  const { upload, download, addFileLesson, course } = courseFileHelpers(() => world);

  it('keeps an upload to its editors until a lesson or the cover uses it', async () => {
    const courseId = await course();
    const file = (await upload(courseId, 'lesson', pdf())).body;
    expect((await download(file.url)).response.status).toBe(404);
    expect((await download(file.url, staff.token)).response.status).toBe(200);
    await addFileLesson(courseId, file.id);
    expect((await download(file.url)).response.status).toBe(200);
  });

  it('shows a lesson’s file and the uploaded cover in GraphQL, to anyone who may see the course', async () => {
    const courseId = await course();
    const file = (await upload(courseId, 'lesson', pdf('ガイド.pdf'))).body;
    const cover = (await upload(courseId, 'cover', png())).body;
    await addFileLesson(courseId, file.id, 'ガイド');
    const updated = await app.gql(
      'mutation($id: ID!, $i: UpdateCourseInput!) { updateCourse(id: $id, input: $i) { id } }',
      { id: courseId, i: { coverFileId: cover.id } },
      { token: staff.token },
    );
    expect(updated.errors).toBeUndefined();
    const result = await app.gql<{
      course: { coverImage: FileView; lessons: { kind: string; url: string | null; file: FileView }[] };
    }>(
      `query($id: ID!) { course(id: $id) {
        coverImage { id filename contentType sizeBytes url }
        lessons { kind url file { id filename contentType sizeBytes url } } } }`,
      { id: courseId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.course).toEqual({
      coverImage: { ...cover, filename: 'カバー.png', contentType: 'image/png' },
      lessons: [{ kind: 'file', url: null, file: { ...file, filename: 'ガイド.pdf' } }],
    });
    const coverDownload = await download(cover.url);
    expect(coverDownload.response.headers.get('content-type')).toBe('image/png');
    expect(coverDownload.response.headers.get('content-disposition')).toMatch(/^inline; /);
  });

  it('refuses a file of another course, a cover as lesson material, and a file on a link lesson', async () => {
    const courseId = await course();
    const other = await course();
    const foreign = (await upload(other, 'lesson', pdf())).body;
    const cover = (await upload(courseId, 'cover', png())).body;
    const own = (await upload(courseId, 'lesson', pdf())).body;
    const add = (input: Record<string, unknown>) =>
      app.gql(
        'mutation($i: AddLessonInput!) { addLesson(input: $i) { id } }',
        { i: { courseId, title: '資料', ...input } },
        { token: staff.token },
      );
    expect((await add({ kind: 'file', fileId: foreign.id })).errors?.[0]?.extensions?.fields).toEqual({
      fileId: 'この講座にアップロードされたファイルではありません。',
    });
    expect((await add({ kind: 'file', fileId: randomUUID() })).errors?.[0]?.extensions?.fields).toEqual({
      fileId: 'この講座にアップロードされたファイルではありません。',
    });
    expect((await add({ kind: 'file', fileId: cover.id })).errors?.[0]?.extensions?.fields).toEqual({
      fileId: 'このファイルは別の用途（教材またはカバー画像）でアップロードされています。',
    });
    expect(
      (await add({ kind: 'link', url: 'https://example.jp/', fileId: own.id })).errors?.[0]?.extensions
        ?.fields,
    ).toEqual({
      fileId: 'ファイルを添付できるのは種類が「ファイル」の教材だけです。',
    });
    expect(
      (await add({ kind: 'file', url: 'https://example.jp/a.pdf', fileId: own.id })).errors?.[0]?.extensions
        ?.fields,
    ).toEqual({
      fileId: 'ファイルとURLはどちらか一方だけを指定してください。',
    });
    const coverOfOther = await app.gql(
      'mutation($id: ID!, $i: UpdateCourseInput!) { updateCourse(id: $id, input: $i) { id } }',
      { id: other, i: { coverFileId: cover.id } },
      { token: staff.token },
    );
    expect(coverOfOther.errors?.[0]?.extensions?.fields).toEqual({
      coverFileId: 'この講座にアップロードされたファイルではありません。',
    });
    const [lessons] = await app.dataSource.query(
      'SELECT count(*)::int AS n FROM lessons WHERE course_id = $1',
      [courseId],
    );
    expect(lessons.n).toBe(0);
    // A URL lesson of kind "file" still works.
    expect((await add({ kind: 'file', url: 'https://example.jp/slides.pdf' })).errors).toBeUndefined();
  });

  it('deletes a file once nothing uses it: a replaced cover, a removed lesson, a lesson switched to a URL', async () => {
    const courseId = await course();
    const setCover = (coverFileId: string | null) =>
      app.gql(
        'mutation($id: ID!, $i: UpdateCourseInput!) { updateCourse(id: $id, input: $i) { id } }',
        {
          id: courseId,
          i: { coverFileId },
        },
        { token: staff.token },
      );
    const first = (await upload(courseId, 'cover', png())).body;
    const second = (await upload(courseId, 'cover', png('新しいカバー.png'))).body;
    await setCover(first.id);
    await setCover(second.id);
    const exists = async (id: string) =>
      (await app.dataSource.query('SELECT 1 FROM course_files WHERE id = $1', [id])).length === 1;
    expect([await exists(first.id), await exists(second.id)]).toEqual([false, true]);
    await setCover(null);
    expect(await exists(second.id)).toBe(false);

    const a = (await upload(courseId, 'lesson', pdf())).body;
    const b = (await upload(courseId, 'lesson', pdf())).body;
    const lessonA = await addFileLesson(courseId, a.id);
    const lessonB = await addFileLesson(courseId, b.id);
    const switched = await app.gql<{ updateLesson: { url: string; file: null } }>(
      'mutation($id: ID!) { updateLesson(id: $id, input: { url: "https://example.jp/new.pdf" }) { url file { id } } }',
      { id: lessonA },
      { token: staff.token },
    );
    expect(switched.data?.updateLesson).toEqual({ url: 'https://example.jp/new.pdf', file: null });
    expect(await exists(a.id)).toBe(false);
    await app.gql(
      'mutation($id: ID!) { removeLesson(id: $id) { id } }',
      { id: lessonB },
      { token: staff.token },
    );
    expect(await exists(b.id)).toBe(false);
  });

  it('forgets uploads left unattached for a day when the course gets its next upload', async () => {
    const courseId = await course();
    const abandoned = (await upload(courseId, 'lesson', pdf())).body;
    const used = (await upload(courseId, 'lesson', pdf())).body;
    const recent = (await upload(courseId, 'lesson', pdf())).body;
    await addFileLesson(courseId, used.id);
    await app.dataSource.query(
      `UPDATE course_files SET created_at = now() - interval '25 hours' WHERE id = ANY($1)`,
      [[abandoned.id, used.id]],
    );
    await upload(courseId, 'lesson', pdf());
    const [row] = await app.dataSource.query(
      'SELECT array_agg(id::text) AS ids FROM course_files WHERE course_id = $1',
      [courseId],
    );
    expect(row.ids).toEqual(expect.arrayContaining([used.id, recent.id]));
    expect(row.ids).not.toContain(abandoned.id);
  });

  it('loads the files of all lessons and covers in a fixed number of SQL statements', async () => {
    const courseId = await course();
    const query = `query($id: ID!) { course(id: $id) { coverImage { url } lessons { title file { filename sizeBytes url } } } }`;
    const count = async (expected: number) => {
      const spy = jest.spyOn(PgClient.prototype, 'query');
      try {
        const result = await app.gql<{ course: { lessons: unknown[] } }>(query, { id: courseId });
        expect(result.errors).toBeUndefined();
        expect(result.data?.course.lessons).toHaveLength(expected);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const addLessons = async (n: number) => {
      for (let i = 0; i < n; i++)
        await addFileLesson(courseId, (await upload(courseId, 'lesson', pdf())).body.id);
    };
    await addLessons(1);
    const one = await count(1);
    await addLessons(5);
    expect(await count(6)).toBe(one);
    // The course, its lessons and their files.
    expect(one).toBe(3);
  });

  it('answers a caller who may not upload before the body arrives', async () => {
    const courseId = await course();
    // A body that starts a multipart file and never ends: only an answer given without reading it
    // can arrive.
    const answerWithoutBody = async (token: string, target = courseId) => {
      const boundary = 'tsunagu-test-boundary';
      const abort = new AbortController();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(
            new TextEncoder().encode(
              `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n` +
                'Content-Type: application/pdf\r\n\r\n%PDF-1.4\n',
            ),
          );
        },
      });
      const timer = setTimeout(() => abort.abort(), 5000);
      try {
        const response = await fetch(`${base}/api/courses/${target}/files?purpose=lesson`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': `multipart/form-data; boundary=${boundary}`,
          },
          body,
          duplex: 'half',
          signal: abort.signal,
        } as RequestInit);
        return response.status;
      } finally {
        clearTimeout(timer);
        abort.abort();
      }
    };
    // No editor role anywhere: the guard. An editor elsewhere: the course check, before multer.
    expect(await answerWithoutBody(learner.token)).toBe(403);
    expect(await answerWithoutBody(companyAdmin.token)).toBe(403);
    expect(await answerWithoutBody(companyAdmin.token, await course({ publish: false }))).toBe(404);
  });
});
