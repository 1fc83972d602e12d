import type { Locale } from '@tsunagu/shared/domain';
import { en } from './en';
import { ja } from './ja';

import type { Translation } from './translation';

/** The shape of the Japanese dictionary with every leaf widened to string. */
export type Dictionary = Translation<typeof ja>;

/** Dot paths to every leaf, e.g. `'auth.signIn.title'`. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];
export type TranslationKey = Paths<typeof ja>;

export type TranslationParams = Record<string, string | number>;

export const DICTIONARIES: Record<Locale, Dictionary> = { ja, en };

/** Flattens a dictionary into `dot.path -> text`; used for look-ups and the key-parity test. */
export function flattenDictionary(dictionary: object, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(dictionary)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat[path] = value;
    else Object.assign(flat, flattenDictionary(value as object, path));
  }
  return flat;
}

export function interpolate(text: string, params?: TranslationParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
