import fc from 'fast-check';
import {
  determinedCells,
  isDetermined,
  PublishedTable,
  suppressCounts,
  TablePosition,
} from './small-cell-suppression';
import {
  alternativeCompletion,
  at,
  fullGrid,
  minimum,
  small,
  table,
} from './small-cell-suppression.spec-support';

describe('determinedCells', () => {
  it('finds a hidden cell that its row gives away', () => {
    const table: PublishedTable = {
      cells: [
        [null, 6],
        [6, 6],
      ],
      rowTotals: [7, 12],
      columnTotals: [7, 12],
      grandTotal: 19,
    };
    expect(determinedCells(table)).toEqual([{ row: 0, column: 0 }]);
  });

  it('names totals as such, and finds nothing when every hidden entry is on a cycle', () => {
    const table: PublishedTable = {
      cells: [[6, 6]],
      rowTotals: [null],
      columnTotals: [6, 6],
      grandTotal: null,
    };
    expect(determinedCells(table)).toEqual([
      { row: 0, column: 'total' },
      { row: 'total', column: 'total' },
    ]);
    const protectedTable: PublishedTable = {
      cells: [[null, null]],
      rowTotals: [12],
      columnTotals: [null, null],
      grandTotal: 12,
    };
    expect(determinedCells(protectedTable)).toEqual([]);
  });

  it('counts shown entries as known', () => {
    const table: PublishedTable = { cells: [[6]], rowTotals: [6], columnTotals: [6], grandTotal: 6 };
    expect(isDetermined(table, { row: 0, column: 0 })).toBe(true);
    expect(() => isDetermined(table, { row: 1, column: 0 })).toThrow(RangeError);
  });

  it('agrees with the cycle checker on any pattern of hidden entries', () => {
    fc.assert(
      fc.property(
        table.chain((cells) =>
          fc.tuple(
            fc.constant(cells),
            fc.array(
              fc.array(fc.boolean(), {
                minLength: at(cells, 0).length + 1,
                maxLength: at(cells, 0).length + 1,
              }),
              {
                minLength: cells.length + 1,
                maxLength: cells.length + 1,
              },
            ),
          ),
        ),
        ([cells, mask]) => {
          const truth = fullGrid(cells);
          const published = truth.map((line, r) => line.map((v, c) => (at(mask, r)[c] ? null : v)));
          const rows = cells.length;
          const columns = at(cells, 0).length;
          const table: PublishedTable = {
            cells: published.slice(0, rows).map((line) => line.slice(0, columns)),
            rowTotals: published.slice(0, rows).map((line) => at(line, columns)),
            columnTotals: at(published, rows).slice(0, columns),
            grandTotal: at(at(published, rows), columns),
          };
          const determined = new Set(
            determinedCells(table).map(
              ({ row, column }: TablePosition) =>
                `${row === 'total' ? rows : row},${column === 'total' ? columns : column}`,
            ),
          );
          published.forEach((line, r) =>
            line.forEach((v, c) => {
              if (v !== null) return;
              // Over the rationals: perturbations may go negative.
              const other = alternativeCompletion(truth, published, r, c, { nonNegative: false });
              expect(determined.has(`${r},${c}`)).toBe(other === null);
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('suppressCounts', () => {
  it('hides a small count with the next smallest, keeping the total', () => {
    expect(suppressCounts([3, 10, 20])).toEqual({
      counts: [null, null, 20],
      total: 33,
      suppressedCount: 2,
      primaryCount: 1,
      minimum: 5,
    });
  });

  it('leaves two small counts hidden together, and shows zeros', () => {
    expect(suppressCounts([2, 2, 0, 30])).toMatchObject({ counts: [null, null, 0, 30], total: 34 });
  });

  it('hides the total when it alone could give a count away', () => {
    expect(suppressCounts([3])).toMatchObject({ counts: [null], total: null, suppressedCount: 2 });
    expect(suppressCounts([3, 0, 0])).toMatchObject({ counts: [null, 0, 0], total: null });
  });

  it('shows counts that are all large enough, and an empty list', () => {
    expect(suppressCounts([7, 8])).toMatchObject({ counts: [7, 8], total: 15, suppressedCount: 0 });
    expect(suppressCounts([])).toMatchObject({ counts: [], total: 0, suppressedCount: 0 });
  });

  it('never leaves exactly one unknown, shows true values and hides every small one', () => {
    fc.assert(
      fc.property(fc.array(small, { maxLength: 12 }), minimum, (counts, min) => {
        const result = suppressCounts(counts, { minimum: min });
        const total = counts.reduce((a, b) => a + b, 0);
        const all = [...counts, total];
        const shown = [...result.counts, result.total];
        shown.forEach((v, i) => {
          if (v !== null) expect(v).toBe(all[i]);
          else expect(all[i]).toBeGreaterThan(0);
          if (at(all, i) > 0 && at(all, i) < min) expect(v).toBeNull();
        });
        const unknowns = shown.filter((v) => v === null).length;
        expect(unknowns).not.toBe(1);
        expect(result.suppressedCount).toBe(unknowns);
      }),
      { numRuns: 300 },
    );
  });
});
