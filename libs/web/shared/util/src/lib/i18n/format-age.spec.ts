import { TestBed } from '@angular/core/testing';
import { formatAgeMonths, formatAgeRange } from './format-age';
import { I18nService } from './i18n.service';

describe('childcare ages', () => {
  it('writes months as years and months, the Japanese way and in English', () => {
    const i18n = TestBed.inject(I18nService);
    const t = i18n.t.bind(i18n);
    expect(formatAgeMonths(6, t)).toBe('6か月');
    expect(formatAgeMonths(72, t)).toBe('6歳');
    expect(formatAgeMonths(18, t)).toBe('1歳6か月');
    expect(formatAgeRange(6, 72, t)).toBe('6か月〜6歳');
    expect(formatAgeRange(null, null, t)).toBeNull();
    i18n.setLocale('en');
    expect(formatAgeRange(3, 72, t)).toBe('3 months to 6 years');
    i18n.setLocale('ja');
  });
});
