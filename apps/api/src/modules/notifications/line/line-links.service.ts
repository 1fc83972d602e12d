import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomInt } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ENV, type Env } from '../../../core/config/env';
import { ConflictError } from '../../../core/graphql/errors';
import { lineConfigOf } from './line-config';
import type { LineLink } from './line.types';

/** Link codes: 8 characters she types into LINE, without look-alikes (0/O, 1/I/L). */
export const LINK_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const LINK_CODE_LENGTH = 8;
export const LINK_CODE_MINUTES = 15;

/** Her message as a code: case, spaces and hyphens forgiven; null when it cannot be one. */
export function normaliseLinkCode(text: string): string | null {
  const code = text.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
  return code.length === LINK_CODE_LENGTH && [...code].every((c) => LINK_CODE_ALPHABET.includes(c))
    ? code
    : null;
}

/**
 * Her LINE link (`line_links`) and the one-time codes that make it (`line_link_codes`, stored as an
 * HMAC keyed by JWT_SECRET: a leaked table gives no usable code). A LINE user is linked to one account
 * at most: linking it elsewhere moves it.
 */
@Injectable()
export class LineLinksService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  get enabled(): boolean {
    return lineConfigOf(this.env) !== null;
  }

  private hash(code: string): string {
    return createHmac('sha256', this.env.JWT_SECRET).update(`line-link:${code}`).digest('hex');
  }

  async myLineLink(userId: string): Promise<LineLink> {
    const rows: { linkedAt: Date | null; codeExpiresAt: Date | null }[] = await this.dataSource.query(
      `SELECT (SELECT linked_at FROM line_links WHERE user_id = $1) AS "linkedAt",
              (SELECT max(expires_at) FROM line_link_codes
                WHERE user_id = $1 AND used_at IS NULL AND expires_at > now()) AS "codeExpiresAt"`,
      [userId],
    );
    const row = rows[0];
    return {
      enabled: this.enabled,
      linked: Boolean(row?.linkedAt),
      linkedAt: row?.linkedAt ?? null,
      code: null,
      codeExpiresAt: row?.codeExpiresAt ?? null,
    };
  }

  /** A new code (her earlier unused ones stop working), shown once in this answer. */
  async issueCode(userId: string): Promise<LineLink> {
    if (!this.enabled) throw new ConflictError('notifications.lineDisabled');
    const code = Array.from({ length: LINK_CODE_LENGTH }, () =>
      LINK_CODE_ALPHABET.charAt(randomInt(LINK_CODE_ALPHABET.length)),
    ).join('');
    const expiresAt = await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM line_link_codes WHERE user_id = $1 AND used_at IS NULL`, [userId]);
      const inserted: { expiresAt: Date }[] = await manager.query(
        `INSERT INTO line_link_codes (code_hash, user_id, expires_at)
         VALUES ($1, $2, now() + make_interval(mins => $3)) RETURNING expires_at AS "expiresAt"`,
        [this.hash(code), userId, LINK_CODE_MINUTES],
      );
      return inserted[0]?.expiresAt ?? null;
    });
    return { ...(await this.myLineLink(userId)), code, codeExpiresAt: expiresAt };
  }

  async unlink(userId: string): Promise<LineLink> {
    await this.dataSource.query(`DELETE FROM line_links WHERE user_id = $1`, [userId]);
    return this.myLineLink(userId);
  }

  /**
   * Links the LINE user to the account whose valid code she sent (marking it used), in the webhook's
   * transaction. Returns the account's id, or null when the text is no valid, unexpired, unused code.
   */
  async linkByCode(manager: EntityManager, lineUserId: string, text: string): Promise<string | null> {
    const code = normaliseLinkCode(text);
    if (!code) return null;
    const used: { userId: string }[] = await manager.query(
      // (A CTE: TypeORM answers a bare UPDATE with [rows, count] rather than the rows.)
      `WITH used AS (UPDATE line_link_codes SET used_at = now()
                      WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now()
                      RETURNING user_id)
       SELECT user_id AS "userId" FROM used`,
      [this.hash(code)],
    );
    const userId = used[0]?.userId;
    if (!userId) return null;
    await manager.query(`DELETE FROM line_links WHERE line_user_id = $1 AND user_id <> $2`, [
      lineUserId,
      userId,
    ]);
    await manager.query(
      `INSERT INTO line_links (user_id, line_user_id) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET line_user_id = EXCLUDED.line_user_id, linked_at = now()`,
      [userId, lineUserId],
    );
    return userId;
  }

  async isLinkedLineUser(manager: EntityManager, lineUserId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM line_links WHERE line_user_id = $1`, [
      lineUserId,
    ]);
    return rows.length > 0;
  }

  /** She blocked or removed the official account: nothing can reach her there, so the link ends. */
  async unlinkLineUser(manager: EntityManager, lineUserId: string): Promise<void> {
    await manager.query(`DELETE FROM line_links WHERE line_user_id = $1`, [lineUserId]);
  }

  /**
   * Their linked LINE user ids by user id (none when LINE is off): the notifications core asks this when
   * it decides their channels, in its transaction.
   */
  async lineUserIdsOf(
    manager: EntityManager,
    userIds: readonly string[],
  ): Promise<ReadonlyMap<string, string>> {
    if (!this.enabled || !userIds.length) return new Map();
    const rows: { userId: string; lineUserId: string }[] = await manager.query(
      `SELECT user_id AS "userId", line_user_id AS "lineUserId" FROM line_links WHERE user_id = ANY($1::uuid[])`,
      [userIds],
    );
    return new Map(rows.map((row) => [row.userId, row.lineUserId]));
  }
}
