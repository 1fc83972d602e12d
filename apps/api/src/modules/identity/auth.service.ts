import { Inject, Injectable } from '@nestjs/common';
import { normaliseEmail } from '@tsunagu/shared/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { AccessTokenService } from '../../core/auth/access-token.service';
import type { Principal } from '../../core/auth/principal';
import { hashToken } from '../../core/auth/token-hash';
import { ENV, type Env } from '../../core/config/env';
import { firstRow } from '../../core/database/first-row';
import {
  BadUserInputError,
  ConflictError,
  TooManyRequestsError,
  UnauthenticatedError,
} from '../../core/graphql/errors';
import { AccountTokensService } from './account-tokens.service';
import { AuthSessionEntity } from './auth-session.entity';
import type { AuthPayload } from './dto/auth-payload.type';
import type { ChangePasswordInput } from './dto/change-password.input';
import type { SignInInput } from './dto/sign-in.input';
import type { SignUpInput } from './dto/sign-up.input';
import { PasswordService } from './password.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SignInFailureEntity } from './sign-in-failure.entity';
import { SignUpAttemptEntity } from './sign-up-attempt.entity';
import { UserEntity } from './user.entity';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

type SignInOutcome = { kind: 'ok'; user: UserEntity } | { kind: 'invalid' } | { kind: 'throttled' };
type RefreshOutcome = { kind: 'ok'; user: UserEntity; sessionId: string } | { kind: 'invalid' };

