import {
  EMPTY_CATALOGUE_QUERY,
  paramsFromQuery,
  queryFromParams,
  toCatalogueFilter,
  upcomingMonths,
} from './catalogue-filter';

describe('catalogue filter ↔ URL', () => {
  it('reads every filter from the URL query', () => {
    expect(
      queryFromParams({
        q: ' 起業 ',
        category: 'startup',
        month: '2026-07',
        childcare: '1',
        format: 'ONLINE',
        seats: '1',
        page: '2',
      }),
    ).toEqual({
      q: '起業',
      category: 'startup',
      month: '2026-07',
      childcare: true,
      format: 'ONLINE',
      seats: true,
      page: 2,
    });
  });

  it('ignores unknown or malformed values', () => {
    expect(
      queryFromParams({
        category: 'cooking',
        month: '2026-13',
        format: 'both',
        childcare: 'yes',
        page: '-3',
      }),
    ).toEqual(EMPTY_CATALOGUE_QUERY);
  });

  it('writes only chosen values, and round-trips', () => {
    expect(paramsFromQuery(EMPTY_CATALOGUE_QUERY)).toEqual({});
    const query = { ...EMPTY_CATALOGUE_QUERY, childcare: true, category: 'leadership' as const };
    const params = paramsFromQuery(query);
    expect(params).toEqual({ childcare: '1', category: 'leadership' });
    expect(queryFromParams(params)).toEqual(query);
  });

  it('maps the query to the API filter with paging', () => {
    expect(toCatalogueFilter(EMPTY_CATALOGUE_QUERY)).toEqual({ limit: 20, offset: 0 });
    expect(
      toCatalogueFilter({ ...EMPTY_CATALOGUE_QUERY, q: 'SNS', format: 'VENUE', seats: true, page: 3 }, 10),
    ).toEqual({ limit: 10, offset: 20, search: 'SNS', format: 'VENUE', seatsLeft: true });
  });

  it('lists the coming months in Tokyo time', () => {
    // 2026-12-31 16:00 UTC is already January in Tokyo.
    expect(upcomingMonths(new Date('2026-12-31T16:00:00Z'), 3)).toEqual(['2027-01', '2027-02', '2027-03']);
  });
});
