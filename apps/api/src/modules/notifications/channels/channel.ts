import type { NotificationKind, OutboundChannel } from '../notification-kinds';
import type { RenderedMessage } from '../templates/template';

/** One message to one person on one channel (a delivery). */
export interface Outgoing {
  /** The delivery's id: the idempotency key (email Message-ID, LINE X-Line-Retry-Key). */
  readonly deliveryId: string;
  readonly userId: string;
  /** What it is (email header X-Tsunagu-Kind). */
  readonly kind: NotificationKind;
  readonly message: RenderedMessage;
  /** The address on this channel: her email, or her linked LINE user id. */
  readonly address: string;
  /** Sender name, From and Reply-To: the providing organisation's, where there is one. */
  readonly sender: { readonly name: string; readonly replyTo: string | null };
  /** The one-click unsubscribe URL of this kind (List-Unsubscribe), when the kind may be switched off. */
  readonly unsubscribeUrl: string | null;
}

/** Raised for a refusal that retrying cannot fix (a malformed address, a blocked LINE user). */
export class PermanentDeliveryError extends Error {}

/**
 * A way out. `send` resolves with the channel's id of what it sent (the SMTP Message-ID, LINE's
 * request id) once the channel accepted it, throws to be retried, or throws PermanentDeliveryError.
 * It must be safe to call twice with the same delivery id (the same Message-ID / retry key).
 */
export interface Channel {
  readonly name: OutboundChannel;
  /** Whether the channel is configured in this process (LINE is off unless configured). */
  readonly enabled: boolean;
  send(outgoing: Outgoing): Promise<{ externalId: string }>;
}
