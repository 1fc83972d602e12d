import type { OutboxEvent } from '../../../core/jobs/jobs';
import type { NotifyRequest } from '../notify-request';
import { field, type EventHandler, type EventHandlers } from './event-handler';

/**
 * An account email: to the address in the event (for a change of address, the new one, which is not
 * hers yet), about nothing organised. The params carry the token's id only; the template derives the
 * link (identity's accountTokenLink) when it renders, so the raw token is never stored.
 */
function accountMail(kind: 'password_reset' | 'email_verification'): EventHandler {
  return async (event: OutboxEvent): Promise<NotifyRequest[]> => {
    const tokenId = field(event, 'tokenId');
    const email = field(event, 'email');
    return [
      {
        userId: field(event, 'userId'),
        kind,
        dedupeKey: `account:${tokenId}`,
        organisationId: null,
        link: null,
        params: { tokenId, email },
        emailAddress: email,
      },
    ];
  };
}

/** The identity module's events (identity/identity-events.ts). */
export const IDENTITY_EVENT_HANDLERS: EventHandlers = {
  'identity.password_reset_requested': accountMail('password_reset'),
  'identity.email_verification_requested': accountMail('email_verification'),
};
