import { createHash, randomBytes } from 'node:crypto';

/**
 * A lottery's seed is made by the system when the lottery is set up, before anyone can apply, and only
 * its SHA-256 (the commitment) is published until the draw: nobody — staff included — can see the seed
 * while the list of applications can still change, nor choose it at draw time. At the draw the seed is
 * revealed, and anyone can check it against the commitment and re-run the draw.
 */
export function newLotterySeed(): { lotterySeed: string; lotteryCommitment: string } {
  const lotterySeed = randomBytes(32).toString('hex');
  return { lotterySeed, lotteryCommitment: lotteryCommitmentOf(lotterySeed) };
}

export function lotteryCommitmentOf(seed: string): string {
  return createHash('sha256').update(seed, 'utf8').digest('hex');
}
