/**
 * The first row of a statement that always answers one (an aggregate, `INSERT … RETURNING` of one row,
 * `UPDATE … RETURNING` of a row the transaction holds). Its absence is a bug, reported as such rather
 * than as a TypeError on `undefined` further down.
 */
export function firstRow<T>(rows: readonly T[], statement: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`${statement} answered no row`);
  return row;
}
