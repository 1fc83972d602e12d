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
 * Staff act for their own organisation: a course is edited (and its sessions run: rosters, exports,
 * check-in, lottery, cancellation) by platform admins, the staff, admins and company admins of its
 * provider, and the staff of its co-organisers. Staff of any other organisation are not editors.
 */
export function isCourseEditor(principal: Principal | null, organisers: CourseOrganisers): boolean {
  if (!principal) return false;
  if (isProviderEditor(principal, organisers.providerOrganisationId)) return true;
  return organisers.coOrganiserIds.some((id) => principal.hasRoleIn(id, CO_ORGANISER_EDITOR_ROLES));
}

/**
 * Editors on the provider's side: they create the provider's courses and decide its co-organisers
 * (a co-organiser's staff edit the course but cannot change who runs it).
 */
export function isProviderEditor(principal: Principal | null, providerOrganisationId: string): boolean {
  if (!principal) return false;
  return principal.isPlatformAdmin || principal.hasRoleIn(providerOrganisationId, PROVIDER_EDITOR_ROLES);
}

/**
 * Whether her roles could make her an editor of a course whose co-organisers are not known yet: when
 * this is false there is no need to look them up.
 */
export function mayCoOrganise(principal: Principal | null): boolean {
  return principal !== null && principal.hasRoleAnywhere(CO_ORGANISER_EDITOR_ROLES);
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
    return typeof providerId === 'string' && isProviderEditor(principal, providerId);
  },
};
