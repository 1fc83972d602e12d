import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, type RouterStateSnapshot } from '@angular/router';
import type { TranslationKey } from './i18n/dictionary';
import { I18nService } from './i18n/i18n.service';

/**
 * Route `title`s are dictionary keys; the document title reads "ログイン | つなぐ Tsunagu". It is
 * set again when the language changes, so the tab and screen readers follow the switch.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private readonly routeKey = signal<TranslationKey | undefined>(undefined);

  constructor() {
    super();
    effect(() => this.apply(this.routeKey()));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot) as TranslationKey | undefined;
    this.routeKey.set(key);
    this.apply(key);
  }

  private apply(key: TranslationKey | undefined): void {
    const site = `${this.i18n.t('app.brand')} ${this.i18n.t('app.brandLatin')}`;
    this.title.setTitle(key ? `${this.i18n.t(key)} | ${site}` : site);
  }
}
