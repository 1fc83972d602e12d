import { Inject, Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '../graphql/errors';
import { AccessTokenService } from './access-token.service';
import type { Principal } from './principal';
import { PRINCIPAL_RESOLVER, type PrincipalResolver } from './principal-resolver';
import { requestState, type TsunaguRequest } from './request';

/**
 * Turns a request's bearer token into a Principal, once per request: the token is verified here, the
 * caller is resolved by the `PRINCIPAL_RESOLVER` the identity module provides (the session must not be
 * revoked, and roles are read fresh, so a revoked role stops working at once).
 */
@Injectable()
export class RequestAuthService {
  constructor(
    private readonly tokens: AccessTokenService,
    @Inject(PRINCIPAL_RESOLVER) private readonly principals: PrincipalResolver,
  ) {}

  /** `required`: an invalid token is an error; otherwise it is treated as no token. */
  async principalFor(req: TsunaguRequest, required: boolean): Promise<Principal | null> {
    const state = requestState(req);
    state.principal ??= this.resolve(req);
    const principal = await state.principal;
    state.resolvedPrincipal = principal;
    if (!principal && required) throw new UnauthenticatedError();
    return principal;
  }

  /**
   * After sign-in (or sign-up, or refresh) the rest of the same request acts as the new session, so the
   * payload's fields (her memberships, say) resolve under their usual policies.
   */
  adoptAccessToken(req: TsunaguRequest, accessToken: string): void {
    const state = requestState(req);
    state.principal = this.fromToken(accessToken);
    state.resolvedPrincipal = undefined;
  }

  /**
   * After a mutation granted the caller a role (she applied as a company and is now its admin), the
   * rest of the same request reads her roles again, so the answer's fields resolve under her new role.
   * Call it once the granting transaction has committed.
   */
  reloadRoles(req: TsunaguRequest): void {
    const state = requestState(req);
    state.principal = this.resolve(req);
    state.resolvedPrincipal = undefined;
  }

  private resolve(req: TsunaguRequest): Promise<Principal | null> {
    const header = req.headers?.authorization;
    if (!header) return Promise.resolve(null);
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    return token ? this.fromToken(token) : Promise.resolve(null);
  }

  private async fromToken(token: string): Promise<Principal | null> {
    const claims = this.tokens.verify(token);
    return claims ? this.principals.resolve({ userId: claims.sub, sessionId: claims.sid }) : null;
  }
}
