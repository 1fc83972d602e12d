import { matchLocale, type Locale } from '@tsunagu/shared/domain';
import type { Request } from 'express';
import type { Principal } from './principal';

/** What the API remembers about one HTTP request while resolving it. */
export interface TsunaguRequestState {
  principal?: Promise<Principal | null>;
  resolvedPrincipal?: Principal | null;
}

export type TsunaguRequest = Request & { tsunagu?: TsunaguRequestState };

export function requestState(req: TsunaguRequest): TsunaguRequestState {
  req.tsunagu ??= {};
  return req.tsunagu;
}

/**
 * The language for messages: the client's Accept-Language (the web app sends its current UI language)
 * when it names ja or en, else the signed-in user's preference, else Japanese.
 */
export function requestLocale(req: TsunaguRequest | undefined): Locale {
  if (!req) return 'ja';
  return (
    matchLocale(req.headers?.['accept-language']) ?? req.tsunagu?.resolvedPrincipal?.preferredLocale ?? 'ja'
  );
}

export function requestIp(req: TsunaguRequest): string {
  return (req.ip ?? req.socket?.remoteAddress ?? 'unknown').slice(0, 64);
}
