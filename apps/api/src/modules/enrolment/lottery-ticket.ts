import { createHash } from 'node:crypto';

/** Twenty-nine letters and digits without look-alikes (0/O, 1/I/L, 5/S). */
const ALPHABET = 'ABCDEFGHJKMNPQRTUVWXYZ2346789';

/**
 * An application's pseudonym in a lottery (申込番号), e.g. `K7QM-3XPA-9RTD`: derived from the enrolment
 * and session ids, which nobody chooses, so it reveals nothing about her and cannot be picked. The draw
 * orders applicants by ticket (within a tier) before shuffling, so the published tickets, tiers and seed
 * are all an outsider needs to re-run it; she finds her own ticket in My seminars.
 */
export function lotteryTicket(sessionId: string, enrolmentId: string): string {
  const digest = createHash('sha256').update(`tsunagu-lottery-ticket:${sessionId}:${enrolmentId}`).digest();
  const chars = [...digest.subarray(0, 12)].map((byte) => ALPHABET[byte % ALPHABET.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((part) => part.join('')).join('-');
}
