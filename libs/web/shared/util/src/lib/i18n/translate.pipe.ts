import { Pipe, PipeTransform, inject } from '@angular/core';
import type { TranslationKey, TranslationParams } from './dictionary';
import { I18nService } from './i18n.service';

/**
 * `{{ 'auth.signIn.title' | t }}`. Impure so it re-renders when the locale signal changes;
 * the look-up is a property read, so running it on every check is cheap.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
