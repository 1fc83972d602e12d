import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ENV, type Env } from '../config/env';

export interface AccessClaims {
  sub: string;
  sid: string;
}

/**
 * Short-lived HS256 access tokens, signed with JWT_SECRET (given to JwtModule in auth.module.ts).
 * Verification pins the algorithm, so `alg: none` is refused.
 */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  sign(claims: AccessClaims): { token: string; expiresAt: Date } {
    const ttl = this.env.ACCESS_TOKEN_TTL_SECONDS;
    const token = this.jwt.sign(
      { sid: claims.sid, typ: 'access' },
      { subject: claims.sub, expiresIn: ttl, algorithm: 'HS256' },
    );
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** Returns the claims, or null for a missing, malformed, tampered, expired or unsigned token. */
  verify(token: string): AccessClaims | null {
    try {
      const payload = this.jwt.verify<{ sub?: unknown; sid?: unknown; typ?: unknown }>(token, {
        algorithms: ['HS256'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || payload.typ !== 'access') {
        return null;
      }
      return { sub: payload.sub, sid: payload.sid };
    } catch {
      return null;
    }
  }
}
