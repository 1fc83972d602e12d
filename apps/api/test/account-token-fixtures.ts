import { accountToken } from '../src/modules/identity/account-token-links';
import type { TestApp } from './harness';

export type Purpose = 'password_reset' | 'email_verification';

/** A client address of its own, so throttling per IP never mixes tests. */
export function randomIp(): string {
  const n = () => Math.floor(Math.random() * 250) + 1;
  return `10.${n()}.${n()}.${n()}`;
}

/** The newest token row of hers for `purpose`, with its raw token derived as the mail's link does. */
export async function latestAccountToken(
  app: TestApp,
  userId: string,
  purpose: Purpose,
): Promise<{ id: string; token: string; email: string } | null> {
  const rows = (await app.dataSource.query(
    `SELECT id, email FROM account_tokens WHERE user_id = $1 AND purpose = $2 ORDER BY created_at DESC LIMIT 1`,
    [userId, purpose],
  )) as { id: string; email: string }[];
  const row = rows[0];
  return row ? { id: row.id, email: row.email, token: accountToken(row.id) } : null;
}

/** Asks for a reset link for `email` and returns the token the mail would carry. */
export async function resetTokenFor(app: TestApp, user: { id: string; email: string }): Promise<string> {
  const result = await app.gql(
    'mutation($e: String!) { requestPasswordReset(email: $e) }',
    { e: user.email },
    { ip: randomIp() },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const latest = await latestAccountToken(app, user.id, 'password_reset');
  if (!latest) throw new Error('no reset token was issued');
  return latest.token;
}

/** The verification token her sign-up (or latest request) issued. */
export async function verificationTokenFor(app: TestApp, userId: string): Promise<string> {
  const latest = await latestAccountToken(app, userId, 'email_verification');
  if (!latest) throw new Error('no verification token was issued');
  return latest.token;
}
