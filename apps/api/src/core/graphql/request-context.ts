import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { TsunaguRequest } from '../auth/request';

const storage = new AsyncLocalStorage<TsunaguRequest>();

/**
 * The HTTP request a GraphQL answer is for. Apollo's `formatError` is given the error only, yet errors
 * Apollo raises itself (syntax, validation, variables) must be worded in the caller's language too.
 * nestjs-pino already keeps an AsyncLocalStorage per request, so this one adds no new hooks.
 */
export function currentGraphqlRequest(): TsunaguRequest | undefined {
  return storage.getStore();
}

@Injectable()
export class GraphqlRequestContextMiddleware implements NestMiddleware {
  use(req: TsunaguRequest, _res: Response, next: NextFunction): void {
    storage.run(req, next);
  }
}
