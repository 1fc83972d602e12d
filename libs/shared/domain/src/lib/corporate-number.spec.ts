import fc from 'fast-check';
import {
  corporateNumberCheckDigit,
  isValidCorporateNumber,
  normalizeCorporateNumber,
} from './corporate-number';

/**
 * Numbers published for these organisations (国税庁法人番号公表サイト), not looked up here but each checked
 * against the formula, which all three satisfy. 7000012050002 is 国税庁 itself, the NTA's own example.
 */
const PUBLISHED = {
  国税庁: '7000012050002',
  トヨタ自動車: '1180301018771',
  ソニーグループ: '5010401067252',
};

const digit = fc.integer({ min: 0, max: 9 });
const base12 = fc.array(digit, { minLength: 12, maxLength: 12 }).map((ds) => ds.join(''));
const validNumber = base12.map((b) => `${corporateNumberCheckDigit(b)}${b}`);

describe('corporateNumberCheckDigit', () => {
  it.each(Object.entries(PUBLISHED))('gives the published check digit for %s', (_name, number) => {
    expect(corporateNumberCheckDigit(number.slice(1))).toBe(Number(number[0]));
  });

  it('works the NTA example through by hand', () => {
    // 000012050002 from the right: P1=2 P2=0 P3=0 P4=0 P5=5 P6=0 P7=2 P8=1 P9..P12=0.
    // Σ = 2·1 + 5·1 + 2·1 + 1·2 = 11; 11 mod 9 = 2; 9 − 2 = 7.
    expect(corporateNumberCheckDigit('000012050002')).toBe(7);
  });

  it('is always 1..9, never 0', () => {
    expect(corporateNumberCheckDigit('000000000000')).toBe(9);
    fc.assert(
      fc.property(base12, (b) => {
        const check = corporateNumberCheckDigit(b);
        expect(check).toBeGreaterThanOrEqual(1);
        expect(check).toBeLessThanOrEqual(9);
      }),
    );
  });

  it('refuses anything but 12 ASCII digits', () => {
    expect(() => corporateNumberCheckDigit('00001205000')).toThrow(RangeError);
    expect(() => corporateNumberCheckDigit('0000120500021')).toThrow(RangeError);
    expect(() => corporateNumberCheckDigit('００００１２０５０００２')).toThrow(RangeError);
    expect(() => corporateNumberCheckDigit('0000-1205000')).toThrow(RangeError);
  });
});

describe('normalizeCorporateNumber', () => {
  it('accepts full-width digits, spaces and the hyphens people type', () => {
    expect(normalizeCorporateNumber('７００００１２０５０００２')).toBe('7000012050002');
    expect(normalizeCorporateNumber(' 7000 0120 50002 ')).toBe('7000012050002');
    expect(normalizeCorporateNumber('7000\u30000120\u300050002')).toBe('7000012050002');
    expect(normalizeCorporateNumber('7-0000-1205-0002')).toBe('7000012050002');
    expect(normalizeCorporateNumber('7‐0000‐1205‐0002')).toBe('7000012050002');
    expect(normalizeCorporateNumber('7−0000−1205−0002')).toBe('7000012050002');
    expect(normalizeCorporateNumber('７ー００００ー１２０５ー０００２')).toBe('7000012050002');
    expect(normalizeCorporateNumber('７－００００－１２０５－０００２')).toBe('7000012050002');
  });

  it('checks only the shape, not the check digit', () => {
    expect(normalizeCorporateNumber('8000012050002')).toBe('8000012050002');
  });

  it('returns null for the wrong number of digits or other characters', () => {
    expect(normalizeCorporateNumber('')).toBeNull();
    expect(normalizeCorporateNumber('700001205000')).toBeNull();
    expect(normalizeCorporateNumber('70000120500021')).toBeNull();
    expect(normalizeCorporateNumber('T7000012050002')).toBeNull(); // インボイス登録番号, not a 法人番号
    expect(normalizeCorporateNumber('7000.0120.50002')).toBeNull();
    expect(normalizeCorporateNumber('①000012050002')).toBeNull();
    expect(normalizeCorporateNumber('٧000012050002')).toBeNull(); // Arabic-Indic 7
  });

  it('gives the same digits however the number is typed', () => {
    const separator = fc.constantFrom('', ' ', '\u3000', '-', '‐', '−', 'ー', '－');
    fc.assert(
      fc.property(
        validNumber,
        fc.array(fc.boolean(), { minLength: 13, maxLength: 13 }),
        fc.array(separator, { minLength: 14, maxLength: 14 }),
        (number, fullWidth, separators) => {
          const typed = [...number]
            .map((c, i) => {
              const shown = fullWidth[i] ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c;
              return separators[i] + shown;
            })
            .join('');
          expect(normalizeCorporateNumber(typed + separators[13])).toBe(number);
        },
      ),
    );
  });
});

describe('isValidCorporateNumber', () => {
  it.each(Object.entries(PUBLISHED))('accepts %s', (_name, number) => {
    expect(isValidCorporateNumber(number)).toBe(true);
  });

  it('accepts a valid number as typed in a form', () => {
    expect(isValidCorporateNumber('１１８０－３０１０－１８７７１')).toBe(true);
  });

  it('refuses a wrong check digit and a wrong shape', () => {
    expect(isValidCorporateNumber('8000012050002')).toBe(false);
    expect(isValidCorporateNumber('0000012050002')).toBe(false);
    expect(isValidCorporateNumber('700001205000')).toBe(false);
    expect(isValidCorporateNumber('')).toBe(false);
  });

  it('accepts the computed check digit before any 12 digits', () => {
    fc.assert(fc.property(validNumber, (number) => expect(isValidCorporateNumber(number)).toBe(true)));
  });

  /**
   * A base digit Pn changed by d moves the sum by Qn·d; Qn ∈ {1, 2} is invertible mod 9, so the check
   * still matches only when 9 | d, i.e. 0 ↔ 9. Those substitutions are the known blind spot and are
   * asserted to stay valid; every other single change must be caught. At the check digit itself only
   * the computed value is valid, so any change there is caught.
   */
  it('catches every single-digit change except 0 ↔ 9 in the base digits', () => {
    fc.assert(
      fc.property(validNumber, (number) => {
        for (let position = 0; position < 13; position++) {
          const original = Number(number[position]);
          for (let replacement = 0; replacement <= 9; replacement++) {
            if (replacement === original) continue;
            const changed = number.slice(0, position) + replacement + number.slice(position + 1);
            const blindSpot = position > 0 && Math.abs(original - replacement) === 9;
            expect(isValidCorporateNumber(changed)).toBe(blindSpot);
          }
        }
      }),
    );
  });

  it('really has the 0 ↔ 9 blind spot', () => {
    // 国税庁's number with P12 (the 2nd character) 0 → 9: the sum moves by 2·9 = 18 ≡ 0 (mod 9).
    expect(isValidCorporateNumber('7900012050002')).toBe(true);
    // …and with P11 0 → 9: the sum moves by 9.
    expect(isValidCorporateNumber('7090012050002')).toBe(true);
    // Any other change of that digit is caught.
    expect(isValidCorporateNumber('7100012050002')).toBe(false);
  });
});
