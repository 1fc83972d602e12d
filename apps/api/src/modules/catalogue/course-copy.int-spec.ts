import { samplePdf, samplePng } from '@tsunagu/shared/testing';
import { codes, TestApp, type TestUser } from '../../../test/harness';
import { nth } from '../../../test/nth';
import { seminarSession } from '../../../test/seminar-fixtures';

const COPY = 'mutation($id: ID!, $i: CopyCourseInput) { copyCourse(id: $id, input: $i) { id title status } }';
const VIEW = `query($id: ID!) { course(id: $id) { title summary status tags visibility coOrganisers { id }
  coverImage { id sizeBytes } lessons { title kind position url file { id filename sizeBytes } } sessions { id } } }`;

interface CourseView {
  title: string;
  summary: string;
  status: string;
  tags: string[];
  visibility: string;
  coOrganisers: { id: string }[];
  coverImage: { id: string; sizeBytes: number } | null;
  lessons: {
    title: string;
    kind: string;
    position: number;
    url: string | null;
    file: { id: string; filename: string; sizeBytes: number } | null;
  }[];
  sessions: { id: string }[];
}

/** Copying a course for next year's term: a draft with the same content, lessons and files. */
describe('copying a course', () => {
  let app: TestApp;
  let base: string;
  let city: string;
  let prefecture: string;
  let staff: TestUser;
  let prefectureStaff: TestUser;
  let elsewhereStaff: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    base = app.url.replace(/\/graphql$/, '');
    city = await app.organisation('city');
    prefecture = await app.organisation('prefecture');
    staff = await app.user({ roles: [[city, 'staff']] });
    prefectureStaff = await app.user({ roles: [[prefecture, 'staff']] });
    elsewhereStaff = await app.user({ roles: [[await app.organisation('city'), 'staff']] });
  });
  afterAll(() => app.close());

  async function upload(
    courseId: string,
    purpose: 'lesson' | 'cover',
    name: string,
    type: string,
    data: Buffer,
  ) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)], { type }), name);
    const response = await fetch(`${base}/api/courses/${courseId}/files?purpose=${purpose}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staff.token}` },
      body: form,
    });
    return ((await response.json()) as { id: string }).id;
  }
  const view = async (id: string) =>
    (await app.gql<{ course: CourseView }>(VIEW, { id }, { token: staff.token })).data!.course;

  async function richCourse(): Promise<string> {
    const id = await app.course(staff.token, {
      providerOrganisationId: city,
      title: '女性リーダー育成講座 2026年度',
      summary: '全3回の連続講座',
      tags: ['リーダー', '管理職'],
      coOrganiserIds: [prefecture],
    });
    const fileId = await upload(id, 'lesson', '第1回資料.pdf', 'application/pdf', samplePdf());
    const coverFileId = await upload(id, 'cover', 'カバー.png', 'image/png', samplePng(4, 3));
    await app.gql(
      'mutation($id: ID!, $i: UpdateCourseInput!) { updateCourse(id: $id, input: $i) { id } }',
      {
        id,
        i: { coverFileId },
      },
      { token: staff.token },
    );
    for (const lesson of [
      { kind: 'text', title: 'はじめに', body: '講座の進め方' },
      { kind: 'file', title: '第1回資料', fileId },
      { kind: 'link', title: '参考サイト', url: 'https://www.gender.go.jp/' },
    ]) {
      const added = await app.gql(
        'mutation($i: AddLessonInput!) { addLesson(input: $i) { id } }',
        {
          i: { courseId: id, ...lesson },
        },
        { token: staff.token },
      );
      expect(added.errors).toBeUndefined();
    }
    await app.session(staff.token, id);
    return id;
  }

  it('makes a draft with the same content, lessons in order, their own copies of the files, no sessions', async () => {
    const sourceId = await richCourse();
    const copied = await app.gql<{ copyCourse: { id: string; title: string; status: string } }>(
      COPY,
      { id: sourceId, i: { title: '女性リーダー育成講座 2027年度' } },
      { token: staff.token },
    );
    expect(copied.errors).toBeUndefined();
    expect(copied.data?.copyCourse).toMatchObject({
      title: '女性リーダー育成講座 2027年度',
      status: 'draft',
    });
    const [source, copy] = [await view(sourceId), await view(copied.data!.copyCourse.id)];
    expect(copy).toMatchObject({
      summary: source.summary,
      tags: source.tags,
      visibility: source.visibility,
      coOrganisers: [{ id: prefecture }],
      sessions: [],
    });
    expect(copy.lessons.map((l) => [l.position, l.kind, l.title, l.url])).toEqual(
      source.lessons.map((l) => [l.position, l.kind, l.title, l.url]),
    );
    const sourceFile = nth(source.lessons, 1).file!;
    const copyFile = nth(copy.lessons, 1).file!;
    expect(copyFile.id).not.toBe(sourceFile.id);
    expect([copyFile.filename, copyFile.sizeBytes]).toEqual([sourceFile.filename, sourceFile.sizeBytes]);
    expect(copy.coverImage?.id).not.toBe(source.coverImage?.id);
    const bytes = async (fileId: string) =>
      Buffer.from(
        await (
          await fetch(`${base}/api/files/${fileId}`, { headers: { authorization: `Bearer ${staff.token}` } })
        ).arrayBuffer(),
      );
    expect((await bytes(copyFile.id)).equals(await bytes(sourceFile.id))).toBe(true);
    // Removing the copy's lesson file leaves the original's.
    const [{ id: lessonId }] = await app.dataSource.query(
      'SELECT id FROM lessons WHERE course_id = $1 AND position = 2',
      [copied.data!.copyCourse.id],
    );
    await app.gql(
      'mutation($id: ID!) { removeLesson(id: $id) { id } }',
      { id: lessonId },
      { token: staff.token },
    );
    expect((await bytes(sourceFile.id)).length).toBe(sourceFile.sizeBytes);
    const [audit] = await app.dataSource.query(
      `SELECT metadata FROM audit_log WHERE action = 'catalogue.course_copied' AND subject_id = $1`,
      [copied.data!.copyCourse.id],
    );
    expect(audit.metadata).toEqual({ from: sourceId });
  });

  it('copies the scheduled sessions a year later (same weekday) when asked, with no one enrolled', async () => {
    const sourceId = await app.course(staff.token, { providerOrganisationId: city, title: '連続講座 2026' });
    const DAY = 24 * 60 * 60 * 1000;
    const start = Date.now() + 30 * DAY;
    const iso = (t: number) => new Date(t).toISOString();
    const kept = await app.session(staff.token, sourceId, {
      title: '第1期',
      registrationMode: 'lottery',
      registrationClosesAt: iso(start - 5 * DAY),
      drawAt: iso(start - 4 * DAY),
      questions: [{ kind: 'yes_no', label: '託児を希望しますか', required: true }],
    });
    const cancelled = await app.session(staff.token, sourceId, { title: '中止回' });
    await app.gql(
      'mutation($id: ID!) { cancelSession(id: $id) { id } }',
      { id: cancelled },
      { token: staff.token },
    );
    const learner = await app.user();
    await app.gql(
      'mutation($s: ID!) { enrol(input: { sessionId: $s }) { id } }',
      { s: kept },
      { token: learner.token },
    );

    const copied = await app.gql<{ copyCourse: { id: string } }>(
      COPY,
      { id: sourceId, i: { title: '連続講座 2027', sessionsShiftDays: 364 } },
      { token: staff.token },
    );
    expect(copied.errors).toBeUndefined();
    const rows = await app.dataSource.query(
      `SELECT s.id, s.title, s.course_id, s.registration_opens_at, s.draw_at, ss.confirmed_count, s.lottery_commitment,
              (SELECT array_agg(m.starts_at ORDER BY m.starts_at) FROM session_meetings m WHERE m.session_id = s.id) AS starts,
              (SELECT array_agg(q.label) FROM session_questions q WHERE q.session_id = s.id) AS questions,
              (SELECT count(*)::int FROM enrolments e WHERE e.session_id = s.id) AS enrolments
         FROM sessions s JOIN session_seats ss ON ss.session_id = s.id
        WHERE s.course_id = ANY($1::uuid[]) ORDER BY s.created_at`,
      [[sourceId, copied.data!.copyCourse.id]],
    );
    const original = rows.find((r: { id: string }) => r.id === kept);
    const copies = rows.filter((r: { course_id: string }) => r.course_id === copied.data!.copyCourse.id);
    expect(copies.map((r: { title: string }) => r.title)).toEqual(['第1期']);
    const [copy] = copies;
    const year = 364 * DAY;
    expect(copy.starts[0].getTime() - original.starts[0].getTime()).toBe(year);
    expect(copy.registration_opens_at.getTime() - original.registration_opens_at.getTime()).toBe(year);
    expect(copy.draw_at.getTime() - original.draw_at.getTime()).toBe(year);
    expect(copy.starts[0].getDay()).toBe(original.starts[0].getDay());
    expect(copy).toMatchObject({ confirmed_count: 0, enrolments: 0, questions: ['託児を希望しますか'] });
    expect(copy.lottery_commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(copy.lottery_commitment).not.toBe(original.lottery_commitment);
  });

  it('leaves out a session that the shift would still leave in the past', async () => {
    // Held 400 days ago: a year later is still in the past, so it could never be held (nor attended).
    const old = await seminarSession(app, {
      providerOrganisationId: city,
      meetings: 1,
      firstMeetingInHours: -24 * 400,
    });
    const [{ course_id }] = await app.dataSource.query('SELECT course_id FROM sessions WHERE id = $1', [
      old.sessionId,
    ]);
    const copied = await app.gql<{ copyCourse: { id: string } }>(
      COPY,
      { id: course_id, i: { sessionsShiftDays: 364 } },
      { token: staff.token },
    );
    expect(copied.errors).toBeUndefined();
    const [{ n }] = await app.dataSource.query(
      'SELECT count(*)::int AS n FROM sessions WHERE course_id = $1',
      [copied.data!.copyCourse.id],
    );
    expect(n).toBe(0);
  });

  it('names the copy after the original unless told otherwise', async () => {
    const sourceId = await app.course(staff.token, {
      providerOrganisationId: city,
      title: '起業準備セミナー',
    });
    const copied = await app.gql<{ copyCourse: { title: string } }>(
      COPY,
      { id: sourceId },
      { token: staff.token },
    );
    expect(copied.data?.copyCourse.title).toBe('起業準備セミナー（コピー）');
  });

  it("refuses a co-organiser's staff (the copy would be the provider's), other organisations and long titles", async () => {
    const sourceId = await app.course(staff.token, {
      providerOrganisationId: city,
      title: `共催講座 ${Date.now()}`,
      coOrganiserIds: [prefecture],
    });
    const before = (await app.dataSource.query('SELECT count(*)::int AS n FROM courses'))[0].n;
    const asCoOrganiser = await app.gql(
      COPY,
      { id: sourceId },
      { token: prefectureStaff.token, locale: 'en' },
    );
    expect(codes(asCoOrganiser)).toEqual(['FORBIDDEN']);
    expect(asCoOrganiser.errors?.[0]?.message).toBe(
      "Only the providing organisation's editors can copy its courses.",
    );
    expect(codes(await app.gql(COPY, { id: sourceId }, { token: elsewhereStaff.token }))).toEqual([
      'FORBIDDEN',
    ]);
    const long = await app.gql(
      COPY,
      { id: sourceId, i: { title: 'あ'.repeat(121) } },
      { token: staff.token },
    );
    expect(codes(long)).toEqual(['BAD_USER_INPUT']);
    expect((await app.dataSource.query('SELECT count(*)::int AS n FROM courses'))[0].n).toBe(before);
  });
});
