/**
 * The 抽選 lottery, deterministic from a recorded seed so anyone can re-run a draw and get the same
 * order: applicants are put in a canonical order (priority tier, then id), each tier is shuffled with
 * Fisher–Yates driven by a PRNG seeded from the seed string, and tiers are concatenated (tier 0 first).
 */
/** Named in the public record of each draw, so a changed algorithm would never re-run old draws wrongly. */
export const LOTTERY_ALGORITHM =
  'tsunagu-lottery-v1 (tiers ascending; tickets sorted; cyrb128 → sfc32 Fisher–Yates)';

export interface LotteryApplicant {
  id: string;
  /** 0 is drawn first (e.g. residents, first-time applicants). */
  tier: number;
}

/** cyrb128: a fast 128-bit string hash, used only to seed the PRNG. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** sfc32: a small, well-tested PRNG with 128 bits of state; returns floats in [0, 1). */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** The drawn order of applicants (a permutation of them), the same for the same seed and applicants. */
export function drawLottery<T extends LotteryApplicant>(seed: string, applicants: readonly T[]): T[] {
  const random = sfc32(...cyrb128(seed));
  const tiers = [...new Set(applicants.map((a) => a.tier))].sort((x, y) => x - y);
  const drawn: T[] = [];
  for (const tier of tiers) {
    const pool = applicants
      .filter((a) => a.tier === tier)
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    for (let i = pool.length - 1; i > 0; i--) {
      swap(pool, i, Math.floor(random() * (i + 1)));
    }
    drawn.push(...pool);
  }
  return drawn;
}

function swap<T>(list: T[], i: number, j: number): void {
  const a = list[i];
  const b = list[j];
  if (a === undefined || b === undefined) throw new RangeError(`cannot swap ${i} and ${j} of ${list.length}`);
  list[i] = b;
  list[j] = a;
}
