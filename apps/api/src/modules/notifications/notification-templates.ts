import { Inject, Injectable } from '@nestjs/common';
import type { Locale } from '@tsunagu/shared/domain';
import { ENV, type Env } from '../../core/config/env';
import { CheckInCodes } from '../enrolment';
import { accountTokenLink } from '../identity';
import type { NotificationKind } from './notification-kinds';
import type { NotificationParams } from './notification.entity';
import { templatesFor, type TemplateDeps } from './templates';
import { SeminarFactsLoader } from './templates/seminar-facts';
import type { NotificationTemplate, RenderedMessage } from './templates/template';

/** Renders notifications in a locale through the kinds' templates (templates/index.ts). */
@Injectable()
export class NotificationTemplates {
  private readonly checkInCodes: CheckInCodes;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly seminars: SeminarFactsLoader,
  ) {
    this.checkInCodes = new CheckInCodes(env.JWT_SECRET);
  }

  /** A renderer whose session facts are read once for all it renders. */
  renderer(): {
    render(kind: NotificationKind, params: NotificationParams, locale: Locale): Promise<RenderedMessage>;
    brief(
      kind: NotificationKind,
      params: NotificationParams,
      locale: Locale,
    ): Promise<{ title: string; summary: string }>;
  } {
    const deps: TemplateDeps = {
      seminar: this.seminars.cached(),
      checkInCodes: this.checkInCodes,
      publicUrl: this.env.PUBLIC_URL.replace(/\/+$/, ''),
      accountTokenLink: (purpose, tokenId) => accountTokenLink(purpose, tokenId, this.env),
    };
    const templates = templatesFor(deps);
    const template = (kind: NotificationKind): NotificationTemplate => {
      const found = templates.get(kind);
      if (!found) throw new Error(`No template for ${kind}`);
      return found;
    };
    return {
      render: (kind, params, locale) => template(kind).render(params, locale),
      brief: async (kind, params, locale) => {
        const t = template(kind);
        if (t.brief) return t.brief(params, locale);
        const message = await t.render(params, locale);
        return { title: message.subject, summary: message.summary };
      },
    };
  }
}
