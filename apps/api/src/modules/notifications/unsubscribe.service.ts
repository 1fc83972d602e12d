import { Inject, Injectable } from '@nestjs/common';
import { ENV, type Env } from '../../core/config/env';
import { BadUserInputError } from '../../core/graphql/errors';
import { isAccountKind } from './channel-choice';
import type { NotificationPreference } from './dto/notification.types';
import { NotificationPreferencesService } from './notification-preferences.service';
import { UnsubscribeTokens } from './unsubscribe-tokens';

/** A mail's one-click unsubscribe (List-Unsubscribe, the web page /unsubscribe): that kind's email off. */
@Injectable()
export class UnsubscribeService {
  private readonly tokens: UnsubscribeTokens;

  constructor(
    @Inject(ENV) env: Env,
    private readonly preferences: NotificationPreferencesService,
  ) {
    this.tokens = new UnsubscribeTokens(env.JWT_SECRET);
  }

  async unsubscribe(token: string): Promise<NotificationPreference> {
    const claim = token.length <= 300 ? this.tokens.verify(token) : null;
    if (!claim || isAccountKind(claim.kind))
      throw BadUserInputError.field('token', 'notifications.badUnsubscribeToken');
    // A user deleted since: the preference row cannot be written (foreign key), so the link is dead.
    try {
      return await this.preferences.emailOff(claim.userId, claim.kind);
    } catch {
      throw BadUserInputError.field('token', 'notifications.badUnsubscribeToken');
    }
  }
}
