import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ENV, type Env } from '../../../core/config/env';
import type { Outgoing } from '../channels/channel';
import type { RegisteredChannel } from '../channels/channel-registry';
import { LineApi } from './line-api';
import { lineConfigOf } from './line-config';
import { LineLinksService } from './line-links.service';

/** What a notification says on LINE: its subject, then its summary (the email body is too long for a chat). */
export function lineText(outgoing: Outgoing): string {
  return `${outgoing.message.subject}\n${outgoing.message.summary}`;
}

/**
 * The LINE channel: a push message to her linked LINE user (`outgoing.address`), with the delivery id as
 * `X-Line-Retry-Key`, so a retry after a crash is recognised by LINE (409: already accepted = sent).
 * Enabled only when LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are set.
 */
@Injectable()
export class LineChannel implements RegisteredChannel {
  readonly name = 'line' as const;
  private readonly api: LineApi | null;

  constructor(
    @Inject(ENV) env: Env,
    private readonly links: LineLinksService,
  ) {
    const config = lineConfigOf(env);
    this.api = config ? new LineApi(config) : null;
  }

  get enabled(): boolean {
    return this.api !== null;
  }

  /** Their linked LINE user ids (none when LINE is off). */
  addresses(manager: EntityManager, userIds: readonly string[]): Promise<ReadonlyMap<string, string>> {
    return this.links.lineUserIdsOf(manager, userIds);
  }

  async send(outgoing: Outgoing): Promise<{ externalId: string }> {
    if (!this.api) throw new Error('The LINE channel is not configured');
    const { requestId } = await this.api.push(outgoing.address, lineText(outgoing), outgoing.deliveryId);
    return { externalId: requestId };
  }
}
