import { createHmac, timingSafeEqual } from 'node:crypto';
import { hashToken } from '../../core/auth/token-hash';
import { loadEnv, type Env } from '../../core/config/env';
import type { AccountTokenPurpose } from './account-token.entity';

/** How long each link works, in minutes. */
export const ACCOUNT_TOKEN_TTL_MINUTES: Readonly<Record<AccountTokenPurpose, number>> = {
  password_reset: 30,
  email_verification: 24 * 60,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Secrets = Pick<Env, 'JWT_SECRET'>;

/**
 * The token of an account_tokens row: `<tokenId>.<base64url(HMAC-SHA256(JWT_SECRET, tokenId))>`. The
 * id finds the row; the MAC makes it unguessable; the row stores only its SHA-256. So the mail can be
 * rendered later (the event carries only the id) without the token ever being stored.
 */
export function accountToken(tokenId: string, env: Secrets = loadEnv()): string {
  const mac = createHmac('sha256', env.JWT_SECRET).update(`account-token:${tokenId}`).digest('base64url');
  return `${tokenId}.${mac}`;
}

/** The row id named by a token, or null when it cannot be one of ours (checked against the hash later). */
export function accountTokenId(token: string): string | null {
  if (token.length > 200) return null;
  const [id, mac, ...rest] = token.trim().split('.');
  if (!id || !mac || rest.length > 0 || !UUID.test(id)) return null;
  return id;
}

/** Whether `token` is the one whose hash was stored (constant time). */
export function matchesStoredHash(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(token.trim()));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

const PAGES: Readonly<Record<AccountTokenPurpose, string>> = {
  password_reset: '/reset-password',
  email_verification: '/verify-email',
};

/**
 * The link a mail carries: PUBLIC_URL + `/reset-password?token=…` or `/verify-email?token=…`. For the
 * notifications templates (they get the tokenId from the event); `env` defaults to the process's.
 */
export function accountTokenLink(
  purpose: AccountTokenPurpose,
  tokenId: string,
  env: Pick<Env, 'JWT_SECRET' | 'PUBLIC_URL'> = loadEnv(),
): string {
  return `${env.PUBLIC_URL}${PAGES[purpose]}?token=${encodeURIComponent(accountToken(tokenId, env))}`;
}
