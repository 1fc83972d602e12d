import { catalogueJa } from './catalogue.ja';
import { companiesJa } from './companies.ja';
import { flattenDictionary, interpolate } from './dictionary';
import { employeesJa } from './employees.ja';
import { en } from './en';
import { enrolmentJa } from './enrolment.ja';
import { groupsJa } from './groups.ja';
import { homeJa } from './home.ja';
import { identityJa } from './identity.ja';
import { ja } from './ja';
import { notificationsJa } from './notifications.ja';
import { organisationsJa } from './organisations.ja';
import { shellJa } from './shell.ja';

describe('dictionaries', () => {
  it('have exactly the same keys in Japanese and English', () => {
    const jaKeys = Object.keys(flattenDictionary(ja)).sort();
    const enKeys = Object.keys(flattenDictionary(en)).sort();
    expect(jaKeys.length).toBeGreaterThan(50);
    expect(enKeys).toEqual(jaKeys);
  });

  it('are composed of domain dictionaries that never claim the same section', () => {
    const domains = [
      shellJa,
      identityJa,
      homeJa,
      organisationsJa,
      catalogueJa,
      enrolmentJa,
      notificationsJa,
      companiesJa,
      employeesJa,
      groupsJa,
    ];
    const sections = domains.flatMap((domain) => Object.keys(domain));
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections.sort()).toEqual(Object.keys(ja).sort());
  });

  it('have no empty text', () => {
    for (const dictionary of [ja, en]) {
      for (const [key, text] of Object.entries(flattenDictionary(dictionary))) {
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    const flatEn = flattenDictionary(en);
    for (const [key, text] of Object.entries(flattenDictionary(ja))) {
      expect({ key, placeholders: placeholders(flatEn[key] ?? '') }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });

  it('interpolates named placeholders and leaves unknown ones alone', () => {
    expect(interpolate('{a} と {b}', { a: 1 })).toBe('1 と {b}');
  });
});
