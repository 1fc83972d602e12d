import { Inject, Injectable } from '@nestjs/common';
import { EMAIL_PATTERN, LIMITS, normaliseEmail } from '@tsunagu/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { ENV, type Env } from '../../core/config/env';
import {
  BadUserInputError,
  ConflictError,
  TooManyRequestsError,
  type FieldProblem,
} from '../../core/graphql/errors';
import { AccountTokensService } from './account-tokens.service';
import { AuthSessionEntity } from './auth-session.entity';
import type { ClientInfo } from './auth.service';
import { recordIdentityEvent } from './identity-events';
import { PasswordService } from './password.service';
import { SignInFailureEntity } from './sign-in-failure.entity';
import { UserEntity } from './user.entity';

/**
 * The least time `requestPasswordReset` takes to answer, whether or not the address has an account
 * (the work differs by a few statements; the mail itself goes out later, from the outbox).
 */
export const RESET_REQUEST_MIN_MS = 250;

function emailProblems(field: string, value: string): FieldProblem[] {
  const email = value.trim();
  if (!email) return [{ field, key: 'validation.required' }];
  if (email.length > LIMITS.email.max)
    return [{ field, key: 'validation.maxLength', params: { max: LIMITS.email.max } }];
  if (!EMAIL_PATTERN.test(email)) return [{ field, key: 'validation.email' }];
  return [];
}

function passwordProblems(field: string, value: string): FieldProblem[] {
  if (!value) return [{ field, key: 'validation.required' }];
  if (value.length < LIMITS.password.min)
    return [{ field, key: 'validation.minLength', params: { min: LIMITS.password.min } }];
  if (value.length > LIMITS.password.max)
    return [{ field, key: 'validation.maxLength', params: { max: LIMITS.password.max } }];
  return [];
}

function invalidLink(): BadUserInputError {
  return BadUserInputError.field('token', 'identity.accountLinkInvalid');
}

