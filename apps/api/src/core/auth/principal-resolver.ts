import type { Principal } from './principal';

/** What a verified access token claims: whose session it is. */
export interface TokenClaims {
  userId: string;
  sessionId: string;
}

/**
 * Turns a verified token's claims into the caller, or null when the session is revoked or the user is
 * gone. Core only verifies tokens; the identity module (users and sessions, asking the organisations
 * module for memberships) provides this under `PRINCIPAL_RESOLVER`, so core imports no module.
 */
export interface PrincipalResolver {
  resolve(claims: TokenClaims): Promise<Principal | null>;
}

export const PRINCIPAL_RESOLVER = Symbol('PRINCIPAL_RESOLVER');
