import type { NestExpressApplication } from '@nestjs/platform-express';
import { REQUEST_LIMITS } from './graphql/limits';

/** HTTP settings shared by main.ts and the integration tests, so tests run the app as served. */
export function configureHttp(app: NestExpressApplication): void {
  // Behind a local reverse proxy the client's address comes from X-Forwarded-For (sign-in throttling).
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // GraphQL answers are POSTs that no cache revalidates; hashing every body for an ETag is wasted work.
  app.set('etag', false);
  // The largest legitimate body fits with room to spare; a larger one is refused with 413 and a localized
  // GraphQL-shaped error (GraphqlExceptionFilter) before it is parsed.
  app.useBodyParser('json', { limit: REQUEST_LIMITS.bodyBytes });
}
