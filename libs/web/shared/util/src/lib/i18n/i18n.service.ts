import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@tsunagu/shared/domain';
import {
  DICTIONARIES,
  flattenDictionary,
  interpolate,
  type TranslationKey,
  type TranslationParams,
} from './dictionary';

export const LOCALE_STORAGE_KEY = 'tsunagu.locale';

const FLAT = {
  ja: flattenDictionary(DICTIONARIES.ja),
  en: flattenDictionary(DICTIONARIES.en),
} satisfies Record<Locale, Record<string, string>>;

@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly localeState = signal<Locale>(this.readStoredLocale());

  /** The current UI language; Japanese unless the visitor chose otherwise. */
  readonly locale = this.localeState.asReadonly();
  private readonly messages = computed(() => FLAT[this.localeState()]);

  constructor() {
    this.document.documentElement.lang = this.localeState();
  }

  setLocale(locale: Locale): void {
    this.localeState.set(locale);
    this.document.documentElement.lang = locale;
    try {
      this.document.defaultView?.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this visit only.
    }
  }

  /** Reads the current locale signal, so callers inside computed() re-run on a switch. */
  t(key: TranslationKey, params?: TranslationParams): string {
    return interpolate(this.messages()[key] ?? key, params);
  }

  private readStoredLocale(): Locale {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LOCALE_STORAGE_KEY);
      return isLocale(stored) ? stored : DEFAULT_LOCALE;
    } catch {
      return DEFAULT_LOCALE;
    }
  }
}
