import type { EntityManager } from 'typeorm';
import { DomainEventRecorder } from '../../core/events/domain-event';

/** An account email to send: the token's row (the link is derived from its id) and the address. */
export interface AccountTokenIssued {
  userId: string;
  tokenId: string;
  /** Where the link goes: her address, or for a change of address the new one. */
  email: string;
}

/** The identity module's events. */
export interface IdentityEventPayloads {
  /** She (or someone knowing her address) asked for a reset link: valid 30 minutes, once. */
  'identity.password_reset_requested': AccountTokenIssued;
  /** After sign-up, on "send again", or for a new address she asked to change to. */
  'identity.email_verification_requested': AccountTokenIssued;
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
} as const satisfies { [T in keyof IdentityEventPayloads]: readonly (keyof IdentityEventPayloads[T])[] };

export type IdentityEventType = keyof IdentityEventPayloads;

export function recordIdentityEvent(
  manager: EntityManager,
  type: IdentityEventType,
  payload: AccountTokenIssued,
): Promise<void> {
  return DomainEventRecorder.record(manager, { type, payload: { ...payload } });
}
