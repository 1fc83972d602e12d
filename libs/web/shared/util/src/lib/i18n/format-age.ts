import type { TranslationKey, TranslationParams } from './dictionary';

type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/**
 * Children's ages, everywhere (the catalogue's childcare ages, rosters, the enrol form):
 * 18 → `1歳6か月` / `1 years 6 months`; 72 → `6歳`; 6 → `6か月`.
 */
export function formatAgeMonths(months: number, t: Translate): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return t('catalogue.age.months', { months: rest });
  if (rest === 0) return t('catalogue.age.years', { years });
  return t('catalogue.age.yearsMonths', { years, months: rest });
}

/** `6か月〜6歳`; null when neither end is known. */
export function formatAgeRange(min: number | null, max: number | null, t: Translate): string | null {
  if (min === null && max === null) return null;
  return t('catalogue.age.range', {
    min: min === null ? '' : formatAgeMonths(min, t),
    max: max === null ? '' : formatAgeMonths(max, t),
  });
}
