import type { Role } from '@tsunagu/shared/domain';
import { Policy } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';

/** Roles that make someone an editor of the courses her organisation provides. */
export const PROVIDER_EDITOR_ROLES: readonly Role[] = ['staff', 'admin', 'company_admin'];

/** Roles that make someone an editor of the courses her organisation co-organises (共催). */
export const CO_ORGANISER_EDITOR_ROLES: readonly Role[] = ['staff'];

/** Who organises a course: its provider and its co-organisers. */
export interface CourseOrganisers {
  providerOrganisationId: string;
  coOrganiserIds: readonly string[];
}

/**
 * She acts for the provider: platform admins and the provider's staff, admins and company admins. They
 * create the provider's courses, copy them and decide their co-organisers (a co-organiser's staff edit
 * the course but cannot change who runs it). The provider half of the editor rule,
 * `CatalogueAccessService.isCourseEditor`.
 */
export function actsForProvider(principal: Principal | null, providerOrganisationId: string): boolean {
  if (!principal) return false;
  return principal.isPlatformAdmin || principal.hasRoleIn(providerOrganisationId, PROVIDER_EDITOR_ROLES);
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

/** Creating a course: staff/admin/company_admin of the provider it names, or a platform admin. */
export const CourseCreator: Policy = {
  description: 'staff/admin/company_admin of input.providerOrganisationId, or a platform admin',
  public: false,
  allows: ({ principal, args }) => {
    const providerId = (args['input'] as { providerOrganisationId?: unknown } | undefined)
      ?.providerOrganisationId;
    return typeof providerId === 'string' && actsForProvider(principal, providerId);
  },
};
