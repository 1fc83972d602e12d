import type { Env } from '../../../core/config/env';

/** The LINE channel's settings, or null when it is not configured (then LINE is off everywhere). */
export interface LineConfig {
  readonly channelSecret: string;
  readonly accessToken: string;
  readonly apiBase: string;
}

export function lineConfigOf(env: Env): LineConfig | null {
  if (!env.LINE_CHANNEL_SECRET || !env.LINE_CHANNEL_ACCESS_TOKEN) return null;
  return {
    channelSecret: env.LINE_CHANNEL_SECRET,
    accessToken: env.LINE_CHANNEL_ACCESS_TOKEN,
    apiBase: env.LINE_API_BASE.replace(/\/+$/, ''),
  };
}

/** LINE's limit on one text message. */
export const LINE_TEXT_MAX = 5000;
