import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { hashToken } from '../../core/auth/token-hash';
import { ENV, type Env } from '../../core/config/env';
import { firstRow } from '../../core/database/first-row';
import { AccountMailRequestEntity } from './account-mail-request.entity';
import {
  ACCOUNT_TOKEN_TTL_MINUTES,
  accountToken,
  accountTokenId,
  matchesStoredHash,
} from './account-token-links';
import { AccountTokenEntity, type AccountTokenPurpose } from './account-token.entity';
import { recordIdentityEvent } from './identity-events';

const EVENT_OF = {
  password_reset: 'identity.password_reset_requested',
  email_verification: 'identity.email_verification_requested',
} as const;

/**
 * The single-use tokens behind account emails: issued with their event in the caller's transaction (a
 * new one supersedes her older open ones of the same purpose), checked, and used once under a row lock.
 */
@Injectable()
export class AccountTokensService {
  constructor(@Inject(ENV) private readonly env: Env) {}

  /** Issues a token for `email` and records the event that sends it; returns the token's id. */
  async issue(
    manager: EntityManager,
    userId: string,
    purpose: AccountTokenPurpose,
    email: string,
  ): Promise<string> {
    // A new link supersedes the older ones: only the newest works.
    await manager.delete(AccountTokenEntity, { userId, purpose, usedAt: IsNull() });
    const id = randomUUID();
    await manager.insert(AccountTokenEntity, {
      id,
      userId,
      purpose,
      email,
      tokenHash: hashToken(accountToken(id, this.env)),
      expiresAt: new Date(Date.now() + ACCOUNT_TOKEN_TTL_MINUTES[purpose] * 60_000),
      usedAt: null,
    });
    await recordIdentityEvent(manager, EVENT_OF[purpose], { userId, tokenId: id, email });
    return id;
  }

  /** The open token `token` names, without using it (to refuse a bad link before hashing a password). */
  async peek(
    manager: EntityManager,
    token: string,
    purpose: AccountTokenPurpose,
  ): Promise<AccountTokenEntity | null> {
    const id = accountTokenId(token);
    if (!id) return null;
    return this.valid(await manager.findOneBy(AccountTokenEntity, { id }), token, purpose);
  }

  /**
   * Uses the token once: its row is locked, so of two concurrent uses the second waits and then finds
   * it used. Null when the token is unknown, tampered with, of another purpose, superseded, used or
   * expired. Call inside the transaction that makes the change.
   */
  async use(
    manager: EntityManager,
    token: string,
    purpose: AccountTokenPurpose,
  ): Promise<AccountTokenEntity | null> {
    const id = accountTokenId(token);
    if (!id) return null;
    const row = await manager
      .createQueryBuilder(AccountTokenEntity, 't')
      .setLock('pessimistic_write')
      .where('t.id = :id', { id })
      .getOne();
    const open = this.valid(row, token, purpose);
    if (!open) return null;
    await manager.update(AccountTokenEntity, { id }, { usedAt: () => 'now()' });
    return open;
  }

  private valid(
    row: AccountTokenEntity | null,
    token: string,
    purpose: AccountTokenPurpose,
  ): AccountTokenEntity | null {
    if (!row || row.purpose !== purpose || row.usedAt) return null;
    if (!matchesStoredHash(token, row.tokenHash)) return null;
    if (row.expiresAt.getTime() <= Date.now()) return null;
    return row;
  }

  /**
   * Counts a request for an account email under `key` (an address, or `user:<id>`) and the client's IP,
   * or answers false when either already holds the maximum in the window. Counted whether or not the
   * address has an account; the advisory lock makes concurrent requests each count.
   */
  async count(
    manager: EntityManager,
    purpose: AccountTokenPurpose,
    key: string,
    ip: string,
  ): Promise<boolean> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`account-mail:${key}`]);
    const counts = firstRow(
      (await manager.query(
        `SELECT count(*) FILTER (WHERE email_key = $1)::int AS key, count(*) FILTER (WHERE ip = $2)::int AS ip
           FROM account_mail_requests
          WHERE created_at > now() - make_interval(mins => $3) AND (email_key = $1 OR ip = $2)`,
        [key, ip, this.env.ACCOUNT_MAIL_WINDOW_MINUTES],
      )) as { key: number; ip: number }[],
      'counting account mail requests',
    );
    if (
      counts.key >= this.env.ACCOUNT_MAIL_MAX_PER_ADDRESS ||
      counts.ip >= this.env.ACCOUNT_MAIL_MAX_PER_IP
    ) {
      return false;
    }
    await manager.insert(AccountMailRequestEntity, { purpose, emailKey: key, ip });
    return true;
  }

  /** The address she asked to change to and has not yet verified (the newest open link), or null. */
  async pendingEmail(manager: EntityManager, userId: string, currentEmail: string): Promise<string | null> {
    const row = await manager
      .createQueryBuilder(AccountTokenEntity, 't')
      .where("t.user_id = :userId AND t.purpose = 'email_verification' AND t.used_at IS NULL", { userId })
      .andWhere('t.expires_at > now() AND t.email <> :currentEmail', { currentEmail })
      .orderBy('t.created_at', 'DESC')
      .getOne();
    return row?.email ?? null;
  }
}
