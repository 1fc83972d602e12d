import type { NextFunction, Request, Response } from 'express';
import { requestLocale, type TsunaguRequest } from './auth/request';
import { translate } from './i18n/messages';

/**
 * PostgreSQL cannot store U+0000 in text (nor `\u0000` in jsonb): a NUL anywhere in what she sends would
 * reach the database and fail there as an internal error with a stack trace in the log. Every JSON body
 * and query string is therefore checked once, before GraphQL or a controller sees it, and refused with
 * 400 BAD_USER_INPUT in her language: string values containing NUL, and GraphQL documents containing a
 * `\u0000` escape (which the parser turns into NUL). Multipart uploads are not JSON; what they store
 * (a file name) is caught by GraphqlExceptionFilter's mapping of PostgreSQL's encoding errors.
 */
const ESCAPED_NUL = /\\u0000/i;

export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key.includes('\u0000') || containsNul(item, depth + 1)) return true;
  }
  return false;
}

function refused(req: Request): boolean {
  const body = req.body as { query?: unknown } | undefined;
  if (containsNul(body) || containsNul(req.query)) return true;
  return typeof body?.query === 'string' && ESCAPED_NUL.test(body.query);
}

export function rejectNulCharacters(req: Request, res: Response, next: NextFunction): void {
  if (!refused(req)) return next();
  const locale = requestLocale(req as TsunaguRequest);
  res.status(400).json({
    errors: [
      {
        message: translate('error.nulCharacter', locale),
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ],
  });
}
