/**
 * Furigana: hiragana, katakana (full-width), the long-vowel mark, the middle dot and spaces.
 * Family and given names are checked separately, so spaces are rare but allowed.
 */
export const KANA_PATTERN = /^[\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3000 ・]+$/u;

export function isKana(value: string): boolean {
  return KANA_PATTERN.test(value);
}

/** A pragmatic email check (the same on both sides); the real proof is a delivered message. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
