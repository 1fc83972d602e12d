import { SetMetadata } from '@nestjs/common';
import type { Role } from '@tsunagu/shared/domain';
import type { Principal } from './principal';

/** What a policy sees: the caller (or null), the operation's arguments and, for a field, its parent. */
export interface PolicyContext {
  principal: Principal | null;
  args: Record<string, unknown>;
  parent: unknown;
}

export interface Policy {
  /** Shown in the authorization audit and in errors logged for denied calls. */
  readonly description: string;
  /** Public policies let anonymous callers through; every other policy needs a valid token first. */
  readonly public: boolean;
  allows(context: PolicyContext): boolean;
}

export const POLICY_KEY = 'tsunagu:policy';

/**
 * Declares who may call a Query, Mutation, field resolver or HTTP route. Every operation must carry one:
 * the guard refuses anything without it, and a test fails when any operation lacks it.
 */
export const Allow = (policy: Policy) => SetMetadata(POLICY_KEY, policy);

function policy(description: string, allows: (c: PolicyContext) => boolean, isPublic = false): Policy {
  return { description, public: isPublic, allows };
}

/** Anyone, signed in or not (sign-up, sign-in, the public catalogue). */
export const Public = policy('public', () => true, true);

/** Any signed-in user. */
export const Authenticated = policy('authenticated', (c) => c.principal !== null);

/** Holders of `admin` in any organisation. */
export const PlatformAdmin = policy('platform admin', (c) => c.principal?.isPlatformAdmin ?? false);

/**
 * Holders of one of `roles` in the organisation the arguments name (platform admins too).
 * `organisationOf` picks the organisation id out of the arguments, e.g. `(a) => a.organisationId`.
 */
export function RoleInOrganisation(
  roles: readonly Role[],
  organisationOf: (args: Record<string, unknown>) => unknown,
): Policy {
  return policy(`role ${roles.join('|')} in the organisation named by the arguments`, (c) => {
    if (!c.principal) return false;
    if (c.principal.isPlatformAdmin) return true;
    const organisationId = organisationOf(c.args);
    return typeof organisationId === 'string' && c.principal.hasRoleIn(organisationId, roles);
  });
}

/** Holders of one of `roles` in any organisation (row-level checks happen in the service). */
export function RoleAnywhere(roles: readonly Role[]): Policy {
  return policy(`role ${roles.join('|')} in any organisation`, (c) =>
    c.principal ? c.principal.isPlatformAdmin || c.principal.hasRoleAnywhere(roles) : false,
  );
}

/** For a field of a user-like parent: the user herself, or anyone `other` allows. */
export function SelfOr(userIdOf: (parent: unknown) => unknown, other?: Policy): Policy {
  return policy(`the user herself${other ? ` or ${other.description}` : ''}`, (c) => {
    if (!c.principal) return false;
    if (userIdOf(c.parent) === c.principal.userId) return true;
    return other ? other.allows(c) : false;
  });
}
