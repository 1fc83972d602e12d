/**
 * Japanese fiscal years run April to March: FY2026 is 2026-04-01 .. 2027-03-31 (令和8年度).
 * Dates are reasoned about in Asia/Tokyo.
 */
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The calendar parts of an instant as seen in Asia/Tokyo (no DST there, so a fixed offset is exact). */
export function tokyoParts(instant: Date): { year: number; month: number; day: number } {
  const shifted = new Date(instant.getTime() + TOKYO_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The calendar date of an instant in Asia/Tokyo as `YYYY-MM-DD` (compare such dates as strings). */
export function tokyoIsoDate(instant: Date): string {
  const { year, month, day } = tokyoParts(instant);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (so 2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function fiscalYearOf(instant: Date): number {
  const { year, month } = tokyoParts(instant);
  return month >= 4 ? year : year - 1;
}

/** The fiscal year's first and last instants, as half-open [start, end). */
export function fiscalYearRange(fiscalYear: number): { start: Date; end: Date } {
  return {
    start: new Date(Date.UTC(fiscalYear, 3, 1) - TOKYO_OFFSET_MS),
    end: new Date(Date.UTC(fiscalYear + 1, 3, 1) - TOKYO_OFFSET_MS),
  };
}

/** Months of a fiscal year in order, April first: [4, 5, ..., 12, 1, 2, 3]. */
export const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3] as const;

/** 令和 era year for a Gregorian year from 2019 on (令和元年 = 2019). */
export function reiwaYear(gregorianYear: number): number {
  return gregorianYear - 2018;
}
