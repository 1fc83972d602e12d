import fc from 'fast-check';
import { foldForNameSearch, matchesPersonName } from './name-search';

const sato = { familyName: '佐藤', givenName: '美咲', familyNameKana: 'サトウ', givenNameKana: 'ミサキ' };

describe(matchesPersonName.name, () => {
  it.each([
    ['さとう', 'hiragana finds the katakana reading'],
    ['サトウ', 'katakana'],
    ['ｻﾄｳ', 'half-width katakana'],
    ['さとう みさき', 'with an ASCII space'],
    ['さとう　みさき', 'with a full-width space'],
    ['みさき', 'the given name alone'],
    ['ミサキさとう', 'given name first, mixed scripts'],
    ['佐藤', 'kanji'],
    ['佐藤　美咲', 'kanji with a full-width space'],
    ['美咲佐藤', 'kanji given name first'],
  ])('finds 佐藤 美咲 by %s (%s)', (query) => {
    expect(matchesPersonName(sato, query)).toBe(true);
  });

  it('does not find her by another name, and everyone by an empty query', () => {
    expect(matchesPersonName(sato, 'すずき')).toBe(false);
    expect(matchesPersonName(sato, '   ')).toBe(true);
  });

  it('folds Latin names by width and case, and drops the middle dot', () => {
    const maria = {
      familyName: 'Lopez',
      givenName: 'Maria',
      familyNameKana: 'ロペス',
      givenNameKana: 'マリア',
    };
    expect(matchesPersonName(maria, 'ＬＯＰＥＺ')).toBe(true);
    expect(matchesPersonName(maria, 'まりあ・ろぺす')).toBe(true);
  });
});

describe(foldForNameSearch.name, () => {
  const hiragana = fc
    .array(fc.integer({ min: 0x3041, max: 0x3096 }).map((c) => String.fromCharCode(c)))
    .map((chars) => chars.join(''));

  it('folds any hiragana text and its katakana the same way', () => {
    fc.assert(
      fc.property(hiragana, (text) => {
        const katakana = [...text].map((c) => String.fromCharCode(c.charCodeAt(0) + 0x60)).join('');
        expect(foldForNameSearch(text)).toBe(foldForNameSearch(katakana));
      }),
    );
  });

  it('is idempotent and ignores where spaces fall', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(foldForNameSearch(foldForNameSearch(a + b))).toBe(foldForNameSearch(a + b));
        expect(foldForNameSearch(`${a} \u3000${b}`)).toBe(foldForNameSearch(a + b));
      }),
    );
  });
});
