import { sampleOffice, samplePdf, samplePng } from '@tsunagu/shared/testing';
import { createHash, randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { TestApp, type TestUser } from '../../../test/harness';

process.env.TZ = 'Asia/Tokyo';

const MB = 1024 * 1024;

interface FileView {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
}

interface UploadResult {
  status: number;
  body: FileView & {
    errors?: { message: string; extensions?: { code?: string; fields?: Record<string, string> } }[];
  };
}

interface Sample {
  name: string;
  type: string;
  data: Buffer;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('course files', () => {
  let app: TestApp;
  let base: string;
  let city: string;
  let otherCityId: string;
  let company: string;
  let staff: TestUser;
  let otherStaff: TestUser;
  let companyAdmin: TestUser;
  let learner: TestUser;
  let member: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    base = app.url.replace(/\/graphql$/, '');
    city = await app.organisation('city');
    const otherCity = await app.organisation('city');
    otherCityId = otherCity;
    company = await app.organisation('partner_company');
    staff = await app.user({ roles: [[city, 'staff']] });
    otherStaff = await app.user({ roles: [[otherCity, 'staff']] });
    companyAdmin = await app.user({ roles: [[company, 'company_admin']] });
    learner = await app.user({ roles: [[otherCity, 'learner']] });
    member = await app.user({ roles: [[city, 'learner']] });
  });
  afterAll(() => app.close());

  const pdf = (name = '研修資料.pdf'): Sample => ({ name, type: 'application/pdf', data: samplePdf() });
  const png = (name = 'カバー.png'): Sample => ({ name, type: 'image/png', data: samplePng(4, 3) });

  async function upload(
    courseId: string,
    purpose: string,
    file: Sample | null,
    options: { token?: string | null; locale?: string } = {},
  ): Promise<UploadResult> {
    const form = new FormData();
    if (file) form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name);
    const headers: Record<string, string> = {};
    if (options.token !== null) headers['authorization'] = `Bearer ${options.token ?? staff.token}`;
    if (options.locale) headers['accept-language'] = options.locale;
    const response = await fetch(`${base}/api/courses/${courseId}/files?purpose=${purpose}`, {
      method: 'POST',
      headers,
      body: form,
    });
    return { status: response.status, body: (await response.json()) as UploadResult['body'] };
  }

  async function download(url: string, token?: string | null, headers: Record<string, string> = {}) {
    const response = await fetch(`${base}${url}`, {
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    return { response, data: Buffer.from(await response.arrayBuffer()) };
  }

  const fieldsOf = (result: UploadResult) => result.body.errors?.[0].extensions?.fields;
  const codeOf = (result: UploadResult) => result.body.errors?.[0].extensions?.code;

  async function fileCount(courseId: string): Promise<number> {
    const [row] = await app.dataSource.query(
      'SELECT count(*)::int AS n FROM course_files WHERE course_id = $1',
      [courseId],
    );
    return row.n;
  }

  async function addFileLesson(courseId: string, fileId: string, title = 'スライド', token = staff.token) {
    const result = await app.gql<{ addLesson: { id: string } }>(
      'mutation($i: AddLessonInput!) { addLesson(input: $i) { id } }',
      { i: { courseId, kind: 'file', title, fileId } },
      { token },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.addLesson.id;
  }

  const course = (options: { publish?: boolean; visibility?: string } = {}) =>
    app.course(
      staff.token,
      {
        providerOrganisationId: city,
        title: `教材テスト ${randomUUID().slice(0, 6)}`,
        visibility: options.visibility,
      },
      { publish: options.publish },
    );

  it('stores an upload with its Japanese name and serves the same bytes back with safe headers', async () => {
    const courseId = await course();
    const sample = pdf('第1回 研修資料（配布用）.pdf');
    const uploaded = await upload(courseId, 'lesson', sample);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toEqual({
      id: expect.any(String),
      filename: '第1回 研修資料（配布用）.pdf',
      contentType: 'application/pdf',
      sizeBytes: sample.data.length,
      url: `/api/files/${uploaded.body.id}`,
    });
    const [row] = await app.dataSource.query(
      'SELECT sha256, purpose, uploaded_by_id, octet_length(data)::int AS n FROM course_files WHERE id = $1',
      [uploaded.body.id],
    );
    expect(row).toEqual({
      sha256: sha256(sample.data),
      purpose: 'lesson',
      uploaded_by_id: staff.id,
      n: sample.data.length,
    });
    const [audit] = await app.dataSource.query(
      `SELECT actor_user_id, metadata FROM audit_log WHERE action = 'catalogue.file_uploaded' AND subject_id = $1`,
      [uploaded.body.id],
    );
    expect(audit).toEqual({
      actor_user_id: staff.id,
      metadata: expect.objectContaining({
        courseId,
        purpose: 'lesson',
        sizeBytes: sample.data.length,
        sha256: sha256(sample.data),
      }),
    });

    await addFileLesson(courseId, uploaded.body.id);
    const { response, data } = await download(uploaded.body.url);
    expect(response.status).toBe(200);
    expect(data.equals(sample.data)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(sample.data.length));
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="_1_ _.pdf"; filename*=UTF-8''${encodeURIComponent('第1回 研修資料（配布用）.pdf')}`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('etag')).toBe(`"${sha256(sample.data)}"`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');

    const again = await download(uploaded.body.url, null, { 'if-none-match': `"${sha256(sample.data)}"` });
    expect(again.response.status).toBe(304);
    expect(again.data.length).toBe(0);
  });

  it('serves Office and text files as attachments, text as UTF-8', async () => {
    const courseId = await course();
    const docx = await upload(courseId, 'lesson', {
      name: 'ワークシート.docx',
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      data: sampleOffice('docx'),
    });
    const text = await upload(courseId, 'lesson', {
      name: '持ち物.txt',
      type: 'text/plain',
      data: Buffer.from('筆記用具\n'),
    });
    await addFileLesson(courseId, docx.body.id, 'ワークシート');
    await addFileLesson(courseId, text.body.id, '持ち物');
    const docxDownload = await download(docx.body.url);
    expect(docxDownload.response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docxDownload.response.headers.get('content-disposition')).toMatch(/^attachment; /);
    const textDownload = await download(text.body.url);
    expect(textDownload.response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(textDownload.response.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(textDownload.data.toString('utf8')).toBe('筆記用具\n');
  });

  it('refuses a file whose contents are not an accepted kind, whatever its name and type say, and stores nothing', async () => {
    const courseId = await course();
    const auditBefore = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'catalogue.file_uploaded'`,
    );
    const exe = {
      name: '資料.pdf',
      type: 'application/pdf',
      data: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'),
    };
    const ja = await upload(courseId, 'lesson', exe);
    expect(ja.status).toBe(400);
    expect(codeOf(ja)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(ja)).toEqual({
      file: 'この種類のファイルはアップロードできません。PDF、画像（PNG・JPEG・WebP）、Word・Excel・PowerPoint、テキストのいずれかを選んでください。',
    });
    const en = await upload(courseId, 'lesson', exe, { locale: 'en' });
    expect(fieldsOf(en)?.['file']).toMatch(/^This kind of file cannot be uploaded/);
    // A real PDF claiming to be an image, and a PDF as a cover.
    const mismatch = await upload(courseId, 'lesson', { ...pdf('写真.png'), type: 'image/png' });
    expect(fieldsOf(mismatch)).toEqual({
      file: 'ファイルの中身が、ファイル名の拡張子または種類と一致しません。',
    });
    const pdfCover = await upload(courseId, 'cover', pdf());
    expect(fieldsOf(pdfCover)).toEqual({ file: 'カバー画像には PNG・JPEG・WebP の画像を選んでください。' });
    const missing = await upload(courseId, 'lesson', null);
    expect(fieldsOf(missing)).toEqual({ file: 'アップロードするファイルを選んでください。' });
    const purpose = await upload(courseId, 'avatar', png());
    expect(Object.keys(fieldsOf(purpose) ?? {})).toEqual(['purpose']);

    expect(await fileCount(courseId)).toBe(0);
    const auditAfter = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'catalogue.file_uploaded'`,
    );
    expect(auditAfter).toEqual(auditBefore);
  });

  it('refuses files over 20 MB for lessons and 5 MB for covers, in the caller’s language', async () => {
    const courseId = await course();
    const cover = await upload(courseId, 'cover', { ...png(), data: samplePng(2, 2, [0, 0, 0], 5 * MB + 1) });
    expect(cover.status).toBe(413);
    expect(fieldsOf(cover)).toEqual({ file: 'ファイルが大きすぎます。5MB以下のファイルを選んでください。' });
    const lesson = await upload(
      courseId,
      'lesson',
      { ...png('大きな画像.png'), data: samplePng(2, 2, [0, 0, 0], 20 * MB + 1) },
      { locale: 'en' },
    );
    expect(lesson.status).toBe(413);
    expect(fieldsOf(lesson)).toEqual({ file: 'This file is too large. Choose a file of 20 MB or less.' });
    expect(await fileCount(courseId)).toBe(0);
    // Exactly at the limit is fine.
    const atLimit = await upload(courseId, 'cover', { ...png(), data: samplePng(2, 2, [0, 0, 0], 5 * MB) });
    expect(atLimit.status).toBe(201);
  });

  it('lets only editors of the course upload: its organisers’ staff and the provider’s admins', async () => {
    const courseId = await course();
    const draft = await course({ publish: false });
    expect((await upload(courseId, 'lesson', pdf(), { token: null })).status).toBe(401);
    const asLearner = await upload(courseId, 'lesson', pdf(), { token: member.token });
    expect([asLearner.status, codeOf(asLearner)]).toEqual([403, 'FORBIDDEN']);
    // A company admin edits her own company's courses: she sees this one but may not edit it,
    // and the draft is not revealed to her at all.
    expect(codeOf(await upload(courseId, 'lesson', pdf(), { token: companyAdmin.token }))).toBe('FORBIDDEN');
    expect(codeOf(await upload(draft, 'lesson', pdf(), { token: companyAdmin.token }))).toBe('NOT_FOUND');
    expect(codeOf(await upload(randomUUID(), 'lesson', pdf()))).toBe('NOT_FOUND');
    expect(await fileCount(courseId)).toBe(0);

    // Staff of another organisation are not editors; staff of a co-organiser (共催) are.
    expect(codeOf(await upload(courseId, 'lesson', pdf(), { token: otherStaff.token }))).toBe('FORBIDDEN');
    expect(await fileCount(courseId)).toBe(0);
    const coOrganised = await app.course(staff.token, {
      providerOrganisationId: city,
      title: '共催講座',
      coOrganiserIds: [otherCityId],
    });
    expect((await upload(coOrganised, 'lesson', pdf(), { token: otherStaff.token })).status).toBe(201);
    const own = await app.course(companyAdmin.token, { providerOrganisationId: company, title: '社内研修' });
    expect((await upload(own, 'cover', png(), { token: companyAdmin.token })).status).toBe(201);
  });

  it('serves files of drafts and restricted courses only to those who may see the course', async () => {
    const draft = await course({ publish: false });
    const draftFile = (await upload(draft, 'lesson', pdf())).body;
    await addFileLesson(draft, draftFile.id);
    expect((await download(draftFile.url)).response.status).toBe(404);
    expect((await download(draftFile.url, learner.token)).response.status).toBe(404);
    const asEditor = await download(draftFile.url, staff.token);
    expect(asEditor.response.status).toBe(200);
    expect(asEditor.data.equals(samplePdf())).toBe(true);
    expect(asEditor.response.headers.get('cache-control')).toBe('private, no-cache');
    expect(asEditor.response.headers.get('vary')).toBe('Authorization');
    const notFound = await download(draftFile.url, null, { 'accept-language': 'en' });
    expect(JSON.parse(notFound.data.toString()).errors[0]).toMatchObject({
      message: 'File not found.',
      extensions: { code: 'NOT_FOUND' },
    });

    const restricted = await course({ visibility: 'organisation' });
    const restrictedFile = (await upload(restricted, 'lesson', pdf())).body;
    await addFileLesson(restricted, restrictedFile.id);
    expect((await download(restrictedFile.url)).response.status).toBe(404);
    expect((await download(restrictedFile.url, learner.token)).response.status).toBe(404);
    const asMember = await download(restrictedFile.url, member.token);
    expect(asMember.response.status).toBe(200);
    expect(asMember.response.headers.get('cache-control')).toBe('private, no-cache');

    expect((await download(`/api/files/${randomUUID()}`, staff.token)).response.status).toBe(404);
    expect((await download('/api/files/not-a-uuid', staff.token)).response.status).toBe(404);
  });

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
    expect((await add({ kind: 'file', fileId: foreign.id })).errors?.[0].extensions?.fields).toEqual({
      fileId: 'この講座にアップロードされたファイルではありません。',
    });
    expect((await add({ kind: 'file', fileId: randomUUID() })).errors?.[0].extensions?.fields).toEqual({
      fileId: 'この講座にアップロードされたファイルではありません。',
    });
    expect((await add({ kind: 'file', fileId: cover.id })).errors?.[0].extensions?.fields).toEqual({
      fileId: 'このファイルは別の用途（教材またはカバー画像）でアップロードされています。',
    });
    expect(
      (await add({ kind: 'link', url: 'https://example.jp/', fileId: own.id })).errors?.[0].extensions
        ?.fields,
    ).toEqual({
      fileId: 'ファイルを添付できるのは種類が「ファイル」の教材だけです。',
    });
    expect(
      (await add({ kind: 'file', url: 'https://example.jp/a.pdf', fileId: own.id })).errors?.[0].extensions
        ?.fields,
    ).toEqual({
      fileId: 'ファイルとURLはどちらか一方だけを指定してください。',
    });
    const coverOfOther = await app.gql(
      'mutation($id: ID!, $i: UpdateCourseInput!) { updateCourse(id: $id, input: $i) { id } }',
      { id: other, i: { coverFileId: cover.id } },
      { token: staff.token },
    );
    expect(coverOfOther.errors?.[0].extensions?.fields).toEqual({
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
