import { drawLottery } from '@tsunagu/shared/domain';
import { createHash } from 'node:crypto';
import { checkDraw } from './lottery-check';

/** The item at `index` (the test fails clearly when the list is shorter). */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at index ${index} of ${items.length}`);
  return item;
}

const hash = async (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe(checkDraw.name, () => {
  const seed = 'a'.repeat(64);
  const applicants = ['KM2P-AAAA-BBBB', 'QX7R-CCCC-DDDD', 'ZT3W-EEEE-FFFF', 'HN4Y-GGGG-HHHH'].map(
    (ticket, i) => ({ id: ticket, tier: i % 2 }),
  );
  const entries = drawLottery(seed, applicants).map((a, i) => ({
    drawOrder: i + 1,
    ticket: a.id,
    tier: a.tier,
  }));

  it('accepts a draw whose seed matches the commitment and whose order re-runs the same', async () => {
    expect(await checkDraw({ commitment: await hash(seed), seed, entries }, hash)).toEqual({ ok: true });
  });

  it('refuses a seed that does not match the commitment', async () => {
    expect(await checkDraw({ commitment: await hash('other'), seed, entries }, hash)).toEqual({
      ok: false,
      problem: 'seed',
    });
  });

  it('refuses a published order that the seed does not give', async () => {
    const swapped = entries.map((e, i) =>
      i === 0
        ? { ...e, ticket: at(entries, 1).ticket }
        : i === 1
          ? { ...e, ticket: at(entries, 0).ticket }
          : e,
    );
    expect(await checkDraw({ commitment: await hash(seed), seed, entries: swapped }, hash)).toEqual({
      ok: false,
      problem: 'order',
    });
  });
});
