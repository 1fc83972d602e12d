import type { OrganisationKind } from '@tsunagu/shared/domain';
import type { Policy } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';

/**
 * Who may do what with a company profile (issue 11). A company's admins edit their own company only;
 * the staff (and admins) of its secretariat decide its application; platform admins may do both. An
 * unapproved profile is seen only by these "insiders"; to anyone else it does not exist (NOT_FOUND).
 */

/** The kinds of organisation that run a programme and so may be a company's secretariat. */
export const SECRETARIAT_KINDS: readonly OrganisationKind[] = ['city', 'prefecture', 'national_agency'];

interface ProfileRef {
  organisationId: string;
  secretariatOrganisationId: string;
  status: string;
}

export function mayEditCompany(principal: Principal, organisationId: string): boolean {
  return principal.isPlatformAdmin || principal.hasRoleIn(organisationId, ['company_admin']);
}

export function mayDecideFor(principal: Principal, secretariatOrganisationId: string): boolean {
  return principal.isPlatformAdmin || principal.hasRoleIn(secretariatOrganisationId, ['staff', 'admin']);
}

/** Its company admins, its secretariat's staff and admins, platform admins. */
export function isCompanyInsider(principal: Principal, profile: ProfileRef): boolean {
  return (
    mayEditCompany(principal, profile.organisationId) ||
    mayDecideFor(principal, profile.secretariatOrganisationId)
  );
}

export function maySeeCompany(principal: Principal | null, profile: ProfileRef): boolean {
  return profile.status === 'approved' || (principal !== null && isCompanyInsider(principal, profile));
}

/**
 * For the private fields of a CompanyProfile (contacts, decline reason, who applied and decided):
 * anyone else gets FORBIDDEN on that field (nullable, so the public rest of the profile still arrives).
 */
export const CompanyInsider: Policy = {
  description: "the company's admins, its secretariat's staff/admins, or a platform admin",
  public: false,
  allows: ({ principal, parent }) => principal !== null && isCompanyInsider(principal, parent as ProfileRef),
};

/**
 * Who acts for a company towards its employees (their links, their participation): its company admins
 * only. Not platform admins: an employee's participation is personal data her employer sees by her
 * consent, not the platform's operators.
 */
export function mayManageEmployees(principal: Principal, organisationId: string): boolean {
  return principal.hasRoleIn(organisationId, ['company_admin']);
}
