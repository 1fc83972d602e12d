import { drawLottery } from '@tsunagu/shared/domain';

export interface PublishedDraw {
  commitment: string;
  seed: string | null;
  entries: readonly { drawOrder: number; ticket: string; tier: number }[];
}

export type DrawCheck = { ok: true } | { ok: false; problem: 'seed' | 'order' };

/** SHA-256 of a text as lowercase hex, with the browser's Web Crypto. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * What an outsider does to check a draw, done in her browser: the seed must hash to the commitment
 * published before applications opened, and re-running the draw (the same code as the server's, from
 * libs/shared/domain) on the published tickets and tiers must give the published order.
 */
export async function checkDraw(
  draw: PublishedDraw,
  hash: (text: string) => Promise<string> = sha256Hex,
): Promise<DrawCheck> {
  if (!draw.seed || (await hash(draw.seed)) !== draw.commitment) return { ok: false, problem: 'seed' };
  const published = [...draw.entries].sort((a, b) => a.drawOrder - b.drawOrder).map((e) => e.ticket);
  // The published list is re-ordered first, so the check cannot lean on the order it was given in.
  const input = [...draw.entries].sort((a, b) => (a.ticket < b.ticket ? -1 : 1));
  const rerun = drawLottery(
    draw.seed,
    input.map((e) => ({ id: e.ticket, tier: e.tier })),
  ).map((e) => e.id);
  return rerun.length === published.length && rerun.every((t, i) => t === published[i])
    ? { ok: true }
    : { ok: false, problem: 'order' };
}
