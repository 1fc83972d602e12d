import {
  CERTIFICATION_LABELS,
  COMPANY_CERTIFICATION_KINDS,
  INDUSTRY_CODES,
  certificationMarks,
  normalizePostalCode,
} from './company';
import { isIsoDate, tokyoIsoDate } from './fiscal-year';
import { CERTIFICATIONS } from './identity';

describe('company vocabularies', () => {
  it('lists the 20 major groups A to T in order', () => {
    expect(INDUSTRY_CODES.join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it('keeps every existing certification mark and adds other, each with labels', () => {
    expect(COMPANY_CERTIFICATION_KINDS).toEqual([...CERTIFICATIONS, 'other']);
    for (const kind of COMPANY_CERTIFICATION_KINDS) expect(CERTIFICATION_LABELS[kind].ja).toBeTruthy();
  });
});

describe('certificationMarks', () => {
  it('gives each mark once, in the list order, without other', () => {
    expect(certificationMarks(['eruboshi_2', 'other', 'kurumin', 'other'])).toEqual([
      'kurumin',
      'eruboshi_2',
    ]);
    expect(certificationMarks([])).toEqual([]);
  });
});

describe('normalizePostalCode', () => {
  it.each([
    ['311-3492', '311-3492'],
    ['3113492', '311-3492'],
    ['〒３１１－３４９２', '311-3492'],
    [' 311 ー 3492 ', '311-3492'],
  ])('accepts %j as %j', (input, expected) => {
    expect(normalizePostalCode(input)).toBe(expected);
  });

  it.each(['311-349', '311-34922', 'abc-defg', ''])('refuses %j', (input) => {
    expect(normalizePostalCode(input)).toBeNull();
  });
});

describe('tokyoIsoDate', () => {
  it('turns the date at midnight in Tokyo', () => {
    expect(tokyoIsoDate(new Date('2026-03-31T14:59:59Z'))).toBe('2026-03-31');
    expect(tokyoIsoDate(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
  });
});

describe('isIsoDate', () => {
  it.each(['2026-02-28', '2024-02-29', '1999-12-31'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-4-1', '2026/04/01', '20260401', 'nope'])(
    'refuses %s',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});
