import type { Locale, Role } from '@tsunagu/shared/domain';

export interface PrincipalMembership {
  organisationId: string;
  role: Role;
}

/** The signed-in caller, loaded once per request from the access token and the database. */
export class Principal {
  constructor(
    readonly userId: string,
    readonly sessionId: string,
    readonly email: string,
    readonly preferredLocale: Locale,
    readonly memberships: readonly PrincipalMembership[],
  ) {}

  get isPlatformAdmin(): boolean {
    return this.memberships.some((m) => m.role === 'admin');
  }

  hasRoleIn(organisationId: string, roles: readonly Role[]): boolean {
    return this.memberships.some((m) => m.organisationId === organisationId && roles.includes(m.role));
  }

  hasRoleAnywhere(roles: readonly Role[]): boolean {
    return this.memberships.some((m) => roles.includes(m.role));
  }

  organisationIdsWithRole(roles: readonly Role[]): string[] {
    return [...new Set(this.memberships.filter((m) => roles.includes(m.role)).map((m) => m.organisationId))];
  }
}