function emailTaken(field: string): ConflictError {
  return new ConflictError('identity.emailTaken', {}, [{ field, key: 'identity.emailTaken' }]);
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

/**
 * Password reset by email, address verification after sign-up, and a change of address that takes
 * effect only when the link sent to the new address is opened. Each link is an account token
 * (account-tokens.service.ts) whose event the notifications module turns into the mail.
 */
@Injectable()
export class AccountEmailsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: AccountTokensService,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Always true: the answer (and about the time it takes) is the same whether or not she has an account. */
  async requestPasswordReset(email: string, client: ClientInfo): Promise<true> {
    const started = Date.now();
    try {
      const problems = emailProblems('email', email);
      if (problems.length) throw new BadUserInputError(problems);
      const emailKey = normaliseEmail(email);
      const allowed = await this.dataSource.transaction(async (manager) => {
        if (!(await this.tokens.count(manager, 'password_reset', emailKey, client.ip))) return false;
        const user = await manager.findOneBy(UserEntity, { email: emailKey });
        if (user) {
          await this.tokens.issue(manager, user.id, 'password_reset', user.email);
          await this.audit.record(
            {
              actorUserId: null,
              action: 'identity.password_reset_requested',
              ip: client.ip,
              subjectType: 'user',
              subjectId: user.id,
            },
            manager,
          );
        }
        return true;
      });
      if (!allowed) throw this.throttled();
      return true;
    } finally {
      const left = RESET_REQUEST_MIN_MS - (Date.now() - started);
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
    }
  }

  /** Sets a new password with a reset link (once); every session of hers ends. */
  async resetPassword(token: string, newPassword: string, client: ClientInfo): Promise<true> {
    const problems = passwordProblems('newPassword', newPassword);
    if (problems.length) throw new BadUserInputError(problems);
    // A bad link is refused before any hashing; the link is used only in the transaction below.
    if (!(await this.tokens.peek(this.dataSource.manager, token, 'password_reset'))) throw invalidLink();
    const passwordHash = await this.passwords.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      const used = await this.tokens.use(manager, token, 'password_reset');
      if (!used) throw invalidLink();
      const user = await manager.findOneBy(UserEntity, { id: used.userId });
      // A link sent to an address she has since changed no longer works.
      if (!user || user.email !== used.email) throw invalidLink();
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await manager
        .createQueryBuilder()
        .update(AuthSessionEntity)
        .set({ revokedAt: () => 'now()' })
        .where('user_id = :userId AND revoked_at IS NULL', { userId: user.id })
        .execute();
      // The link proved she reads mail at this address: it is verified, and the sign-in lock lifts.
      if (!user.emailVerifiedAt) {
        await manager.update(UserEntity, { id: user.id }, { emailVerifiedAt: () => 'now()' });
        await recordIdentityEvent(manager, 'identity.email_verified', { userId: user.id, email: user.email });
      }
      await manager.delete(SignInFailureEntity, { emailKey: user.email });
      await this.audit.record(
        { actorUserId: user.id, action: 'identity.password_reset', ip: client.ip },
        manager,
      );
    });
    return true;
  }

  /** Opens a verification link: her address is verified, or the address she changed to takes effect. */
  async verifyEmail(token: string, client: ClientInfo): Promise<true> {
    await this.dataSource.transaction(async (manager) => {
      const used = await this.tokens.use(manager, token, 'email_verification');
      if (!used) throw invalidLink();
      const user = await manager.findOneByOrFail(UserEntity, { id: used.userId });
      if (user.email === used.email) {
        if (!user.emailVerifiedAt) {
          await manager.update(UserEntity, { id: user.id }, { emailVerifiedAt: () => 'now()' });
          await recordIdentityEvent(manager, 'identity.email_verified', {
            userId: user.id,
            email: user.email,
          });
        }
        await this.audit.record(
          { actorUserId: user.id, action: 'identity.email_verified', ip: client.ip },
          manager,
        );
        return;
      }
      await this.assertFree(manager, used.email, user.id, 'token');
      try {
        await manager.update(
          UserEntity,
          { id: user.id },
          { email: used.email, emailVerifiedAt: () => 'now()' },
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken('token');
        throw error;
      }
      await recordIdentityEvent(manager, 'identity.email_verified', { userId: user.id, email: used.email });
      await this.audit.record(
        { actorUserId: user.id, action: 'identity.email_changed', ip: client.ip },
        manager,
      );
    });
    return true;
  }

  /** Sends the verification link again: to the address she is changing to, else to hers if unverified. */
  async resendEmailVerification(principal: Principal, client: ClientInfo): Promise<true> {
    const allowed = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(UserEntity, { id: principal.userId });
      const pending = await this.tokens.pendingEmail(manager, user.id, user.email);
      if (!pending && user.emailVerifiedAt) {
        throw new ConflictError('identity.emailAlreadyVerified');
      }
      if (!(await this.tokens.count(manager, 'email_verification', `user:${user.id}`, client.ip)))
        return false;
      await this.tokens.issue(manager, user.id, 'email_verification', pending ?? user.email);
      return true;
    });
    if (!allowed) throw this.throttled();
    return true;
  }

  /**
   * Asks to change her address: a link goes to the new address, and the change takes effect only when it
   * is opened (her sign-in address stays the old one until then).
   */
  async requestEmailChange(
    principal: Principal,
    newEmail: string,
    currentPassword: string,
    client: ClientInfo,
  ): Promise<true> {
    const problems = [
      ...emailProblems('newEmail', newEmail),
      ...(currentPassword ? [] : [{ field: 'currentPassword', key: 'validation.required' } as FieldProblem]),
    ];
    if (problems.length) throw new BadUserInputError(problems);
    const email = normaliseEmail(newEmail);
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOneByOrFail({ id: principal.userId });
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw BadUserInputError.field('currentPassword', 'identity.wrongCurrentPassword');
    }
    if (email === user.email) throw BadUserInputError.field('newEmail', 'identity.sameEmail');
    const allowed = await this.dataSource.transaction(async (manager) => {
      await this.assertFree(manager, email, user.id, 'newEmail');
      if (!(await this.tokens.count(manager, 'email_verification', `user:${user.id}`, client.ip)))
        return false;
      await this.tokens.issue(manager, user.id, 'email_verification', email);
      await this.audit.record(
        { actorUserId: user.id, action: 'identity.email_change_requested', ip: client.ip },
        manager,
      );
      return true;
    });
    if (!allowed) throw this.throttled();
    return true;
  }

  pendingEmail(user: UserEntity): Promise<string | null> {
    return this.tokens.pendingEmail(this.dataSource.manager, user.id, user.email);
  }

  private async assertFree(
    manager: EntityManager,
    email: string,
    userId: string,
    field: string,
  ): Promise<void> {
    const holder = await manager.findOneBy(UserEntity, { email });
    if (holder && holder.id !== userId) throw emailTaken(field);
  }

  private throttled(): TooManyRequestsError {
    return new TooManyRequestsError('identity.tooManyAccountMails', {
      minutes: this.env.ACCOUNT_MAIL_WINDOW_MINUTES,
    });
  }
}
