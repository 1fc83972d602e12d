import { Module } from '@nestjs/common';
import { LineLinksService } from './line-links.service';
import { LineWebhookController } from './line-webhook.controller';
import { LineWebhookService } from './line-webhook.service';
import { LineChannel } from './line.channel';
import { LineResolver } from './line.resolver';

/**
 * LINE: the channel (push), the webhook (signature, replay, linking by code) and her link's GraphQL.
 * The notifications core uses `LineChannel` to send and `LineLinksService.lineUserIdsOf` to address.
 */
@Module({
  controllers: [LineWebhookController],
  providers: [LineLinksService, LineWebhookService, LineChannel, LineResolver],
  exports: [LineChannel, LineLinksService],
})
export class LineModule {}
