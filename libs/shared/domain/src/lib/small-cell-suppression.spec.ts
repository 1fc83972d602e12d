import fc from 'fast-check';
import { determinedCells, isDetermined, PublishedTable, suppressTable } from './small-cell-suppression';
import {
  alternativeCompletion,
  at,
  fullGrid,
  minimum,
  publishedGrid,
  table,
} from './small-cell-suppression.spec-support';

describe('suppressTable', () => {
  it('hides a small cell and, through its row and column, the rest of a 2 × 2', () => {
    expect(
      suppressTable([
        [3, 10],
        [10, 10],
      ]),
    ).toEqual({
      cells: [
        [null, null],
        [null, null],
      ],
      rowTotals: [13, 20],
      columnTotals: [13, 20],
      grandTotal: 33,
      suppressedCount: 4,
      primaryCount: 1,
      minimum: 5,
    });
  });

  it('hides a row total of 3, and another row total so it cannot be taken from the grand total', () => {
    const result = suppressTable([
      [1, 2],
      [10, 10],
    ]);
    expect(result.cells).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(result.rowTotals).toEqual([null, null]);
    expect(result.columnTotals).toEqual([11, 12]);
    expect(result.grandTotal).toBe(23);
    expect(result.primaryCount).toBe(3);
  });

  it('shows everything when every count is at least the minimum', () => {
    expect(
      suppressTable([
        [5, 6],
        [7, 8],
      ]),
    ).toMatchObject({
      cells: [
        [5, 6],
        [7, 8],
      ],
      rowTotals: [11, 15],
      columnTotals: [12, 14],
      grandTotal: 26,
      suppressedCount: 0,
    });
  });

  it('shows zeros, and a table of zeros in full', () => {
    expect(
      suppressTable([
        [0, 0],
        [0, 0],
      ]),
    ).toMatchObject({
      cells: [
        [0, 0],
        [0, 0],
      ],
      rowTotals: [0, 0],
      columnTotals: [0, 0],
      grandTotal: 0,
      suppressedCount: 0,
    });
  });

  it('protects through the totals when the rest of the lines are zero, never hiding a zero', () => {
    const result = suppressTable([
      [3, 0],
      [0, 9],
    ]);
    expect(result.cells).toEqual([
      [null, 0],
      [0, null],
    ]);
    expect(result.rowTotals).toEqual([null, null]);
    expect(result.columnTotals).toEqual([null, null]);
    expect(result.grandTotal).toBe(12);
    expect(determinedCells(result)).toEqual([]);
  });

  it('hides a single cell and its totals all together when the table is one small cell', () => {
    expect(suppressTable([[3]])).toMatchObject({
      cells: [[null]],
      rowTotals: [null],
      columnTotals: [null],
      grandTotal: null,
    });
  });

  /**
   * Two rectangles of small cells joined by one more small cell: every line has 0 or at least 2 hidden
   * entries, so the line rule is satisfied, yet the joining cell follows from the equations (its row's
   * other hidden cells add up to what the first rectangle's columns leave over).
   */
  const twoRectangles = [
    [1, 2, 20, 20],
    [3, 4, 2, 20],
    [20, 20, 1, 3],
    [20, 20, 2, 4],
  ];

  it('needs more than the line rule: a cell can be determined by combining equations', () => {
    const primaryOnly: PublishedTable = {
      cells: twoRectangles.map((row) => row.map((v) => (v < 5 ? null : v))),
      rowTotals: [43, 29, 44, 46],
      columnTotals: [44, 46, 25, 47],
      grandTotal: 162,
    };
    expect(determinedCells(primaryOnly)).toEqual([{ row: 1, column: 2 }]);
    expect(isDetermined(primaryOnly, { row: 1, column: 2 })).toBe(true);
    expect(isDetermined(primaryOnly, { row: 0, column: 0 })).toBe(false);

    const result = suppressTable(twoRectangles);
    expect(determinedCells(result)).toEqual([]);
    expect(result.suppressedCount).toBe(10); // the 9 small cells and one 20 that closes a cycle
    const truth = fullGrid(twoRectangles);
    expect(alternativeCompletion(truth, publishedGrid(result), 1, 2, { nonNegative: true })).not.toBeNull();
  });

  it('applies the given minimum', () => {
    expect(
      suppressTable(
        [
          [3, 4],
          [4, 3],
        ],
        { minimum: 1 },
      ).suppressedCount,
    ).toBe(0);
    expect(
      suppressTable(
        [
          [5, 9],
          [9, 9],
        ],
        { minimum: 10 },
      ).cells,
    ).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('handles empty tables', () => {
    expect(suppressTable([])).toMatchObject({ cells: [], rowTotals: [], columnTotals: [], grandTotal: 0 });
    expect(suppressTable([[], []])).toMatchObject({ cells: [[], []], rowTotals: [0, 0], grandTotal: 0 });
  });

  it('refuses ragged tables, non-counts and a bad minimum', () => {
    expect(() => suppressTable([[1, 2], [3]])).toThrow(RangeError);
    expect(() => suppressTable([[1, -2]])).toThrow(RangeError);
    expect(() => suppressTable([[1.5]])).toThrow(RangeError);
    expect(() => suppressTable([[Number.NaN]])).toThrow(RangeError);
    expect(() => suppressTable([[1]], { minimum: 0 })).toThrow(RangeError);
    expect(() => suppressTable([[1]], { minimum: 2.5 })).toThrow(RangeError);
  });

  it('shows true values, hides every small one and never a zero, and leaves nothing hidden determined', () => {
    fc.assert(
      fc.property(table, minimum, (cells, min) => {
        const result = suppressTable(cells, { minimum: min });
        const truth = fullGrid(cells);
        const published = publishedGrid(result);
        let hidden = 0;
        published.forEach((line, r) =>
          line.forEach((v, c) => {
            const value = at(at(truth, r), c);
            if (v !== null) {
              expect(v).toBe(value);
            } else {
              hidden++;
              expect(value).toBeGreaterThan(0);
            }
            if (value > 0 && value < min) expect(v).toBeNull();
          }),
        );
        expect(result.suppressedCount).toBe(hidden);
        expect(result.primaryCount).toBe(truth.flat().filter((v) => v > 0 && v < min).length);

        published.forEach((line, r) =>
          line.forEach((v, c) => {
            if (v !== null) return;
            const other = alternativeCompletion(truth, published, r, c, { nonNegative: true });
            if (other === null) throw new Error(`hidden entry (${r}, ${c}) is determined`);
          }),
        );
        expect(determinedCells(result)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(fc.property(table, (cells) => expect(suppressTable(cells)).toEqual(suppressTable(cells))));
  });

  // Speed is a benchmark's business (npm run bench), not a timed test: this checks a table of the size the
  // cross-company overview shows is protected.
  it('protects every hidden cell of a 50 × 20 table', () => {
    let seed = 20260401;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const cells = Array.from({ length: 50 }, () =>
      Array.from({ length: 20 }, () =>
        random() < 0.3 ? 0 : random() < 0.6 ? Math.floor(random() * 6) : Math.floor(random() * 40),
      ),
    );
    const result = suppressTable(cells);
    expect(determinedCells(result)).toEqual([]);
    const truth = fullGrid(cells);
    const published = publishedGrid(result);
    published.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === null)
          expect(alternativeCompletion(truth, published, r, c, { nonNegative: true })).not.toBeNull();
      }),
    );
  });
});
