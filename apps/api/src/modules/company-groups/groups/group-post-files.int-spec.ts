import { sampleOffice, samplePdf, samplePng } from '@tsunagu/shared/testing';
import { dataOf } from '../../../../test/company-fixtures';
import { companyWithAdmin } from '../../../../test/employee-fixtures';
import {
  ADD_COORDINATOR,
  companyGroup,
  CREATE_POST,
  LEAVE,
  memberOf,
  POST_FILES,
  REMOVE_POST_FILE,
} from '../../../../test/group-fixtures';
import { codes, TestApp, type TestUser } from '../../../../test/harness';
import { GroupPostFilesService } from './group-post-files.service';

interface ShownFile {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
}

describe(GroupPostFilesService.name, () => {
  let app: TestApp;
  let base: string;
  let city: string;
  let staff: TestUser;
  let coordinator: TestUser;
  let otherStaff: TestUser;
  let learner: TestUser;
  let member: { id: string; admin: TestUser };
  let peer: { id: string; admin: TestUser };
  let outsider: { id: string; admin: TestUser };
  let groupId: string;

  beforeAll(async () => {
    app = await TestApp.create();
    base = app.url.replace(/\/graphql$/, '');
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
    coordinator = await app.user({ roles: [[city, 'staff']] });
    otherStaff = await app.user({ roles: [[await app.organisation('city'), 'staff']] });
    learner = await app.user({ roles: [[city, 'learner']] });
    member = await companyWithAdmin(app, city);
    peer = await companyWithAdmin(app, city);
    outsider = await companyWithAdmin(app, city);
    groupId = (await companyGroup(app, staff, city)).id;
    dataOf(await app.gql(ADD_COORDINATOR, { g: groupId, u: coordinator.id }, { token: staff.token }));
    await memberOf(app, groupId, staff, member);
    await memberOf(app, groupId, staff, peer);
  });
  afterAll(() => app.close());

  const newPost = async (token: string) =>
    dataOf(
      await app.gql<{ createGroupPost: { id: string } }>(
        CREATE_POST,
        { i: { groupId, kind: 'post', title: '資料の共有', body: '議事録を添付します。' } },
        { token },
      ),
    ).createGroupPost.id;
  async function upload(postId: string, token: string | null, name: string, data: Buffer, locale = 'ja') {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)]), name);
    const headers: Record<string, string> = { 'accept-language': locale };
    if (token) headers['authorization'] = `Bearer ${token}`;
    const response = await fetch(`${base}/api/group-posts/${postId}/files`, {
      method: 'POST',
      headers,
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
  const get = (url: string, token?: string) =>
    fetch(`${base}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const filesOf = async (token: string, postId: string): Promise<ShownFile[]> =>
    dataOf(
      await app.gql<{ companyGroup: { posts: { id: string; files: ShownFile[] }[] } }>(
        POST_FILES,
        { id: groupId },
        { token },
      ),
    ).companyGroup.posts.find((p) => p.id === postId)?.files ?? [];
  const stored = async (postId: string) =>
    (
      (await app.dataSource.query('SELECT count(*)::int AS n FROM group_post_files WHERE post_id = $1', [
        postId,
      ])) as { n: number }[]
    )[0]?.n;

  it('lets the author attach PDFs, images and Office files, listed on the post for everyone on the board', async () => {
    const postId = await newPost(member.admin.token);
    const pdf = await upload(postId, member.admin.token, '第3回 議事録.pdf', samplePdf());
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({ filename: '第3回 議事録.pdf', contentType: 'application/pdf' });
    // The kind is read from the bytes: a name without an extension gets the kind's.
    const docx = await upload(postId, member.admin.token, '提案書', sampleOffice('docx'));
    expect(docx.body['filename']).toBe('提案書.docx');
    expect((await upload(postId, member.admin.token, '写真.png', samplePng())).status).toBe(201);

    for (const reader of [member.admin, peer.admin, coordinator, staff]) {
      const files = await filesOf(reader.token, postId);
      expect(files.map((f) => f.filename)).toEqual(['第3回 議事録.pdf', '提案書.docx', '写真.png']);
      expect(files[0]?.sizeBytes).toBe(samplePdf().length);
      const download = await get(String(files[0]?.url), reader.token);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-disposition')).toContain('attachment');
      expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''");
      expect(download.headers.get('cache-control')).toBe('private, no-store');
      expect(Buffer.from(await download.arrayBuffer()).equals(samplePdf())).toBe(true);
    }
  });

  it('lets coordinators and the secretariat attach files to their own posts too', async () => {
    for (const author of [coordinator, staff]) {
      const postId = await newPost(author.token);
      expect((await upload(postId, author.token, '日程表.xlsx', sampleOffice('xlsx'))).status).toBe(201);
      expect((await filesOf(member.admin.token, postId)).map((f) => f.filename)).toEqual(['日程表.xlsx']);
    }
  });

  it('refuses a file of another kind, an empty or too large one, a sixth one, and writes nothing', async () => {
    const postId = await newPost(member.admin.token);
    const text = await upload(postId, member.admin.token, 'memo.pdf', Buffer.from('ただのテキスト'), 'en');
    expect(text.status).toBe(400);
    expect(JSON.stringify(text.body)).toContain(
      'Attach a PDF, an image (PNG, JPEG or WebP) or a Word, Excel or PowerPoint file.',
    );
    const textJa = await upload(postId, member.admin.token, 'memo.pdf', Buffer.from('ただのテキスト'));
    expect(JSON.stringify(textJa.body)).toContain('投稿に添付できるのはPDF');
    expect((await upload(postId, member.admin.token, 'empty.pdf', Buffer.alloc(0))).status).toBe(400);
    const big = await upload(
      postId,
      member.admin.token,
      'big.png',
      samplePng(2, 2, [1, 2, 3], 11 * 1024 * 1024),
    );
    expect(big.status).toBe(413);
    expect(JSON.stringify(big.body)).toContain('10MB');
    expect(await stored(postId)).toBe(0);
    for (let i = 0; i < 5; i++)
      expect((await upload(postId, member.admin.token, `資料${i}.pdf`, samplePdf())).status).toBe(201);
    const sixth = await upload(postId, member.admin.token, '資料6.pdf', samplePdf());
    expect(sixth.status).toBe(400);
    expect(JSON.stringify(sixth.body)).toContain('5個まで');
    expect(await stored(postId)).toBe(5);
  });

  it('keeps to five files when eight uploads to one post arrive at once', async () => {
    const postId = await newPost(member.admin.token);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => upload(postId, member.admin.token, `同時${i}.pdf`, samplePdf())),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 400)).toHaveLength(3);
    expect(await stored(postId)).toBe(5);
  });

  it('refuses files from anyone but the post’s author, and from outside the board', async () => {
    const postId = await newPost(member.admin.token);
    const notAuthor = await upload(postId, peer.admin.token, 'a.pdf', samplePdf());
    expect(notAuthor.status).toBe(403);
    expect(JSON.stringify(notAuthor.body)).toContain('投稿した本人だけです');
    expect((await upload(postId, staff.token, 'a.pdf', samplePdf())).status).toBe(403);
    expect((await upload(postId, outsider.admin.token, 'a.pdf', samplePdf())).status).toBe(403);
    expect((await upload(postId, otherStaff.token, 'a.pdf', samplePdf())).status).toBe(403);
    expect((await upload(postId, null, 'a.pdf', samplePdf())).status).toBe(401);
    expect(
      (await upload('00000000-0000-4000-8000-000000000000', member.admin.token, 'a.pdf', samplePdf())).status,
    ).toBe(404);
    expect(await stored(postId)).toBe(0);
  });

  it('serves a file only to those on the board now: not a former member, another company, a learner, a visitor', async () => {
    const leaving = await companyWithAdmin(app, city);
    await memberOf(app, groupId, staff, leaving);
    const postId = await newPost(leaving.admin.token);
    const url = String((await upload(postId, leaving.admin.token, '案内.pdf', samplePdf())).body['url']);
    expect((await get(url, leaving.admin.token)).status).toBe(200);
    dataOf(await app.gql(LEAVE, { g: groupId, o: leaving.id }, { token: leaving.admin.token }));

    const former = await get(url, leaving.admin.token);
    expect(former.status).toBe(403);
    expect(JSON.stringify(await former.json())).toContain('グループの現在のメンバーだけです');
    expect((await get(url, outsider.admin.token)).status).toBe(403);
    expect((await get(url, otherStaff.token)).status).toBe(403);
    expect((await get(url, learner.token)).status).toBe(403);
    expect((await get(url)).status).toBe(401);
    expect((await get(url, peer.admin.token)).status).toBe(200); // the post stays for current members
    // A former member can no longer add files to her post.
    expect((await upload(postId, leaving.admin.token, 'b.pdf', samplePdf())).status).toBe(403);
  });

  it('lets only the author remove a file, which then is gone', async () => {
    const postId = await newPost(member.admin.token);
    const file = (await upload(postId, member.admin.token, '削除する.pdf', samplePdf())).body;
    const refused = await app.gql(
      REMOVE_POST_FILE,
      { f: file['id'] },
      { token: peer.admin.token, locale: 'en' },
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toBe(
      'Only the person who wrote a post can edit it or add and remove its files.',
    );
    expect(codes(await app.gql(REMOVE_POST_FILE, { f: file['id'] }, { token: staff.token }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await app.gql(REMOVE_POST_FILE, { f: file['id'] }))).toEqual(['UNAUTHENTICATED']);
    expect(await stored(postId)).toBe(1);
    const removed = await app.gql<{ removeGroupPostFile: { files: unknown[] } }>(
      REMOVE_POST_FILE,
      { f: file['id'] },
      { token: member.admin.token },
    );
    expect(dataOf(removed).removeGroupPostFile.files).toEqual([]);
    expect((await get(String(file['url']), member.admin.token)).status).toBe(404);
    expect(codes(await app.gql(REMOVE_POST_FILE, { f: file['id'] }, { token: member.admin.token }))).toEqual([
      'NOT_FOUND',
    ]);
  });
});
