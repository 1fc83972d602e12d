import { InjectionToken, type Provider, type Type } from '@angular/core';
import type { Routes } from '@angular/router';
import type { Persona } from '@tsunagu/shared/domain';
import type { TranslationKey } from '@tsunagu/web/shared/util';
import type { Audience } from './session/audience';

/** A link in the main menu. Items are shown in `order` across domains, to the audience only. */
export interface NavItem {
  readonly path: string;
  readonly label: TranslationKey;
  readonly testId: string;
  readonly audience: Audience;
  readonly order: number;
  /** Active only on its own address, not on the pages under it (which have menu items of their own). */
  readonly exact?: boolean;
}

/**
 * A card on a persona's home: a link to one of the domain's pages, or a capability not built yet
 * (`comingSoon`, shown as 「準備中」). Cards appear on the homes of `personas`, to `audience` among them,
 * in `order`.
 */
export interface HomeCard {
  readonly personas: readonly Persona[];
  readonly audience?: Audience;
  readonly order: number;
  readonly heading: TranslationKey;
  readonly testId?: string;
  readonly lead?: TranslationKey;
  readonly link?: { readonly path: string; readonly label: TranslationKey; readonly testId: string };
  readonly comingSoon?: TranslationKey;
}

/**
 * A section a domain adds to the account page (notification preferences, a calendar feed): a component
 * loaded when the page opens, shown after the account's own sections in `order`.
 */
export interface AccountSection {
  readonly order: number;
  readonly load: () => Promise<Type<unknown>>;
}

/**
 * What a domain brings to the web app: its routes (full paths, mounted at the root; pages lazy-loaded),
 * its menu items and its cards on the persona homes. The app lists the domains once
 * (`apps/web/src/app.routes.ts`); features never import each other.
 */
export interface WebDomain {
  readonly name: string;
  readonly routes: Routes;
  readonly nav?: readonly NavItem[];
  readonly homeCards?: readonly HomeCard[];
  readonly accountSections?: readonly AccountSection[];
}

export const NAV_ITEMS = new InjectionToken<readonly NavItem[]>('NAV_ITEMS', { factory: () => [] });
export const HOME_CARDS = new InjectionToken<readonly HomeCard[]>('HOME_CARDS', { factory: () => [] });
export const ACCOUNT_SECTIONS = new InjectionToken<readonly AccountSection[]>('ACCOUNT_SECTIONS', {
  factory: () => [],
});

/** The menu, the home cards and the account sections of all domains, each list in its order. */
export function provideWebDomains(domains: readonly WebDomain[]): Provider[] {
  const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
  return [
    { provide: NAV_ITEMS, useValue: domains.flatMap((d) => d.nav ?? []).sort(byOrder) },
    { provide: HOME_CARDS, useValue: domains.flatMap((d) => d.homeCards ?? []).sort(byOrder) },
    { provide: ACCOUNT_SECTIONS, useValue: domains.flatMap((d) => d.accountSections ?? []).sort(byOrder) },
  ];
}
