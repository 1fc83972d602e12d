import { createHmac } from 'node:crypto';
import { rows } from './database';

/** The e2e server's JWT_SECRET (support/serve.mjs): account links are derived from it. */
const E2E_JWT_SECRET = 'tsunagu-e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * The link the newest account mail of `email` carries (`/reset-password?token=…` or
 * `/verify-email?token=…`): the e2e server runs in production mode, without the dev mailbox, so the
 * token is derived from its row as the mail template does (identity's account-token-links.ts).
 */
export async function accountLink(
  email: string,
  purpose: 'password_reset' | 'email_verification',
): Promise<string> {
  const [row] = await rows<{ id: string }>(
    `SELECT t.id FROM account_tokens t JOIN users u ON u.id = t.user_id
      WHERE u.email = $1 AND t.purpose = $2 ORDER BY t.created_at DESC LIMIT 1`,
    [email.toLowerCase(), purpose],
  );
  if (!row) throw new Error(`no ${purpose} token for ${email}`);
  const mac = createHmac('sha256', E2E_JWT_SECRET).update(`account-token:${row.id}`).digest('base64url');
  const page = purpose === 'password_reset' ? '/reset-password' : '/verify-email';
  return `${page}?token=${encodeURIComponent(`${row.id}.${mac}`)}`;
}
