import type { EntityManager } from 'typeorm';
import { DomainEventRecorder } from '../../core/events/domain-event';
import type { CompanyProfileEntity } from './company-profile.entity';

export interface CompanyApplicationDecided {
  organisationId: string;
  /** The secretariat that decided (the mail's sender). */
  secretariatOrganisationId: string;
  /** The company's name when it was decided (the mail names it even if it is renamed later). */
  companyName: string;
  status: 'approved' | 'declined';
  /** The secretariat's reason for declining (null when approved): the company's admins read it anyway. */
  reason: string | null;
}

/** The company-groups module's events (the README's "Domain events" says when each is emitted). */
export interface CompanyGroupsEventPayloads {
  'company.application_decided': CompanyApplicationDecided;
}

declare module '../../core/events/domain-event' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
  interface DomainEventPayloads extends CompanyGroupsEventPayloads {}
}

/** Records `company.application_decided` in the deciding transaction. */
export function recordApplicationDecided(
  manager: EntityManager,
  profile: Pick<CompanyProfileEntity, 'organisationId' | 'secretariatOrganisationId' | 'declineReason'>,
  companyName: string,
  status: CompanyApplicationDecided['status'],
): Promise<void> {
  return DomainEventRecorder.record(manager, {
    type: 'company.application_decided',
    payload: {
      organisationId: profile.organisationId,
      secretariatOrganisationId: profile.secretariatOrganisationId,
      companyName,
      status,
      reason: status === 'declined' ? profile.declineReason : null,
    },
  });
}
