import { GraphQLError, type ASTNode } from 'graphql';
import type { MessageKey, MessageParams } from '../i18n/messages';

/** Codes of refusals decided before any resolver runs (see RequestRefusal). */
export type RefusalCode = 'NOT_FOUND' | 'TOO_MANY_REQUESTS' | 'QUERY_TOO_COMPLEX';

/**
 * A request refused before anything runs: a malformed id (scalar parsing), a depth, alias or cost limit
 * (validation and the cost check). graphql-js and Apollo wrap such errors in their own (with codes
 * like GRAPHQL_VALIDATION_FAILED); `formatError` finds this one as the root cause and answers with its
 * code and a message in the caller's language. `detail` is English for developers, shown only outside
 * production.
 */
export class RequestRefusal extends GraphQLError {
  constructor(
    readonly code: RefusalCode,
    readonly key: MessageKey,
    readonly params: MessageParams,
    detail: string,
    options: { nodes?: ASTNode | readonly ASTNode[]; status?: number } = {},
  ) {
    super(detail, {
      nodes: options.nodes,
      extensions: { code, ...(options.status && { http: { status: options.status } }) },
    });
  }
}

/** The refusal behind a (possibly wrapped) error, if any. */
export function refusalBehind(error: unknown): RequestRefusal | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof RequestRefusal) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}
