/**
 * The providing organisation's contact (問い合わせ先) and its privacy notice (個人情報の取扱いについて),
 * shown on seminar pages and forms. Its lengths are `LIMITS.contact` (limits.ts).
 */
/**
 * A phone number as people write it in Japan: digits (half- or full-width is normalised before the
 * check), hyphens, spaces, parentheses and an optional leading +, with at least 6 digits.
 */
export const PHONE_PATTERN = /^\+?[0-9()\- ]*$/;

export function normalisePhone(value: string): string {
  return value
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[－ー―‐（）＋]/g, (c) => ({ '（': '(', '）': ')', '＋': '+' })[c] ?? '-');
}

export function isPhone(value: string): boolean {
  return PHONE_PATTERN.test(value) && (value.match(/[0-9]/g)?.length ?? 0) >= 6;
}

/** The href of a `tel:` link: digits and a leading + only. */
export function telHref(phone: string): string {
  const digits = normalisePhone(phone).replace(/[^0-9+]/g, '');
  return `tel:${digits}`;
}
