import { sampleOffice, samplePdf, samplePng } from '@tsunagu/shared/testing';
import { randomUUID } from 'node:crypto';
import {
  codeOf,
  courseFileHelpers,
  courseFilesWorld,
  type CourseFilesWorld,
  fieldsOf,
  MB,
  pdf,
  png,
  sha256,
} from '../../../test/course-files-fixtures';
import { type TestApp, type TestUser } from '../../../test/harness';

process.env.TZ = 'Asia/Tokyo';

describe('course files', () => {
  let world: CourseFilesWorld;
  let app: TestApp;
  let city: string;
  let otherCityId: string;
  let company: string;
  let staff: TestUser;
  let otherStaff: TestUser;
  let companyAdmin: TestUser;
  let learner: TestUser;
  let member: TestUser;

  beforeAll(async () => {
    world = await courseFilesWorld();
    ({ app, city, otherCityId, company, staff, otherStaff, companyAdmin, learner, member } = world);
  });
  afterAll(() => app.close());

  const { upload, download, fileCount, addFileLesson, course } = courseFileHelpers(() => world);

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
});
