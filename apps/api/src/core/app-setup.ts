import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { REQUEST_LIMITS } from './graphql/limits';
import { rejectNulCharacters } from './nul-characters';

function keepRawBodyOfApiRoutes(
  req: IncomingMessage & { rawBody?: Buffer },
  _res: unknown,
  body: Buffer,
): void {
  if (req.url?.startsWith('/api/')) req.rawBody = body;
}

/** HTTP settings shared by main.ts and the integration tests, so tests run the app as served. */
export function configureHttp(app: NestExpressApplication): void {
  // Behind a local reverse proxy the client's address comes from X-Forwarded-For (sign-in throttling).
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // GraphQL answers are POSTs that no cache revalidates; hashing every body for an ETag is wasted work.
  app.set('etag', false);
  // Answers over 1 KB in brotli (quality 4, compression's default: fast enough per request) or gzip when
  // the client accepts them. Stored course files are left alone: their strong ETag names exact bytes,
  // and most are already compressed formats. Precompressed web assets pass through untouched.
  const compress = compression({
    threshold: 1024,
    filter: (req: Request, res: Response) =>
      !req.path.startsWith('/api/files/') && compression.filter(req, res),
  });
  // A client that accepts no encoding (scripts, the benchmarks) skips the negotiation altogether: about
  // 1.5 % of a catalogue request's CPU in a profile.
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.headers['accept-encoding'] ? compress(req, res, next) : next(),
  );
  // The largest legitimate body fits with room to spare; a larger one is refused with 413 and a localized
  // GraphQL-shaped error (GraphqlExceptionFilter) before it is parsed.
  // REST routes under /api/ keep the raw bytes too (req.rawBody): a webhook's signature is over them
  // (the LINE webhook), and re-serialising the parsed JSON would not give them back.
  app.useBodyParser('json', { limit: REQUEST_LIMITS.bodyBytes, verify: keepRawBodyOfApiRoutes });
  // NUL cannot be stored: refused once here, before anything runs (nul-characters.ts).
  app.use(rejectNulCharacters);
}
