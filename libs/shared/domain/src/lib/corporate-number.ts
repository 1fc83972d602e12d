/**
 * 法人番号 (corporate number): 13 digits given to every company by the National Tax Agency (国税庁).
 * The first digit is a check digit over the other twelve. With the base digits P1..P12 counted from the
 * right (P1 is the last character of the number), check = 9 − (Σ Pn × Qn mod 9), where Qn is 1 for odd n
 * and 2 for even n. The result is always 1..9, so a number starting with 0 is never valid.
 *
 * Because 1 and 2 are both invertible mod 9, changing one base digit by d changes the sum by d or 2d,
 * which is 0 mod 9 only when d = ±9: the check catches every single-digit mistake except 0 ↔ 9.
 */

/** Hyphen-like characters people type between digit groups: ASCII, Unicode hyphens and dashes, the minus
 * sign, their full-width form, and the katakana long-vowel mark (ー, ｰ) that IMEs produce for "-". */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\uFF0D\u30FC\uFF70]/gu;
const FULL_WIDTH_DIGITS = /[\uFF10-\uFF19]/gu;

/**
 * The 13 ASCII digits of a typed 法人番号, or null when what remains is not 13 digits. Full-width digits
 * (０-９) become ASCII; spaces (including 全角) and hyphens are dropped. Only the shape is checked here:
 * see {@link isValidCorporateNumber} for the check digit. Other characters (letters, ①, other scripts'
 * digits) are refused rather than folded, so nothing surprising is ever accepted.
 */
export function normalizeCorporateNumber(input: string): string | null {
  const digits = input
    .replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(SEPARATORS, '');
  return /^[0-9]{13}$/.test(digits) ? digits : null;
}

/**
 * The check digit (1..9) for 12 base digits, given exactly as the last 12 ASCII digits of the number.
 * Throws a RangeError for anything else: it is a building block, not an input parser.
 */
export function corporateNumberCheckDigit(base12: string): number {
  if (!/^[0-9]{12}$/.test(base12)) {
    throw new RangeError(`A 法人番号 has 12 base digits; got ${JSON.stringify(base12)}`);
  }
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const digit = base12.charCodeAt(12 - n) - 48;
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/**
 * Whether the input, after {@link normalizeCorporateNumber} (so full-width digits and hyphens are
 * fine, as in a form field), is 13 digits whose first digit is the check digit of the other twelve.
 * Store the normalized form, not the input.
 */
export function isValidCorporateNumber(value: string): boolean {
  const digits = normalizeCorporateNumber(value);
  if (digits === null) return false;
  return digits.charCodeAt(0) - 48 === corporateNumberCheckDigit(digits.slice(1));
}
