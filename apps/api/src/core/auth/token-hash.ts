import { createHash } from 'node:crypto';

/** Opaque tokens (refresh, invitation) are stored as SHA-256 hex, never in the clear. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
