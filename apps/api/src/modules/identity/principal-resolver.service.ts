import { Global, Injectable, Module } from '@nestjs/common';
import type { Locale } from '@tsunagu/shared/domain';
import { DataSource } from 'typeorm';
import { Principal, type PrincipalMembership } from '../../core/auth/principal';
import {
  PRINCIPAL_RESOLVER,
  type PrincipalResolver,
  type TokenClaims,
} from '../../core/auth/principal-resolver';
import { preparedQuery } from '../../core/database/prepared-query';
import { membershipsJsonSql } from '../organisations';

interface PrincipalRow {
  id: string;
  email: string;
  preferred_locale: Locale;
  memberships: PrincipalMembership[];
}

/** The caller behind a token: a live session of an existing user, with her roles read fresh. */
@Injectable()
export class IdentityPrincipalResolver implements PrincipalResolver {
  // Every authenticated request runs this, so it is one named prepared statement (parsed and planned
  // once per connection): the session and user are identity's, the memberships the organisations
  // module's. Built here rather than at import, as the two modules import each other's public files.
  private readonly sql = `SELECT u.id, u.email, u.preferred_locale, ${membershipsJsonSql('u.id')} AS memberships
         FROM auth_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $2 AND s.user_id = $1 AND s.revoked_at IS NULL`;

  constructor(private readonly dataSource: DataSource) {}

  async resolve(claims: TokenClaims): Promise<Principal | null> {
    const rows = await preparedQuery<PrincipalRow>(this.dataSource, this.sql, [
      claims.userId,
      claims.sessionId,
    ]);
    const row = rows[0];
    if (!row) return null;
    return new Principal(row.id, claims.sessionId, row.email, row.preferred_locale, row.memberships);
  }
}

/** Global so that core's guard (which imports no module) finds `PRINCIPAL_RESOLVER`. */
@Global()
@Module({
  providers: [
    IdentityPrincipalResolver,
    { provide: PRINCIPAL_RESOLVER, useExisting: IdentityPrincipalResolver },
  ],
  exports: [PRINCIPAL_RESOLVER],
})
export class PrincipalResolverModule {}
