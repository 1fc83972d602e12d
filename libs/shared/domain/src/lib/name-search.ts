/**
 * Folding for name search, the same for every name search (check-in, rosters, member lists): さとう finds
 * 佐藤 (サトウ). Compatibility forms are unified (NFKC: half-width ｻﾄｳ → サトウ, full-width Ａ → A), hiragana
 * becomes katakana, case is ignored, and spaces (ASCII and 全角) and the middle dot of foreign names are
 * dropped. Hand-written rather than wanakana's toKatakana, which would also turn romaji into kana.
 */
export function foldForNameSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s・]+/gu, '')
    .replace(/[\u3041-\u3096\u309d\u309e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

export interface SearchableName {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
}

/** Whether a person's name (kanji or kana, family-given or given-family) contains the query. */
export function matchesPersonName(person: SearchableName, query: string): boolean {
  const q = foldForNameSearch(query);
  if (!q) return true;
  const { familyName, givenName, familyNameKana, givenNameKana } = person;
  return [
    familyName + givenName,
    givenName + familyName,
    familyNameKana + givenNameKana,
    givenNameKana + familyNameKana,
  ].some((name) => foldForNameSearch(name).includes(q));
}
