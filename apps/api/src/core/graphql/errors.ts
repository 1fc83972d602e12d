import type { MessageKey, MessageParams } from '../i18n/messages';

export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/** A field-level problem: which input field, which message. */
export interface FieldProblem {
  field: string;
  key: MessageKey;
  params?: MessageParams;
}

/**
 * The one base for errors a person may see. The GraphQL exception filter turns it into a GraphQL error
 * with `extensions.code` and a message (and per-field messages) in the caller's language.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(key);
  }

  /** The HTTP status of a REST answer (GraphQL answers keep theirs); by default the code's. */
  readonly httpStatus?: number;
}

export class BadUserInputError extends DomainError {
  constructor(fields: FieldProblem[], key: MessageKey = 'error.invalidInput') {
    super('BAD_USER_INPUT', key, {}, fields);
  }

  static field(field: string, key: MessageKey, params?: MessageParams): BadUserInputError {
    return new BadUserInputError([{ field, key, params }]);
  }
}

/** A file or body over its size limit: a field error like any other (forms show it there), HTTP 413. */
export class TooLargeError extends BadUserInputError {
  override readonly httpStatus = 413;

  constructor(field: string, key: MessageKey, params?: MessageParams) {
    super([{ field, key, params }]);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(key: MessageKey = 'error.unauthenticated') {
    super('UNAUTHENTICATED', key);
  }
}

export class ForbiddenError extends DomainError {
  constructor(key: MessageKey = 'error.forbidden') {
    super('FORBIDDEN', key);
  }
}

export class NotFoundError extends DomainError {
  constructor(key: MessageKey = 'error.notFound') {
    super('NOT_FOUND', key);
  }
}

export class ConflictError extends DomainError {
  constructor(key: MessageKey, params?: MessageParams, fields: FieldProblem[] = []) {
    super('CONFLICT', key, params, fields);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(key: MessageKey = 'error.tooManyRequests', params?: MessageParams) {
    super('TOO_MANY_REQUESTS', key, params);
  }
}
