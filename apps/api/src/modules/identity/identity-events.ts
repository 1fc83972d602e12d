import type { EntityManager } from 'typeorm';
import { DomainEventRecorder, type DomainEvent } from '../../core/events/domain-event';

/** An account email to send: the token's row (the link is derived from its id) and the address. */
export interface AccountTokenIssued {
  userId: string;
  tokenId: string;
  /** Where the link goes: her address, or for a change of address the new one. */
  email: string;
}

/** An account's address, now verified (normalised, as stored). */
export interface EmailVerified {
  userId: string;
  email: string;
}

/** The identity module's events. */
export interface IdentityEventPayloads {
  /** She (or someone knowing her address) asked for a reset link: valid 30 minutes, once. */
  'identity.password_reset_requested': AccountTokenIssued;
  /** After sign-up, on "send again", or for a new address she asked to change to. */
  'identity.email_verification_requested': AccountTokenIssued;
  /**
   * An address of hers became verified (a verification link opened, a change of address taking effect,
   * or a reset link proving she reads its mail): others may now trust that she owns it.
   */
  'identity.email_verified': EmailVerified;
}

declare module '../../core/events/domain-event' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
  interface DomainEventPayloads extends IdentityEventPayloads {}
}

const TOKEN_FACTS = ['userId', 'tokenId', 'email'] as const;

/** Each type's payload fields (identity's paths write them through the typed recorder). */
export const IDENTITY_EVENT_FIELDS = {
  'identity.password_reset_requested': TOKEN_FACTS,
  'identity.email_verification_requested': TOKEN_FACTS,
  'identity.email_verified': ['userId', 'email'],
} as const satisfies { [T in keyof IdentityEventPayloads]: readonly (keyof IdentityEventPayloads[T])[] };

export type IdentityEventType = keyof IdentityEventPayloads;

export function recordIdentityEvent<T extends IdentityEventType>(
  manager: EntityManager,
  type: T,
  payload: IdentityEventPayloads[T],
): Promise<void> {
  return DomainEventRecorder.record(manager, { type, payload: { ...payload } } as DomainEvent);
}
