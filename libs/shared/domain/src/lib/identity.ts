/** UI and message languages. Japanese is the default everywhere. */
export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ja';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the first supported language from an Accept-Language header, or Japanese. */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  return matchLocale(header) ?? DEFAULT_LOCALE;
}

/** The highest-ranked supported language in an Accept-Language header, or null if none is. */
export function matchLocale(header: string | undefined | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}

/**
 * Roles are held per organisation; one user may hold several roles in different organisations.
 * `admin` held in any organisation makes the user a platform administrator.
 */
export const ROLES = ['learner', 'company_admin', 'mentor', 'staff', 'team_member', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = [
  'national_agency',
  'prefecture',
  'city',
  'partner_company',
  'npo',
  'chamber_of_commerce',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Japanese government certifications a partner company may hold (くるみん, えるぼし). */
export const CERTIFICATIONS = [
  'kurumin',
  'platinum_kurumin',
  'tryangle_kurumin',
  'eruboshi_1',
  'eruboshi_2',
  'eruboshi_3',
  'platinum_eruboshi',
] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

/** The persona a user's home page is built for, derived from the roles she holds. */
export const PERSONAS = ['learner', 'company_admin', 'mentor', 'staff'] as const;
export type Persona = (typeof PERSONAS)[number];

/** Staff-like roles see the secretariat home; the order is the priority when a user holds several. */
export function personasForRoles(roles: readonly Role[]): Persona[] {
  const set = new Set(roles);
  const personas: Persona[] = [];
  if (set.has('admin') || set.has('staff') || set.has('team_member')) personas.push('staff');
  if (set.has('mentor')) personas.push('mentor');
  if (set.has('company_admin')) personas.push('company_admin');
  if (set.has('learner') || personas.length === 0) personas.push('learner');
  return personas;
}
