import { Policy } from '../../core/auth/policy';
import type { MembershipEntity } from './membership.entity';

/**
 * Who may see the person behind a membership: herself, the organisation's staff, admins and company
 * admins, and platform admins. Learners of the same organisation may not list each other.
 */
export const MembershipPersonViewer: Policy = {
  description: 'the member herself, or staff/admin/company_admin of the membership organisation',
  public: false,
  allows: ({ principal, parent }) => {
    if (!principal) return false;
    const membership = parent as MembershipEntity;
    return (
      principal.userId === membership.userId ||
      principal.isPlatformAdmin ||
      principal.hasRoleIn(membership.organisationId, ['staff', 'admin', 'company_admin'])
    );
  },
};