/**
 * Sign-up, sign-in (throttled per account and per IP), token refresh with rotation and reuse detection,
 * sign-out and password change. Access tokens are short-lived JWTs; refresh tokens are random, stored
 * hashed, usable once, and belong to a session that can be revoked.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly accessTokens: AccessTokenService,
    private readonly audit: AuditService,
    private readonly accountTokens: AccountTokensService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async signUp(input: SignUpInput, client: ClientInfo): Promise<AuthPayload> {
    const email = normaliseEmail(input.email);
    await this.countSignUp(client.ip);
    const passwordHash = await this.passwords.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(UserEntity)
        .values({
          email,
          passwordHash,
          familyName: input.familyName.trim(),
          givenName: input.givenName.trim(),
          familyNameKana: input.familyNameKana.trim(),
          givenNameKana: input.givenNameKana.trim(),
          preferredLocale: input.preferredLocale ?? 'ja',
        })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id)
        throw new ConflictError('identity.emailTaken', {}, [{ field: 'email', key: 'identity.emailTaken' }]);
      const user = await manager.findOneByOrFail(UserEntity, { id });
      await this.audit.record({ actorUserId: user.id, action: 'identity.sign_up', ip: client.ip }, manager);
      // She can browse and enrol at once; the link in this mail verifies her address.
      await this.accountTokens.issue(manager, user.id, 'email_verification', user.email);
      return this.startSession(manager, user, client);
    });
  }

  /**
   * Counts a sign-up from this IP (committed even if the sign-up then fails: the hash was spent), or
   * refuses it when the window already holds the maximum. The advisory lock serialises sign-ups from
   * one IP, so concurrent ones are each counted; rows older than the window are dropped on the way.
   */
  private async countSignUp(ip: string): Promise<void> {
    const allowed = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`sign-up:${ip}`]);
      await manager.query(
        `DELETE FROM sign_up_attempts WHERE ip = $1 AND created_at <= now() - make_interval(mins => $2)`,
        [ip, this.env.SIGN_UP_WINDOW_MINUTES],
      );
      const { count } = firstRow(
        (await manager.query(`SELECT count(*)::int AS count FROM sign_up_attempts WHERE ip = $1`, [ip])) as {
          count: number;
        }[],
        'counting sign-ups',
      );
      if (count >= this.env.SIGN_UP_MAX_PER_IP) return false;
      await manager.insert(SignUpAttemptEntity, { ip });
      return true;
    });
    if (!allowed) {
      throw new TooManyRequestsError('identity.tooManySignUps', { minutes: this.env.SIGN_UP_WINDOW_MINUTES });
    }
  }

  async signIn(input: SignInInput, client: ClientInfo): Promise<AuthPayload> {
    const emailKey = normaliseEmail(input.email);
    // Failures must be committed even though the call fails, so the outcome is decided inside the
    // transaction and thrown after it. The advisory lock serialises attempts on one account, so
    // concurrent (e.g. aliased) attempts are each counted.
    const outcome = await this.dataSource.transaction(async (manager): Promise<SignInOutcome> => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`sign-in:${emailKey}`]);
      const counts = firstRow(
        (await manager.query(
          `SELECT count(*) FILTER (WHERE email_key = $1)::int AS account, count(*) FILTER (WHERE ip = $2)::int AS ip
           FROM sign_in_failures
          WHERE created_at > now() - make_interval(mins => $3) AND (email_key = $1 OR ip = $2)`,
          [emailKey, client.ip, this.env.SIGN_IN_WINDOW_MINUTES],
        )) as { account: number; ip: number }[],
        'counting sign-in failures',
      );
      if (
        counts.account >= this.env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT ||
        counts.ip >= this.env.SIGN_IN_MAX_FAILURES_PER_IP
      ) {
        return { kind: 'throttled' };
      }
      const user = await manager.findOneBy(UserEntity, { email: emailKey });
      const ok = user
        ? await this.passwords.verify(user.passwordHash, input.password)
        : await this.passwords.verifyAgainstNothing(input.password);
      if (!user || !ok) {
        await manager.insert(SignInFailureEntity, { emailKey, ip: client.ip });
        return { kind: 'invalid' };
      }
      await manager.delete(SignInFailureEntity, { emailKey });
      return { kind: 'ok', user };
    });
    if (outcome.kind === 'throttled') {
      throw new TooManyRequestsError('identity.tooManySignInFailures', {
        minutes: this.env.SIGN_IN_WINDOW_MINUTES,
      });
    }
    if (outcome.kind === 'invalid') throw new UnauthenticatedError('identity.invalidCredentials');
    return this.dataSource.transaction(async (manager) => {
      await this.audit.record(
        { actorUserId: outcome.user.id, action: 'identity.sign_in', ip: client.ip },
        manager,
      );
      return this.startSession(manager, outcome.user, client);
    });
  }

  async refresh(refreshToken: string): Promise<AuthPayload> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<RefreshOutcome> => {
      const token = await manager
        .createQueryBuilder(RefreshTokenEntity, 't')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: hashToken(refreshToken) })
        .getOne();
      if (!token) return { kind: 'invalid' };
      const session = await manager.findOneBy(AuthSessionEntity, { id: token.sessionId });
      if (!session || session.revokedAt) return { kind: 'invalid' };
      if (token.usedAt) {
        // A used token presented again means it was copied: end the whole session.
        await manager.update(AuthSessionEntity, { id: session.id }, { revokedAt: new Date() });
        await this.audit.record(
          {
            actorUserId: session.userId,
            action: 'identity.refresh_token_reuse',
            subjectType: 'session',
            subjectId: session.id,
          },
          manager,
        );
        return { kind: 'invalid' };
      }
      if (token.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' };
      await manager.update(RefreshTokenEntity, { id: token.id }, { usedAt: new Date() });
      const user = await manager.findOneByOrFail(UserEntity, { id: session.userId });
      return { kind: 'ok', user, sessionId: session.id };
    });
    if (outcome.kind === 'invalid') throw new UnauthenticatedError('identity.invalidRefreshToken');
    return this.dataSource.transaction((manager) =>
      this.issueTokens(manager, outcome.user, outcome.sessionId),
    );
  }

  async signOut(principal: Principal): Promise<boolean> {
    await this.dataSource
      .getRepository(AuthSessionEntity)
      .update({ id: principal.sessionId }, { revokedAt: new Date() });
    return true;
  }

  async changePassword(
    principal: Principal,
    input: ChangePasswordInput,
    client: ClientInfo,
  ): Promise<boolean> {
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOneByOrFail({ id: principal.userId });
    if (!(await this.passwords.verify(user.passwordHash, input.currentPassword))) {
      throw BadUserInputError.field('currentPassword', 'identity.wrongCurrentPassword');
    }
    if (input.currentPassword === input.newPassword) {
      throw BadUserInputError.field('newPassword', 'identity.samePassword');
    }
    const passwordHash = await this.passwords.hash(input.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      // Every other device signs in again with the new password.
      await manager
        .createQueryBuilder()
        .update(AuthSessionEntity)
        .set({ revokedAt: () => 'now()' })
        .where('user_id = :userId AND id <> :sessionId AND revoked_at IS NULL', {
          userId: user.id,
          sessionId: principal.sessionId,
        })
        .execute();
      await this.audit.record(
        { actorUserId: user.id, action: 'identity.password_changed', ip: client.ip },
        manager,
      );
    });
    return true;
  }

  private async startSession(
    manager: EntityManager,
    user: UserEntity,
    client: ClientInfo,
  ): Promise<AuthPayload> {
    const session = await manager.save(
      manager.create(AuthSessionEntity, {
        userId: user.id,
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
        revokedAt: null,
      }),
    );
    return this.issueTokens(manager, user, session.id);
  }

  private async issueTokens(
    manager: EntityManager,
    user: UserEntity,
    sessionId: string,
  ): Promise<AuthPayload> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = new Date(
      Date.now() + this.env.REFRESH_TOKEN_TTL_DAYS * 24 * 60 * 60 * 1000,
    );
    await manager.insert(RefreshTokenEntity, {
      sessionId,
      tokenHash: hashToken(refreshToken),
      expiresAt: refreshTokenExpiresAt,
    });
    const access = this.accessTokens.sign({ sub: user.id, sid: sessionId });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt,
      user,
    };
  }
}
