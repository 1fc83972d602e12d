import { dataOf } from '../../../../test/company-fixtures';
import { companyWithAdmin } from '../../../../test/employee-fixtures';
import {
  ADD_COORDINATOR,
  ATTEND,
  boardRows,
  COMMENT,
  companyGroup,
  CREATE_POST,
  INVITE,
  LEAVE,
  memberOf,
  POSTS,
} from '../../../../test/group-fixtures';
import { codes, TestApp, type TestUser } from '../../../../test/harness';
import { GroupBoardService } from './group-board.service';

interface Post {
  id: string;
  kind: string;
  title: string;
  startsAt: string | null;
  authorName: string;
  authorOrganisationName: string;
  comments: { body: string; authorOrganisationName: string }[];
  attendance: { organisationId: string; status: string }[];
}

describe(GroupBoardService.name, () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;
  let coordinator: TestUser;
  let member: { id: string; admin: TestUser };
  let peer: { id: string; admin: TestUser };
  let outsider: { id: string; admin: TestUser };
  let groupId: string;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
    coordinator = await app.user({ roles: [[city, 'staff']] });
    member = await companyWithAdmin(app, city);
    peer = await companyWithAdmin(app, city);
    outsider = await companyWithAdmin(app, city);
    groupId = (await companyGroup(app, staff, city)).id;
    dataOf(await app.gql(ADD_COORDINATOR, { g: groupId, u: coordinator.id }, { token: staff.token }));
    await memberOf(app, groupId, staff, member);
    await memberOf(app, groupId, staff, peer);
  });
  afterAll(() => app.close());

  const post = (token: string, input: Record<string, unknown>, locale?: string) =>
    app.gql<{ createGroupPost: { id: string; kind: string; authorOrganisationId: string } }>(
      CREATE_POST,
      { i: { groupId, kind: 'post', title: '次年度の講座について', body: 'ご意見をください。', ...input } },
      { token, locale },
    );
  const posts = async (token: string) =>
    dataOf(await app.gql<{ companyGroup: { posts: Post[] } }>(POSTS, { id: groupId }, { token })).companyGroup
      .posts;

  it('lets members post and comment, coordinators record decisions and meetings, each company answer for itself', async () => {
    const question = dataOf(await post(member.admin.token, {})).createGroupPost;
    expect(question.authorOrganisationId).toBe(member.id);
    const decision = dataOf(
      await post(coordinator.token, { kind: 'decision', title: '講座は11月に開催', body: '決定しました。' }),
    ).createGroupPost;
    expect(decision.authorOrganisationId).toBe(city);
    const meeting = dataOf(
      await post(staff.token, {
        kind: 'meeting',
        title: '第3回 企画会議',
        body: '議題：次年度の事業内容',
        startsAt: '2026-12-08T01:00:00.000Z',
        place: '小美玉市役所 会議室',
      }),
    ).createGroupPost;
    dataOf(
      await app.gql(COMMENT, { i: { postId: question.id, body: '賛成です。' } }, { token: peer.admin.token }),
    );
    dataOf(
      await app.gql(
        ATTEND,
        { i: { postId: meeting.id, organisationId: member.id, status: 'attending' } },
        { token: member.admin.token },
      ),
    );
    dataOf(
      await app.gql(
        ATTEND,
        { i: { postId: meeting.id, organisationId: peer.id, status: 'absent' } },
        { token: peer.admin.token },
      ),
    );
    // Changed in place: one answer per company.
    dataOf(
      await app.gql(
        ATTEND,
        { i: { postId: meeting.id, organisationId: peer.id, status: 'attending' } },
        { token: peer.admin.token },
      ),
    );

    const board = await posts(peer.admin.token);
    expect(board.map((p) => p.kind)).toEqual(['meeting', 'decision', 'post']);
    const [shownMeeting, , shownQuestion] = board;
    expect(shownMeeting?.startsAt).toBe('2026-12-08T01:00:00.000Z');
    expect(shownMeeting?.attendance.map((a) => [a.organisationId, a.status]).sort()).toEqual(
      [
        [member.id, 'attending'],
        [peer.id, 'attending'],
      ].sort(),
    );
    expect(shownQuestion?.comments).toMatchObject([{ body: '賛成です。' }]);
    expect(shownQuestion?.authorName).not.toBe('');
  });

  it('refuses a decision or a meeting from a company (localized), and a meeting without its date', async () => {
    const before = await boardRows(app, groupId);
    const decision = await post(member.admin.token, { kind: 'decision' }, 'en');
    expect(codes(decision)).toEqual(['BAD_USER_INPUT']);
    expect(decision.errors?.[0]?.extensions?.fields?.['kind']).toBe(
      'Only coordinators and the secretariat can record decisions and meetings.',
    );
    expect(codes(await post(staff.token, { kind: 'meeting' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await post(staff.token, { startsAt: '2026-12-08T01:00:00.000Z' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await post(member.admin.token, { title: 'x'.repeat(121) }))).toEqual(['BAD_USER_INPUT']);
    expect(await boardRows(app, groupId)).toBe(before);
  });

  it('refuses a post, a comment or an answer from a company that is not a member, and writes nothing', async () => {
    const question = dataOf(await post(member.admin.token, {})).createGroupPost;
    const meeting = dataOf(
      await post(staff.token, { kind: 'meeting', startsAt: '2026-12-15T01:00:00.000Z' }),
    ).createGroupPost;
    const before = await boardRows(app, groupId);
    // Invited but not yet a member: still off the board.
    dataOf(await app.gql(INVITE, { g: groupId, o: outsider.id }, { token: staff.token }));
    const refused = await post(outsider.admin.token, {});
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toBe(
      '掲示板を見たり書き込んだりできるのは、グループの現在のメンバーだけです。',
    );
    expect(
      codes(
        await app.gql(
          COMMENT,
          { i: { postId: question.id, body: '横から失礼します' } },
          { token: outsider.admin.token },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const foreign = await app.gql(
      ATTEND,
      { i: { postId: meeting.id, organisationId: outsider.id, status: 'attending' } },
      { token: outsider.admin.token },
    );
    expect(codes(foreign)).toEqual(['FORBIDDEN']);
    // A member answers only for her own company.
    const forPeer = await app.gql(
      ATTEND,
      { i: { postId: meeting.id, organisationId: peer.id, status: 'absent' } },
      { token: member.admin.token },
    );
    expect(codes(forPeer)).toEqual(['FORBIDDEN']);
    const notMeeting = await app.gql(
      ATTEND,
      { i: { postId: question.id, organisationId: member.id, status: 'absent' } },
      { token: member.admin.token },
    );
    expect(codes(notMeeting)).toEqual(['BAD_USER_INPUT']);
    const posts = await app.gql(POSTS, { id: groupId }, { token: outsider.admin.token });
    expect(codes(posts)).toEqual(['FORBIDDEN']);
    expect(await boardRows(app, groupId)).toBe(before);
  });

  it('closes the board to a company the moment it leaves', async () => {
    const leaving = await companyWithAdmin(app, city);
    await memberOf(app, groupId, staff, leaving);
    expect((await posts(leaving.admin.token)).length).toBeGreaterThan(0);
    dataOf(await app.gql(LEAVE, { g: groupId, o: leaving.id }, { token: leaving.admin.token }));
    expect(codes(await app.gql(POSTS, { id: groupId }, { token: leaving.admin.token }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await post(leaving.admin.token, {}))).toEqual(['FORBIDDEN']);
  });
});
