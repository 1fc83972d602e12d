import { createHmac, timingSafeEqual } from 'node:crypto';

/** LINE's webhook signature: base64 of HMAC-SHA256 over the raw request body, keyed by the channel secret. */
export function lineSignature(channelSecret: string, rawBody: Buffer | string): string {
  return createHmac('sha256', channelSecret).update(rawBody).digest('base64');
}

/** Whether `signature` (the X-Line-Signature header) signs `rawBody`; compared in constant time. */
export function verifyLineSignature(
  channelSecret: string,
  rawBody: Buffer | undefined,
  signature: string | undefined,
): boolean {
  if (!rawBody || !signature) return false;
  const expected = Buffer.from(lineSignature(channelSecret, rawBody), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
