import type { Params } from '@angular/router';
import type { CatalogueFilter, CatalogueFormat, CourseCategory } from '@tsunagu/web/shared/data-access';

export const COURSE_CATEGORIES: readonly CourseCategory[] = [
  'leadership',
  'career',
  'startup',
  'marketing',
  'digital_selling',
  'work_life_balance',
  'other',
];

export const CATALOGUE_FORMATS: readonly CatalogueFormat[] = ['VENUE', 'ONLINE'];

export const CATALOGUE_PAGE_SIZE = 20;

/** What the visitor chose; each field is one URL query parameter, absent when not chosen. */
export interface CatalogueQuery {
  q: string;
  category: CourseCategory | null;
  month: string | null;
  childcare: boolean;
  format: CatalogueFormat | null;
  seats: boolean;
  page: number;
}

export const EMPTY_CATALOGUE_QUERY: CatalogueQuery = {
  q: '',
  category: null,
  month: null,
  childcare: false,
  format: null,
  seats: false,
  page: 1,
};

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

function single(value: unknown): string | null {
  if (Array.isArray(value)) return single(value[0]);
  return typeof value === 'string' ? value : null;
}

/** URL query → filter; unknown or malformed values are ignored rather than sent to the API. */
export function queryFromParams(params: Params): CatalogueQuery {
  const category = single(params['category']);
  const format = single(params['format']);
  const month = single(params['month']);
  const page = Number(single(params['page']));
  return {
    q: (single(params['q']) ?? '').trim().slice(0, 100),
    category: COURSE_CATEGORIES.includes(category as CourseCategory) ? (category as CourseCategory) : null,
    month: month && MONTH_PATTERN.test(month) ? month : null,
    childcare: single(params['childcare']) === '1',
    format: CATALOGUE_FORMATS.includes(format as CatalogueFormat) ? (format as CatalogueFormat) : null,
    seats: single(params['seats']) === '1',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Filter → URL query; only chosen values appear, so the plain page has a plain URL. */
export function paramsFromQuery(query: CatalogueQuery): Params {
  const params: Params = {};
  if (query.q.trim()) params['q'] = query.q.trim();
  if (query.category) params['category'] = query.category;
  if (query.month) params['month'] = query.month;
  if (query.childcare) params['childcare'] = '1';
  if (query.format) params['format'] = query.format;
  if (query.seats) params['seats'] = '1';
  if (query.page > 1) params['page'] = String(query.page);
  return params;
}

/** Filter → the API's CatalogueFilter. */
export function toCatalogueFilter(query: CatalogueQuery, pageSize = CATALOGUE_PAGE_SIZE): CatalogueFilter {
  const filter: CatalogueFilter = { limit: pageSize, offset: (query.page - 1) * pageSize };
  if (query.q.trim()) filter.search = query.q.trim();
  if (query.category) filter.category = query.category;
  if (query.month) filter.month = query.month;
  if (query.childcare) filter.childcare = true;
  if (query.format) filter.format = query.format;
  if (query.seats) filter.seatsLeft = true;
  return filter;
}

/** The next twelve months `YYYY-MM` starting with the Tokyo month of `now`. */
export function upcomingMonths(now: Date, count = 12): string[] {
  const tokyo = new Date(now.getTime() + 9 * 60 * 60 * 1000);
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(Date.UTC(tokyo.getUTCFullYear(), tokyo.getUTCMonth() + i, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}
