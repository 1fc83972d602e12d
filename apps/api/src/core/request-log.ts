import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

let nextId = 0;

/**
 * One JSON line per HTTP request (production): method, URL, status and milliseconds, at `info` (`error`
 * for 5xx). It replaces nestjs-pino's per-request middleware (pino-http plus an AsyncLocalStorage scope),
 * which cost about a fifth of the API's CPU per enrolment in the rush benchmark: pino-http serialises
 * every request into a child logger whether or not anything is logged, and the AsyncLocalStorage scope
 * turns on Node's promise hooks for every promise of the process. The price: application log lines
 * written during a request no longer carry its id. Headers are not logged (the old line redacted
 * `authorization` and `cookie` anyway).
 */
export function requestLog(logger: () => Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = performance.now();
    const id = ++nextId;
    res.once('finish', () => {
      const log = logger();
      const level = res.statusCode >= 500 ? 'error' : 'info';
      if (!log.isLevelEnabled(level)) return;
      log[level](
        // Flat fields: the logger's `req`/`res` serializers expect Node's request and response objects.
        {
          reqId: id,
          method: req.method,
          url: req.originalUrl,
          statusCode: res.statusCode,
          responseTime: Math.round(performance.now() - started),
        },
        'request completed',
      );
    });
    next();
  };
}
