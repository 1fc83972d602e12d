import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { lineSignature } from '../src/modules/notifications/line/line-signature';

export interface StubRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: { to?: string; replyToken?: string; messages?: { type: string; text: string }[] };
  /** What the stub answered. */
  status: number;
}

/** A LINE channel's secret and token for tests (the stub accepts only this token). */
export const LINE_TEST_SECRET = 'line-test-channel-secret';
export const LINE_TEST_TOKEN = 'line-test-access-token';

/**
 * A local stand-in for the LINE Messaging API (no outside network in tests): a real HTTP server that
 * implements `POST /v2/bot/message/push` and `/v2/bot/message/reply` as LINE documents them, records
 * every request, and honours `X-Line-Retry-Key`: a key it accepted before is answered 409 with
 * `x-line-accepted-request-id` and is not delivered again. `delivered` holds what reached a phone.
 */
export class LineStub {
  readonly requests: StubRequest[] = [];
  readonly delivered: { to: string; text: string; retryKey: string | null; requestId: string }[] = [];
  readonly replies: { replyToken: string; text: string }[] = [];
  /** Answer the next pushes with this status (500: an outage) instead of accepting them. */
  failNextPushes: { count: number; status: number } = { count: 0, status: 500 };
  /** LINE user ids that blocked the official account (push answers 400). */
  readonly blocked = new Set<string>();
  private readonly accepted = new Map<string, string>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<LineStub> {
    let stub: LineStub | null = null;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const answer = stub?.answer(req.url ?? '', req.headers, Buffer.concat(chunks).toString('utf8')) ?? {
          status: 503,
          headers: {},
          body: {},
        };
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        res.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    stub = new LineStub(server);
    return stub;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The app's LINE environment, pointed at this stub. */
  env(): Record<string, string> {
    return {
      LINE_CHANNEL_SECRET: LINE_TEST_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: LINE_TEST_TOKEN,
      LINE_API_BASE: this.url,
    };
  }

  pushes(): StubRequest[] {
    return this.requests.filter((r) => r.path === '/v2/bot/message/push');
  }

  stop(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }

  private answer(
    path: string,
    headers: IncomingHttpHeaders,
    raw: string,
  ): { status: number; headers: Record<string, string>; body: object } {
    let body: StubRequest['body'] = {};
    try {
      body = JSON.parse(raw) as StubRequest['body'];
    } catch {
      return this.record(path, headers, body, 400, { message: 'The request body has 1 error(s)' });
    }
    if (headers['authorization'] !== `Bearer ${LINE_TEST_TOKEN}`) {
      return this.record(path, headers, body, 401, { message: 'Authentication failed' });
    }
    const text = body.messages?.[0]?.text ?? '';
    if (path === '/v2/bot/message/reply') {
      this.replies.push({ replyToken: body.replyToken ?? '', text });
      return this.record(path, headers, body, 200, {});
    }
    if (path !== '/v2/bot/message/push')
      return this.record(path, headers, body, 404, { message: 'Not found' });
    const retryKey = typeof headers['x-line-retry-key'] === 'string' ? headers['x-line-retry-key'] : null;
    const acceptedId = retryKey ? this.accepted.get(retryKey) : undefined;
    if (acceptedId) {
      return this.record(
        path,
        headers,
        body,
        409,
        { message: 'The retry key is already accepted' },
        {
          'x-line-accepted-request-id': acceptedId,
        },
      );
    }
    if (this.failNextPushes.count > 0) {
      this.failNextPushes.count--;
      return this.record(path, headers, body, this.failNextPushes.status, { message: 'Internal error' });
    }
    if (!body.to || this.blocked.has(body.to)) {
      return this.record(path, headers, body, 400, { message: 'Failed to send messages' });
    }
    const requestId = randomUUID();
    if (retryKey) this.accepted.set(retryKey, requestId);
    this.delivered.push({ to: body.to, text, retryKey, requestId });
    return this.record(
      path,
      headers,
      body,
      200,
      { sentMessages: [{ id: requestId }] },
      {
        'x-line-request-id': requestId,
      },
    );
  }

  private record(
    path: string,
    headers: IncomingHttpHeaders,
    body: StubRequest['body'],
    status: number,
    answer: object,
    answerHeaders: Record<string, string> = {},
  ) {
    this.requests.push({ path, headers, body, status });
    return { status, headers: answerHeaders, body: answer };
  }
}

/** A LINE user id of the documented shape (`U` + 32 hex digits). */
export function lineUserId(): string {
  return `U${randomUUID().replace(/-/g, '')}`;
}

/** Sends `body` to the app's webhook as LINE would, signed with `secret` (or the header given). */
export async function postWebhook(
  appUrl: string,
  body: object | string,
  options: { secret?: string; signature?: string | null } = {},
): Promise<{ status: number; body: unknown }> {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const signature =
    options.signature === undefined
      ? lineSignature(options.secret ?? LINE_TEST_SECRET, raw)
      : options.signature;
  const response = await fetch(`${appUrl}/api/line/webhook`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature !== null && { 'x-line-signature': signature }),
    },
    body: raw,
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed };
}

/** A text message event from `from`, as LINE sends it. */
export function textEvent(from: string, text: string, webhookEventId = randomUUID()): object {
  return {
    type: 'message',
    mode: 'active',
    timestamp: Date.now(),
    webhookEventId,
    deliveryContext: { isRedelivery: false },
    replyToken: randomUUID().replace(/-/g, ''),
    source: { type: 'user', userId: from },
    message: { id: String(Date.now()), type: 'text', quoteToken: 'q', text },
  };
}

/** A follow / unfollow event from `from`. */
export function followEvent(
  from: string,
  type: 'follow' | 'unfollow',
  webhookEventId = randomUUID(),
): object {
  return {
    type,
    mode: 'active',
    timestamp: Date.now(),
    webhookEventId,
    deliveryContext: { isRedelivery: false },
    ...(type === 'follow' && { replyToken: randomUUID().replace(/-/g, ''), follow: { isUnblocked: false } }),
    source: { type: 'user', userId: from },
  };
}
