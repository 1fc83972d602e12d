import type { CheckInCodes } from '../../enrolment';
import type { AccountTokenPurpose } from '../../identity';
import type { NotificationKind } from '../notification-kinds';
import { companyGroupsTemplates } from './company-groups.templates';
import { digestTemplates } from './digest.templates';
import { enrolmentTemplates } from './enrolment.templates';
import { identityTemplates } from './identity.templates';
import { reminderTemplates } from './reminder.templates';
import { seatPoolsTemplates } from './seat-pools.templates';
import type { SeminarFacts } from './seminar-facts';
import type { NotificationTemplate } from './template';

/** What a template file may use: facts loaded fresh, the check-in codes, the public URL. */
export interface TemplateDeps {
  /** A session's facts (cached per render batch). */
  readonly seminar: (sessionId: string) => Promise<SeminarFacts>;
  readonly checkInCodes: CheckInCodes;
  /** The app's public base URL, without a trailing slash. */
  readonly publicUrl: string;
  /** The link of an account mail (identity's accountTokenLink with this app's secret and URL). */
  readonly accountTokenLink: (purpose: AccountTokenPurpose, tokenId: string) => string;
}

export type TemplateFactory = (deps: TemplateDeps) => readonly NotificationTemplate[];

/**
 * Every template file's factory. A domain that tells people something adds its
 * `templates/<domain>.templates.ts` and one line here (n2: reminders and digest; id: account mail).
 */
export const TEMPLATE_FACTORIES: readonly TemplateFactory[] = [
  enrolmentTemplates,
  identityTemplates,
  reminderTemplates,
  digestTemplates,
  companyGroupsTemplates,
  seatPoolsTemplates,
];

/** The templates by kind, built with `deps`. */
export function templatesFor(deps: TemplateDeps): ReadonlyMap<NotificationKind, NotificationTemplate> {
  const byKind = new Map<NotificationKind, NotificationTemplate>();
  for (const factory of TEMPLATE_FACTORIES)
    for (const template of factory(deps)) {
      if (byKind.has(template.kind)) throw new Error(`Two templates for ${template.kind}`);
      byKind.set(template.kind, template);
    }
  return byKind;
}
