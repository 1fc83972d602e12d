import type { Role } from './identity';

/**
 * What a person may do follows from the roles she holds, and the web app shows only what she may
 * use: a link that ends in 「この操作を行う権限がありません」 is a defect. These mirror the API's
 * policies (catalogue.policies.ts: CourseEditorSomewhere; enrolment.resolver.ts: SessionEditor;
 * organisations.resolver.ts: organisationMembers; OrganisationsService.invite) — change both together.
 */

/** Roles that edit courses, run sessions (rosters, check-in) and manage their organisation's members. */
export const ORGANISER_ROLES: readonly Role[] = ['staff', 'admin', 'company_admin'];

/** True when she organises seminars somewhere (the API then checks each course and session). */
export function organisesSeminars(roles: readonly Role[]): boolean {
  return roles.some((role) => ORGANISER_ROLES.includes(role));
}

/** Roles a manager holding `managerRoles` in an organisation may invite people to there. */
export function grantableRoles(managerRoles: readonly Role[]): Role[] {
  if (managerRoles.includes('admin'))
    return ['learner', 'company_admin', 'mentor', 'staff', 'team_member', 'admin'];
  if (managerRoles.includes('staff')) return ['learner', 'company_admin', 'mentor', 'staff', 'team_member'];
  if (managerRoles.includes('company_admin')) return ['learner', 'company_admin'];
  return [];
}

/**
 * Roles that watch notification deliveries (the outbox page: failed ones, retry). Mirrors the API's
 * `notificationOutbox` / `retryNotificationDelivery` (staff of the organisation; admin).
 */
export const DELIVERY_WATCHER_ROLES: readonly Role[] = ['staff', 'admin'];

export function watchesDeliveries(roles: readonly Role[]): boolean {
  return roles.some((role) => DELIVERY_WATCHER_ROLES.includes(role));
}

/**
 * Roles that decide partner companies' applications (the companies page for the secretariat). Mirrors the
 * API's `companyApplications` / `decideCompanyApplication`: staff or admins of the secretariat, and platform
 * admins. A project team member has the secretariat persona but decides nothing.
 */
export const COMPANY_DECIDER_ROLES: readonly Role[] = ['staff', 'admin'];

export function decidesCompanyApplications(roles: readonly Role[]): boolean {
  return roles.some((role) => COMPANY_DECIDER_ROLES.includes(role));
}

/**
 * Roles that read the cross-company overview (participation by company, suppressed). Mirrors the API's
 * `crossCompanyOverview`: staff of the secretariat only; not platform admins (participation is personal
 * data its organisers read, not the platform's operators) and not the project team.
 */
export const CROSS_COMPANY_READER_ROLES: readonly Role[] = ['staff'];

export function readsCrossCompanyOverview(roles: readonly Role[]): boolean {
  return roles.some((role) => CROSS_COMPANY_READER_ROLES.includes(role));
}
