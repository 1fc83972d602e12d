import type { Role } from '@tsunagu/shared/domain';
import { Policy } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';

/** Roles that make someone an editor of the courses her organisation provides. */
export const PROVIDER_EDITOR_ROLES: readonly Role[] = ['staff', 'admin', 'company_admin'];

/**
 * Who edits a course: platform admins, `staff` of any organisation (the secretariat runs the whole
 * catalogue), and staff/admins/company admins of the course's provider organisation.
 */
export function isCourseEditor(principal: Principal | null, providerOrganisationId: string): boolean {
  if (!principal) return false;
  return (
    principal.isPlatformAdmin ||
    principal.hasRoleAnywhere(['staff']) ||
    principal.hasRoleIn(providerOrganisationId, PROVIDER_EDITOR_ROLES)
  );
}

/** Editors of every course (not only their own organisation's). */
export function editsEveryCourse(principal: Principal): boolean {
  return principal.isPlatformAdmin || principal.hasRoleAnywhere(['staff']);
}

/**
 * The coarse gate for editing operations: someone who may edit at least some course. The service then
 * checks the course itself (NOT_FOUND when she cannot see it, FORBIDDEN when she sees but may not edit).
 */
export const CourseEditorSomewhere: Policy = {
  description: 'staff/admin/company_admin in any organisation (the service checks the course)',
  public: false,
  allows: ({ principal }) =>
    principal !== null && (principal.isPlatformAdmin || principal.hasRoleAnywhere(PROVIDER_EDITOR_ROLES)),
};

/** Creating a course: staff anywhere, platform admins, or staff/admin/company_admin of the provider. */
export const CourseCreator: Policy = {
  description: 'staff anywhere, or staff/admin/company_admin of input.providerOrganisationId',
  public: false,
  allows: ({ principal, args }) => {
    const providerId = (args['input'] as { providerOrganisationId?: unknown } | undefined)
      ?.providerOrganisationId;
    return typeof providerId === 'string' && isCourseEditor(principal, providerId);
  },
};
