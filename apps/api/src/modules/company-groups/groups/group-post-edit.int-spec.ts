import { dataOf } from '../../../../test/company-fixtures';
import { companyWithAdmin } from '../../../../test/employee-fixtures';
import {
  ADD_COORDINATOR,
  companyGroup,
  CREATE_POST,
  EDIT_POST,
  LEAVE,
  memberOf,
} from '../../../../test/group-fixtures';
import { codes, TestApp, type TestUser } from '../../../../test/harness';
import { GroupBoardService } from './group-board.service';

interface Edited {
  id: string;
  title: string;
  body: string;
  startsAt: string | null;
  place: string | null;
  editedAt: string | null;
  mine: boolean;
}

describe(`${GroupBoardService.name} editing a post`, () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;
  let coordinator: TestUser;
  let member: { id: string; admin: TestUser };
  let peer: { id: string; admin: TestUser };
  let groupId: string;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
    coordinator = await app.user({ roles: [[city, 'staff']] });
    member = await companyWithAdmin(app, city);
    peer = await companyWithAdmin(app, city);
    groupId = (await companyGroup(app, staff, city)).id;
    dataOf(await app.gql(ADD_COORDINATOR, { g: groupId, u: coordinator.id }, { token: staff.token }));
    await memberOf(app, groupId, staff, member);
    await memberOf(app, groupId, staff, peer);
  });
  afterAll(() => app.close());

  const create = async (token: string, input: Record<string, unknown> = {}) =>
    dataOf(
      await app.gql<{ createGroupPost: { id: string } }>(
        CREATE_POST,
        { i: { groupId, kind: 'post', title: '次年度の講座', body: 'ご意見をください。', ...input } },
        { token },
      ),
    ).createGroupPost.id;
  const edit = (token: string, input: Record<string, unknown>, locale?: string) =>
    app.gql<{ editGroupPost: Edited }>(EDIT_POST, { i: input }, { token, locale });
  const row = async (id: string) =>
    (
      (await app.dataSource.query(
        'SELECT title, body, starts_at, place, edited_at FROM group_posts WHERE id = $1',
        [id],
      )) as unknown[]
    )[0];

  it('lets the author change her title and body, marked edited with the time', async () => {
    const id = await create(member.admin.token);
    expect((await row(id)) as { edited_at: Date | null }).toMatchObject({ edited_at: null });
    const before = Date.now();
    const edited = dataOf(
      await edit(member.admin.token, {
        postId: id,
        title: '  次年度の講座（改）  ',
        body: '締切は金曜です。',
      }),
    ).editGroupPost;
    expect(edited).toMatchObject({ title: '次年度の講座（改）', body: '締切は金曜です。', mine: true });
    expect(new Date(String(edited.editedAt)).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("lets a meeting's author move its date and place, and keeps a meeting dated", async () => {
    const id = await create(staff.token, {
      kind: 'meeting',
      title: '第3回 企画会議',
      startsAt: '2026-12-08T01:00:00.000Z',
      place: '会議室A',
    });
    const moved = dataOf(
      await edit(staff.token, {
        postId: id,
        title: '第3回 企画会議',
        body: '日程を変更しました。',
        startsAt: '2026-12-15T01:00:00.000Z',
        place: '会議室B',
      }),
    ).editGroupPost;
    expect(moved).toMatchObject({ startsAt: '2026-12-15T01:00:00.000Z', place: '会議室B' });
    const before = await row(id);
    const undated = await edit(staff.token, { postId: id, title: 'x', body: 'y' }, 'en');
    expect(codes(undated)).toEqual(['BAD_USER_INPUT']);
    expect(undated.errors?.[0]?.extensions?.fields?.['startsAt']).toBe(
      'Enter the date and time of the meeting.',
    );
    expect(await row(id)).toEqual(before);
  });

  it('refuses bad input (localized) and changes nothing', async () => {
    const id = await create(member.admin.token);
    const before = await row(id);
    const dated = await edit(member.admin.token, {
      postId: id,
      title: 'x',
      body: 'y',
      startsAt: '2026-12-08T01:00:00.000Z',
    });
    expect(codes(dated)).toEqual(['BAD_USER_INPUT']);
    expect(dated.errors?.[0]?.extensions?.fields?.['startsAt']).toBe(
      '日時と場所は、会議の場合だけ入力してください。',
    );
    expect(codes(await edit(member.admin.token, { postId: id, title: '   ', body: 'y' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await edit(member.admin.token, { postId: id, title: 'x'.repeat(121), body: 'y' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const unknown = await edit(member.admin.token, { postId: 'not-a-uuid', title: 'x', body: 'y' });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.errors?.[0]?.message).toBe('見つかりませんでした（IDの形式が正しくありません）。');
    expect(await row(id)).toEqual(before);
  });

  it('lets nobody else edit it: another member, the coordinator, the secretariat, a former author', async () => {
    const id = await create(member.admin.token);
    const before = await row(id);
    for (const other of [peer.admin, coordinator, staff]) {
      const refused = await edit(other.token, { postId: id, title: '書き換え', body: '書き換え' });
      expect(codes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.errors?.[0]?.message).toBe(
        '投稿を編集したりファイルを添付・削除したりできるのは、投稿した本人だけです。',
      );
    }
    expect(codes(await app.gql(EDIT_POST, { i: { postId: id, title: 'a', body: 'b' } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const leaving = await companyWithAdmin(app, city);
    await memberOf(app, groupId, staff, leaving);
    const hers = await create(leaving.admin.token);
    dataOf(await app.gql(LEAVE, { g: groupId, o: leaving.id }, { token: leaving.admin.token }));
    expect(codes(await edit(leaving.admin.token, { postId: hers, title: 'a', body: 'b' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await row(id)).toEqual(before);
  });
});
