import { Principal } from '../../../core/auth/principal';
import type { CompanyGroupRow, GroupMembershipRow } from '../../organisations';
import {
  authorOrganisationOf,
  groupAccess,
  isOnBoard,
  mayManageGroup,
  mayRecordForGroup,
  maySeeGroup,
} from './group-access';

const group: CompanyGroupRow = {
  id: 'g',
  name: '企業グループ',
  charter: null,
  fiscalYear: 2026,
  ownerOrganisationId: 'city',
  ownerName: '小美玉市',
  createdAt: new Date(),
};
const live = (organisationId: string, status: 'invited' | 'member'): GroupMembershipRow => ({
  id: organisationId,
  groupId: 'g',
  organisationId,
  organisationName: organisationId,
  status,
  invitedAt: null,
  joinedAt: null,
  declinedAt: null,
  leftAt: null,
});
const as = (...memberships: [string, string][]) =>
  new Principal(
    'u',
    's',
    'u@test',
    'ja',
    memberships.map(([organisationId, role]) => ({ organisationId, role: role as never })),
  );

describe('group access', () => {
  it("lets the owner's staff run the group and record for it, writing for the owner", () => {
    const access = groupAccess(as(['city', 'staff']), group, false, []);
    expect([mayManageGroup(access), mayRecordForGroup(access), isOnBoard(access)]).toEqual([
      true,
      true,
      true,
    ]);
    expect(authorOrganisationOf(access)).toBe('city');
  });

  it('puts a current member company on the board, writing for itself, without recording', () => {
    const access = groupAccess(as(['mirai', 'company_admin']), group, false, [live('mirai', 'member')]);
    expect([mayManageGroup(access), mayRecordForGroup(access), isOnBoard(access)]).toEqual([
      false,
      false,
      true,
    ]);
    expect(authorOrganisationOf(access)).toBe('mirai');
  });

  it('shows an invited company the group but not its board', () => {
    const access = groupAccess(as(['mirai', 'company_admin']), group, false, [live('mirai', 'invited')]);
    expect([maySeeGroup(access), isOnBoard(access)]).toEqual([true, false]);
  });

  it("keeps a member company's learner, another city's staff and a coordinator's limits apart", () => {
    expect(isOnBoard(groupAccess(as(['mirai', 'learner']), group, false, [live('mirai', 'member')]))).toBe(
      false,
    );
    expect(maySeeGroup(groupAccess(as(['other', 'staff']), group, false, []))).toBe(false);
    const coordinator = groupAccess(as(['other', 'staff']), group, true, []);
    expect([mayManageGroup(coordinator), mayRecordForGroup(coordinator)]).toEqual([false, true]);
  });
});
