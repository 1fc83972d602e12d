import { DOCUMENT } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { I18nService, LOCALE_STORAGE_KEY } from './i18n.service';

describe(I18nService.name, () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  it('defaults to Japanese and sets <html lang="ja">', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.locale()).toBe('ja');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('ja');
    expect(i18n.t('auth.signIn.title')).toBe('ログイン');
  });

  it('switches to English, remembers the choice and updates <html lang>', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLocale('en');
    expect(i18n.locale()).toBe('en');
    expect(i18n.t('auth.signIn.title')).toBe('Sign in');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts in the remembered language', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    expect(TestBed.inject(I18nService).locale()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a remembered value that is not a supported locale', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    expect(TestBed.inject(I18nService).locale()).toBe('ja');
  });

  it('interpolates parameters', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('validation.minLength', { min: 10 })).toBe('10文字以上で入力してください。');
  });
});
