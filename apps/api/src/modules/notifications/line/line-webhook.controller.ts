import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { Allow, Public } from '../../../core/auth/policy';
import { LineWebhookService } from './line-webhook.service';

/**
 * `POST /api/line/webhook`: the URL given to LINE. Public (LINE signs it instead: X-Line-Signature over
 * the raw body, which core/app-setup.ts keeps for `/api/` routes).
 */
@Controller('api/line')
export class LineWebhookController {
  constructor(private readonly webhook: LineWebhookService) {}

  @Allow(Public)
  @Post('webhook')
  @HttpCode(200)
  receive(
    @Req() req: Request & { rawBody?: Buffer },
    @Headers('x-line-signature') signature: string | undefined,
  ): Promise<{ handled: number }> {
    return this.webhook.receive(req.rawBody, signature);
  }
}
