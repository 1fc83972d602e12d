import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ENV, type Env } from '../../../core/config/env';
import { BadUserInputError, NotFoundError, UnauthenticatedError } from '../../../core/graphql/errors';
import { LineApi } from './line-api';
import { lineConfigOf } from './line-config';
import { LineLinksService, normaliseLinkCode } from './line-links.service';
import { verifyLineSignature } from './line-signature';
import { LINE_REPLIES } from './line.messages';

/** The parts of a webhook event the app reads (https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects). */
interface LineEvent {
  type?: unknown;
  webhookEventId?: unknown;
  replyToken?: unknown;
  source?: { type?: unknown; userId?: unknown };
  message?: { type?: unknown; text?: unknown };
}

const LINE_USER_ID = /^U[0-9a-f]{32}$/;
/** Handled event ids are kept this long: LINE redelivers for a much shorter time. */
const KEEP_EVENT_IDS_DAYS = 30;

function stringOr(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The LINE webhook: verifies the signature over the raw body before anything is read or written (bad or
 * missing → 401, nothing recorded), ignores events whose id it has handled already (a redelivery), links
 * her account when she sends a valid one-time code, unlinks her when she blocks the official account,
 * and answers in chat through the reply API after its transaction committed.
 */
@Injectable()
export class LineWebhookService {
  private readonly logger = new Logger(LineWebhookService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly links: LineLinksService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async receive(rawBody: Buffer | undefined, signature: string | undefined): Promise<{ handled: number }> {
    const config = lineConfigOf(this.env);
    if (!config) throw new NotFoundError();
    if (!verifyLineSignature(config.channelSecret, rawBody, signature)) throw new UnauthenticatedError();
    const events = this.eventsOf(rawBody);
    const api = new LineApi(config);
    let handled = 0;
    for (const event of events) {
      const reply = await this.handle(event);
      if (reply === undefined) continue;
      handled++;
      const replyToken = stringOr(event.replyToken);
      if (reply && replyToken) {
        // She is answered once the link is committed; a failed reply changes nothing.
        await api.reply(replyToken, reply).catch((error: unknown) => {
          this.logger.warn(`LINE reply failed: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
    }
    await this.dataSource.query(
      `DELETE FROM line_webhook_events WHERE received_at < now() - make_interval(days => $1)`,
      [KEEP_EVENT_IDS_DAYS],
    );
    return { handled };
  }

  private eventsOf(rawBody: Buffer | undefined): LineEvent[] {
    let body: unknown;
    try {
      body = JSON.parse(rawBody?.toString('utf8') ?? '');
    } catch {
      throw new BadUserInputError([], 'error.badRequest');
    }
    const events = (body as { events?: unknown } | null)?.events;
    if (!Array.isArray(events)) throw new BadUserInputError([], 'error.badRequest');
    return events.filter((e): e is LineEvent => typeof e === 'object' && e !== null);
  }

  /**
   * One event in its own transaction, recorded by id first: undefined when it was handled before (or
   * carries no id), else the reply to send ('' for none).
   */
  private handle(event: LineEvent): Promise<string | undefined> {
    const eventId = stringOr(event.webhookEventId);
    if (!eventId || eventId.length > 64) return Promise.resolve(undefined);
    return this.dataSource.transaction(async (manager) => {
      const fresh: unknown[] = await manager.query(
        `INSERT INTO line_webhook_events (webhook_event_id) VALUES ($1)
         ON CONFLICT DO NOTHING RETURNING webhook_event_id`,
        [eventId],
      );
      if (fresh.length === 0) return undefined;
      const lineUserId = stringOr(event.source?.userId);
      if (!lineUserId || !LINE_USER_ID.test(lineUserId)) return '';
      switch (event.type) {
        case 'follow':
          return LINE_REPLIES.welcome;
        case 'unfollow':
          await this.links.unlinkLineUser(manager, lineUserId);
          return '';
        case 'message': {
          const text = event.message?.type === 'text' ? stringOr(event.message.text) : null;
          if (!text) return '';
          // Chat that is no code gets the instructions (unless she is linked already); a code that does
          // not work says so.
          if (!normaliseLinkCode(text)) {
            return (await this.links.isLinkedLineUser(manager, lineUserId)) ? '' : LINE_REPLIES.welcome;
          }
          const userId = await this.links.linkByCode(manager, lineUserId, text);
          return userId ? LINE_REPLIES.linked : LINE_REPLIES.invalidCode;
        }
        default:
          return '';
      }
    });
  }
}
