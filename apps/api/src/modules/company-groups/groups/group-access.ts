import type { Role } from '@tsunagu/shared/domain';
import type { Principal } from '../../../core/auth/principal';
import type { CompanyGroupRow, GroupMembershipRow } from '../../organisations';

/**
 * Who she is to one company group (issue 11), worked out once per operation from her roles, the group's
 * owner, whether she coordinates it and the live memberships of her organisations:
 * - the owner's side: staff and admins of the owning secretariat, platform admins: they run the group
 *   (edit it, invite and remove companies, name coordinators) and post anything on its board;
 * - coordinators (secretariat staff named for the group): post anything on its board;
 * - company admins and staff of a current member company: read the board, post, comment, answer
 *   meetings for their company; a company admin accepts, declines an invitation or leaves for it;
 * - a company only invited sees the group (name, charter, owner) to decide, not its board.
 * Everyone else: the group does not exist for her (NOT_FOUND). Deny by default.
 */
export const OWNER_ROLES: readonly Role[] = ['staff', 'admin'];
export const BOARD_COMPANY_ROLES: readonly Role[] = ['company_admin', 'staff'];
export const ANSWERING_ROLES: readonly Role[] = ['company_admin'];

export interface GroupAccess {
  group: CompanyGroupRow;
  ownerSide: boolean;
  coordinator: boolean;
  /** Her organisations that are current members and for which she may write on the board. */
  memberCompanies: string[];
  /** Her organisations invited and not yet answering. */
  invitedCompanies: string[];
}

export function groupAccess(
  principal: Principal,
  group: CompanyGroupRow,
  coordinator: boolean,
  live: readonly GroupMembershipRow[],
): GroupAccess {
  const ownerSide = principal.isPlatformAdmin || principal.hasRoleIn(group.ownerOrganisationId, OWNER_ROLES);
  const mine = (status: string) =>
    live
      .filter((m) => m.status === status && principal.hasRoleIn(m.organisationId, BOARD_COMPANY_ROLES))
      .map((m) => m.organisationId);
  return {
    group,
    ownerSide,
    coordinator,
    memberCompanies: mine('member'),
    invitedCompanies: mine('invited'),
  };
}

export function mayManageGroup(access: GroupAccess): boolean {
  return access.ownerSide;
}

/** Reads the board and writes on it. */
export function isOnBoard(access: GroupAccess): boolean {
  return access.ownerSide || access.coordinator || access.memberCompanies.length > 0;
}

export function maySeeGroup(access: GroupAccess): boolean {
  return isOnBoard(access) || access.invitedCompanies.length > 0;
}

/** Decisions and meetings are the group's record: its coordinators and the owner write them. */
export function mayRecordForGroup(access: GroupAccess): boolean {
  return access.ownerSide || access.coordinator;
}

/** The organisation she writes for: the owner when she runs the group, else her member company. */
export function authorOrganisationOf(access: GroupAccess): string | null {
  if (mayRecordForGroup(access)) return access.group.ownerOrganisationId;
  return access.memberCompanies[0] ?? null;
}
