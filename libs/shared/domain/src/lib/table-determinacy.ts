/**
 * The linear algebra behind small-cell suppression (small-cell-suppression.ts): a table with its totals
 * as an (R+1) × (C+1) grid flattened row by row, its line equations (each line's entries add up to its
 * total), and which hidden entries those equations determine. Internal to the suppression: not exported
 * from the library's index.
 */

/** An element at an index the caller has bounded; anything else is a bug here, not bad input. */
export function at<T>(list: ArrayLike<T>, i: number): T {
  const value = list[i];
  if (value === undefined) throw new RangeError(`Small-cell suppression: index ${i} of ${list.length}`);
  return value;
}

/** The flat indices of line `line`: rows 0..height-1 first, then columns; the line's total last. */
export function lineMembers(line: number, height: number, width: number): number[] {
  if (line < height) return Array.from({ length: width }, (_, c) => line * width + c);
  const c = line - height;
  return Array.from({ length: height }, (_, r) => r * width + c);
}

/**
 * Gauss–Jordan elimination of the table's equations over the hidden entries. Rows are kept as integers:
 * a row is reduced by an exact multiple of the pivot row when the pivot divides it, and otherwise
 * fraction-free (scaled, then divided by its gcd), so the arithmetic is exact. (The equations form a
 * totally unimodular matrix — a bipartite incidence matrix once the totals change sign — so in practice
 * every pivot is ±1 and entries stay in {−1, 0, 1}; the code does not depend on it.)
 */
export function determinedIndices(height: number, width: number, hidden: readonly boolean[]): number[] {
  const unknowns: number[] = [];
  hidden.forEach((h, k) => h && unknowns.push(k));
  const n = unknowns.length;
  if (n === 0) return [];
  const columnOf = new Map(unknowns.map((k, j) => [k, j]));
  const matrix: number[][] = [];
  for (let line = 0; line < height + width; line++) {
    const members = lineMembers(line, height, width);
    const row = new Array<number>(n).fill(0);
    members.forEach((k, i) => {
      const j = columnOf.get(k);
      if (j !== undefined) row[j] = i === members.length - 1 ? -1 : 1;
    });
    if (row.some((a) => a !== 0)) matrix.push(row);
  }

  const pivotRowOf = new Array<number>(n).fill(-1);
  let rank = 0;
  for (let j = 0; j < n && rank < matrix.length; j++) {
    let p = -1;
    for (let i = rank; i < matrix.length; i++) {
      const a = Math.abs(at(at(matrix, i), j));
      if (a !== 0 && (p < 0 || a < Math.abs(at(at(matrix, p), j)))) p = i;
    }
    if (p < 0) continue;
    const pivot = at(matrix, p);
    matrix[p] = at(matrix, rank);
    matrix[rank] = pivot;
    const pv = at(pivot, j);
    matrix.forEach((row, i) => {
      const a = at(row, j);
      if (i === rank || a === 0) return;
      if (a % pv === 0) {
        // The pivot row is zero before column j, so only columns from j on change.
        const f = a / pv;
        for (let m = j; m < n; m++) row[m] = at(row, m) - f * at(pivot, m);
      } else {
        let g = 0;
        for (let m = 0; m < n; m++) {
          row[m] = pv * at(row, m) - a * at(pivot, m);
          g = gcd(g, at(row, m));
        }
        if (g > 1) for (let m = 0; m < n; m++) row[m] = at(row, m) / g;
      }
      if (!row.every(Number.isSafeInteger)) {
        throw new Error('Small-cell suppression: elimination left the exact integer range');
      }
    });
    pivotRowOf[j] = rank;
    rank++;
  }

  return unknowns.filter((_, j) => {
    const p = at(pivotRowOf, j);
    return p >= 0 && at(matrix, p).filter((a) => a !== 0).length === 1;
  });
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
