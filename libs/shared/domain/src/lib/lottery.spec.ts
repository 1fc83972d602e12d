import fc from 'fast-check';
import { drawLottery } from './lottery';

const applicants = fc.uniqueArray(fc.record({ id: fc.uuid(), tier: fc.integer({ min: 0, max: 2 }) }), {
  selector: (a) => a.id,
  maxLength: 60,
});

describe('drawLottery', () => {
  it('is a permutation of the applicants', () => {
    fc.assert(
      fc.property(fc.string(), applicants, (seed, list) => {
        const drawn = drawLottery(seed, list);
        expect(drawn.map((a) => a.id).sort()).toEqual(list.map((a) => a.id).sort());
      }),
    );
  });

  it('gives the same order for the same seed, whatever order the applicants come in', () => {
    fc.assert(
      fc.property(fc.string(), applicants, (seed, list) => {
        expect(drawLottery(seed, list)).toEqual(drawLottery(seed, [...list].reverse()));
      }),
    );
  });

  it('draws every applicant of a lower tier before any of a higher one', () => {
    fc.assert(
      fc.property(fc.string(), applicants, (seed, list) => {
        const tiers = drawLottery(seed, list).map((a) => a.tier);
        expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
      }),
    );
  });

  it('is close to uniform: each of 4 applicants wins first place about a quarter of the time', () => {
    const list = ['a', 'b', 'c', 'd'].map((id) => ({ id, tier: 0 }));
    const wins: Record<string, number> = { a: 0, b: 0, c: 0, d: 0 };
    for (let i = 0; i < 4000; i++) {
      const [first] = drawLottery(`seed-${i}`, list);
      if (first) wins[first.id] = (wins[first.id] ?? 0) + 1;
    }
    for (const count of Object.values(wins)) {
      expect(count).toBeGreaterThan(850);
      expect(count).toBeLessThan(1150);
    }
  });
});
