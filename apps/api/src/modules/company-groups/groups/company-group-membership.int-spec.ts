import { catalogueItems, marker, titles } from '../../../../test/catalogue-fixtures';
import { companyRow, dataOf } from '../../../../test/company-fixtures';
import { companyWithAdmin } from '../../../../test/employee-fixtures';
import {
  ACCEPT,
  ADD_COORDINATOR,
  companyGroup,
  DECLINE,
  groupOf,
  groupRows,
  INVITE,
  LEAVE,
  memberOf,
  MY_GROUPS,
  REMOVE,
  UPDATE_GROUP,
  type Group,
} from '../../../../test/group-fixtures';
import { codes, TestApp, type TestUser } from '../../../../test/harness';
import { CompanyGroupsService } from './company-groups.service';

process.env.TZ = 'Asia/Tokyo';

describe(CompanyGroupsService.name, () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;
  let otherStaff: TestUser;
  let company: { id: string; admin: TestUser };
  let other: { id: string; admin: TestUser };

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
    otherStaff = await app.user({ roles: [[await app.organisation('city'), 'staff']] });
    company = await companyWithAdmin(app, city);
    other = await companyWithAdmin(app, city);
  });
  afterAll(() => app.close());

  it('records invitation, joining and leaving with their dates, and keeps the history', async () => {
    const group = await companyGroup(app, staff, city, { charter: '企業間の情報共有' });
    expect(group).toMatchObject({ charter: '企業間の情報共有', fiscalYear: 2026, viewer: { manages: true } });
    const invited = await app.gql<{ inviteCompanyToGroup: Group }>(
      INVITE,
      { g: group.id, o: company.id },
      { token: staff.token },
    );
    expect(dataOf(invited).inviteCompanyToGroup.members).toEqual([
      { organisationId: company.id, status: 'invited' },
    ]);

    // Invited: it sees the group to decide, not its board.
    const asInvited = await groupOf(app, company.admin.token, group.id);
    expect(asInvited.viewer).toMatchObject({ onBoard: false, invitedCompanyIds: [company.id] });
    dataOf(await app.gql(ACCEPT, { g: group.id, o: company.id }, { token: company.admin.token }));
    dataOf(await app.gql(LEAVE, { g: group.id, o: company.id }, { token: company.admin.token }));
    // Invited again after leaving: a new row; the earlier membership stays as history.
    await memberOf(app, group.id, staff, company);

    const { members } = await groupOf(app, staff.token, group.id);
    expect(members.map((m) => m.status).sort()).toEqual(['left', 'member']);
    const left = members.find((m) => m.status === 'left');
    const current = members.find((m) => m.status === 'member');
    expect(left?.joinedAt && left.leftAt && new Date(left.leftAt) >= new Date(left.joinedAt)).toBeTruthy();
    expect(current).toMatchObject({ leftAt: null });
    expect(current?.joinedAt).not.toBeNull();
  });

  it('refuses to invite a company twice (CONFLICT, in her language) and changes nothing', async () => {
    const group = await companyGroup(app, staff, city);
    dataOf(await app.gql(INVITE, { g: group.id, o: company.id }, { token: staff.token }));
    const before = await groupRows(app, group.id);
    const again = await app.gql(INVITE, { g: group.id, o: company.id }, { token: staff.token, locale: 'en' });
    expect(codes(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0]?.message).toBe(
      'This company is already a member of this group, or already invited.',
    );
    dataOf(await app.gql(ACCEPT, { g: group.id, o: company.id }, { token: company.admin.token }));
    const joinedTwice = await app.gql(INVITE, { g: group.id, o: company.id }, { token: staff.token });
    expect(codes(joinedTwice)).toEqual(['CONFLICT']);
    expect(joinedTwice.errors?.[0]?.message).toBe('この企業は既にこのグループのメンバー、または招待中です。');
    expect((await groupRows(app, group.id)).length).toBe(before.length);
  });

  it('takes only one of two invitations sent at once', async () => {
    const group = await companyGroup(app, staff, city);
    const results = await Promise.all(
      [1, 2].map(() => app.gql(INVITE, { g: group.id, o: other.id }, { token: staff.token })),
    );
    expect(results.map((r) => codes(r)[0] ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    expect(await groupRows(app, group.id)).toHaveLength(1);
  });

  it('invites only approved partner companies', async () => {
    const group = await companyGroup(app, staff, city);
    const applied = await companyRow(app, city, { status: 'applied' });
    const notACompany = await app.organisation('npo');
    for (const o of [applied, notACompany]) {
      const result = await app.gql(INVITE, { g: group.id, o }, { token: staff.token });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.fields).toHaveProperty('organisationId');
    }
    expect(await groupRows(app, group.id)).toEqual([]);
  });

  it("lets only the owner's staff run the group, and only the company's admin answer for it", async () => {
    const group = await companyGroup(app, staff, city);
    const byOther = await app.gql(INVITE, { g: group.id, o: company.id }, { token: otherStaff.token });
    expect(codes(byOther)).toEqual(['FORBIDDEN']);
    const rename = await app.gql(
      UPDATE_GROUP,
      { i: { groupId: group.id, name: '乗っ取り' } },
      { token: otherStaff.token },
    );
    expect(codes(rename)).toEqual(['FORBIDDEN']);
    dataOf(await app.gql(INVITE, { g: group.id, o: company.id }, { token: staff.token }));
    const wrongCompany = await app.gql(ACCEPT, { g: group.id, o: company.id }, { token: other.admin.token });
    expect(codes(wrongCompany)).toEqual(['FORBIDDEN']);
    // Declined: answered, no longer live; an answer twice is a CONFLICT.
    expect(
      dataOf(await app.gql(DECLINE, { g: group.id, o: company.id }, { token: company.admin.token })),
    ).toEqual({
      declineGroupInvitation: true,
    });
    const twice = await app.gql(ACCEPT, { g: group.id, o: company.id }, { token: company.admin.token });
    expect(codes(twice)).toEqual(['CONFLICT']);
    expect(
      codes(await app.gql(LEAVE, { g: group.id, o: company.id }, { token: company.admin.token })),
    ).toEqual(['CONFLICT']);
    expect((await groupOf(app, staff.token, group.id)).members).toMatchObject([{ status: 'declined' }]);
    // The group no longer exists for the company that declined.
    expect(
      codes(
        await app.gql(
          'query($id: ID!) { companyGroup(id: $id) { id } }',
          { id: group.id },
          { token: company.admin.token },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('names only staff of the owner as coordinators, once', async () => {
    const group = await companyGroup(app, staff, city);
    const colleague = await app.user({ roles: [[city, 'staff']] });
    const added = await app.gql<{ addGroupCoordinator: Group }>(
      ADD_COORDINATOR,
      { g: group.id, u: colleague.id },
      { token: staff.token },
    );
    expect(dataOf(added).addGroupCoordinator.coordinators.map((c) => c.userId)).toEqual([colleague.id]);
    expect(
      codes(await app.gql(ADD_COORDINATOR, { g: group.id, u: colleague.id }, { token: staff.token })),
    ).toEqual(['CONFLICT']);
    const outsider = await app.gql(
      ADD_COORDINATOR,
      { g: group.id, u: company.admin.id },
      { token: staff.token },
    );
    expect(codes(outsider)).toEqual(['BAD_USER_INPUT']);
    // The coordinator sees the group among hers.
    const mine = dataOf(
      await app.gql<{ companyGroups: { id: string }[] }>(MY_GROUPS, {}, { token: colleague.token }),
    );
    expect(mine.companyGroups.map((g) => g.id)).toContain(group.id);
  });

  it("shows a company_group course to a company's people exactly while it is a current member", async () => {
    // A company and a city of their own: no other group makes them peers.
    const city = await app.organisation('city');
    const staff = await app.user({ roles: [[city, 'staff']] });
    const company = await companyWithAdmin(app, city);
    const group = await companyGroup(app, staff, city);
    const employee = await app.user({ roles: [[company.id, 'learner']] });
    const m = marker();
    const courseId = await app.course(staff.token, {
      providerOrganisationId: city,
      title: `${m} グループ限定`,
      visibility: 'company_group',
    });
    await app.session(staff.token, courseId);
    const sees = async (user: TestUser) =>
      titles(await catalogueItems(app, { search: m }, user.token)).length === 1;

    dataOf(await app.gql(INVITE, { g: group.id, o: company.id }, { token: staff.token }));
    expect([await sees(employee), await sees(company.admin)]).toEqual([false, false]);
    dataOf(await app.gql(ACCEPT, { g: group.id, o: company.id }, { token: company.admin.token }));
    expect([await sees(employee), await sees(company.admin)]).toEqual([true, true]);
    dataOf(await app.gql(LEAVE, { g: group.id, o: company.id }, { token: company.admin.token }));
    expect([await sees(employee), await sees(company.admin)]).toEqual([false, false]);
    // Back in, then removed by the owner: the same.
    await memberOf(app, group.id, staff, company);
    expect(await sees(employee)).toBe(true);
    dataOf(await app.gql(REMOVE, { g: group.id, o: company.id }, { token: staff.token }));
    expect(await sees(employee)).toBe(false);
    expect((await groupOf(app, staff.token, group.id)).members.map((m) => m.status)).toEqual([
      'left',
      'left',
    ]);
  });
});
