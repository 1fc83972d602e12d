import fc from 'fast-check';
import { isKana, normaliseEmail } from './validation';

describe('isKana', () => {
  it('accepts hiragana and katakana names', () => {
    expect(isKana('やまだ')).toBe(true);
    expect(isKana('ヤマダ')).toBe(true);
    expect(isKana('サトウ ハナコ')).toBe(true);
    expect(isKana('ユーリ')).toBe(true);
  });

  it('refuses kanji, latin letters and digits', () => {
    expect(isKana('山田')).toBe(false);
    expect(isKana('Yamada')).toBe(false);
    expect(isKana('やまだ1')).toBe(false);
    expect(isKana('')).toBe(false);
  });

  it('refuses any string containing an ASCII letter or digit', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...'aZ09'.split('')), fc.string(), (a, bad, b) => {
        expect(isKana(a + bad + b)).toBe(false);
      }),
    );
  });
});

describe('normaliseEmail', () => {
  it('trims and lower-cases', () => {
    expect(normaliseEmail('  Hanako@Example.JP ')).toBe('hanako@example.jp');
  });
});
