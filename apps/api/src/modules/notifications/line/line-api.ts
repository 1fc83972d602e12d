import { PermanentDeliveryError } from '../channels/channel';
import { LINE_TEXT_MAX, type LineConfig } from './line-config';

const TIMEOUT_MS = 10_000;

/** A text message as the Messaging API takes it, cut to LINE's length limit. */
export function textMessage(text: string): { type: 'text'; text: string } {
  return { type: 'text', text: text.length > LINE_TEXT_MAX ? `${text.slice(0, LINE_TEXT_MAX - 1)}…` : text };
}

/**
 * The two calls of the LINE Messaging API the app makes: push (a notification) and reply (answering a
 * message she sent, with the webhook's reply token). Nothing personal is logged or put in errors: an
 * error names the HTTP status only.
 */
export class LineApi {
  constructor(private readonly config: LineConfig) {}

  /**
   * Pushes text to a LINE user. `retryKey` (a UUID: the delivery id) makes a repeat recognisable: LINE
   * answers 409 for a key it already accepted, which means the message was sent. Resolves with LINE's
   * request id; throws PermanentDeliveryError when retrying cannot help (400/403/404: an unknown or
   * blocked user), another error to be retried (429, 5xx, network).
   */
  async push(to: string, text: string, retryKey: string): Promise<{ requestId: string }> {
    const response = await fetch(`${this.config.apiBase}/v2/bot/message/push`, {
      method: 'POST',
      headers: { ...this.headers(), 'x-line-retry-key': retryKey },
      body: JSON.stringify({ to, messages: [textMessage(text)] }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return { requestId: response.headers.get('x-line-request-id') ?? retryKey };
    if (response.status === 409) {
      return { requestId: response.headers.get('x-line-accepted-request-id') ?? retryKey };
    }
    if ([400, 403, 404].includes(response.status)) {
      throw new PermanentDeliveryError(`LINE push refused: HTTP ${response.status}`);
    }
    throw new Error(`LINE push failed: HTTP ${response.status}`);
  }

  /** Replies to a webhook event (the reply token is valid once, for a short while). */
  async reply(replyToken: string, text: string): Promise<void> {
    const response = await fetch(`${this.config.apiBase}/v2/bot/message/reply`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ replyToken, messages: [textMessage(text)] }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new Error(`LINE reply failed: HTTP ${response.status}`);
  }

  private headers(): Record<string, string> {
    return { 'content-type': 'application/json', authorization: `Bearer ${this.config.accessToken}` };
  }
}
