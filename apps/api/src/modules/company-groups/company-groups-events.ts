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

/**
 * The facts of a nomination as it was written (names as they were then: the mail names them even if
 * they are renamed later). `organisationId` is the nominating company (her employer), `userId` the nominee.
 */
export interface SeatNominationFacts {
  nominationId: string;
  poolId: string;
  sessionId: string;
  userId: string;
  organisationId: string;
  companyName: string;
  offeringOrganisationId: string;
  offeringCompanyName: string;
  /** The pool's deadline (ISO 8601): she answers before it. */
  closesAt: string;
}

/** She answered her nomination; her company's admins read her name (they nominated her by it). */
export interface SeatNominationAnswered extends SeatNominationFacts {
  answer: 'accepted' | 'declined';
  familyName: string;
  givenName: string;
}

/** A company's admin invited an existing account to link to the company (only when a row was written). */
export interface CompanyEmployeeInvited {
  employmentId: string;
  organisationId: string;
  companyName: string;
  userId: string;
}

/**
 * A company's admin invited an address without an account (only when an invitation was written): the
 * address is mailed once, in Japanese with English below, to sign up. `email` is the normalised address.
 */
export interface CompanyEmployeeEmailInvited {
  invitationId: string;
  organisationId: string;
  companyName: string;
  email: string;
  /** ISO 8601: after this, signing up no longer links her. */
  expiresAt: string;
}

/** The company-groups module's events (the README's "Domain events" says when each is emitted). */
export interface CompanyGroupsEventPayloads {
  'company.application_decided': CompanyApplicationDecided;
  'company.employee_invited': CompanyEmployeeInvited;
  'company.employee_email_invited': CompanyEmployeeEmailInvited;
  'seat.nomination_created': SeatNominationFacts;
  'seat.nomination_answered': SeatNominationAnswered;
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

/**
 * Records `company.employee_invited` in the inviting transaction, only for a row it wrote (no account, or
 * a live link already, writes nothing and tells nobody).
 */
export async function recordEmployeeInvited(
  manager: EntityManager,
  invited: Omit<CompanyEmployeeInvited, 'companyName'>,
  companyName: string,
): Promise<void> {
  await DomainEventRecorder.record(manager, {
    type: 'company.employee_invited',
    payload: { ...invited, companyName },
  });
}

/** Records `company.employee_email_invited` in the inviting transaction, only for an invitation it wrote. */
export async function recordEmailInvitation(
  manager: EntityManager,
  invited: CompanyEmployeeEmailInvited,
): Promise<void> {
  await DomainEventRecorder.record(manager, {
    type: 'company.employee_email_invited',
    payload: { ...invited },
  });
}
