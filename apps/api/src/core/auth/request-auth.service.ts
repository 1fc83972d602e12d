import { Injectable } from '@nestjs/common';
import type { Locale, Role } from '@tsunagu/shared/domain';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import { UnauthenticatedError } from '../graphql/errors';
import { AccessTokenService } from './access-token.service';
import { Principal } from './principal';
import { requestState, type TsunaguRequest } from './request';

interface PrincipalRow {
  id: string;
  email: string;
  preferred_locale: Locale;
  memberships: { organisationId: string; role: Role }[];
}

/**
 * Turns a request's bearer token into a Principal, once per request. The session must not be revoked,
 * and roles are read fresh from the database, so a revoked role stops working at once.
 */
@Injectable()
export class RequestAuthService {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly dataSource: DataSource,
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

  private resolve(req: TsunaguRequest): Promise<Principal | null> {
    const header = req.headers?.authorization;
    if (!header) return Promise.resolve(null);
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    return token ? this.fromToken(token) : Promise.resolve(null);
  }

  private async fromToken(token: string): Promise<Principal | null> {
    const claims = this.tokens.verify(token);
    if (!claims) return null;
    // Every authenticated request runs this, so it is a named prepared statement (parsed and planned once
    // per connection). Memberships come as one JSON array; a membership-less user gets [].
    const rows = await preparedQuery<PrincipalRow>(
      this.dataSource,
      `SELECT u.id, u.email, u.preferred_locale,
              COALESCE((SELECT json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role))
                          FROM memberships m WHERE m.user_id = u.id), '[]') AS memberships
         FROM auth_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $2 AND s.user_id = $1 AND s.revoked_at IS NULL`,
      [claims.sub, claims.sid],
    );
    const row = rows[0];
    if (!row) return null;
    return new Principal(row.id, claims.sid, row.email, row.preferred_locale, row.memberships);
  }
}
