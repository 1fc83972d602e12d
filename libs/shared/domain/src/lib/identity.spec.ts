import { localeFromAcceptLanguage, personasForRoles } from './identity';

describe('localeFromAcceptLanguage', () => {
  it('defaults to Japanese without a header', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('ja');
  });

  it('picks the highest-ranked supported language', () => {
    expect(localeFromAcceptLanguage('fr-FR, en-US;q=0.8, ja;q=0.5')).toBe('en');
    expect(localeFromAcceptLanguage('ja-JP,ja;q=0.9,en;q=0.8')).toBe('ja');
  });

  it('falls back to Japanese when nothing is supported', () => {
    expect(localeFromAcceptLanguage('fr, de;q=0.5')).toBe('ja');
  });
});

describe('personasForRoles', () => {
  it('gives a user without roles the learner home', () => {
    expect(personasForRoles([])).toEqual(['learner']);
  });

  it('orders staff before mentor before company admin before learner', () => {
    expect(personasForRoles(['learner', 'company_admin', 'mentor', 'team_member'])).toEqual([
      'staff',
      'mentor',
      'company_admin',
      'learner',
    ]);
  });
});
