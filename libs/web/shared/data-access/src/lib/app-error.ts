import { CombinedGraphQLErrors, ServerParseError, UnconventionalError } from '@apollo/client/errors';
import { errorText, type I18nService } from '@tsunagu/web/shared/util';

export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
/**
 * NETWORK: the API did not answer (offline, connection refused); SERVER: it answered with a failure of
 * its own (5xx, a body that is not GraphQL); UNKNOWN: something we cannot classify.
 */
export type AppErrorCode = ApiErrorCode | 'NETWORK' | 'SERVER' | 'UNKNOWN';

export interface AppError {
  code: AppErrorCode;
  /**
   * The API's message, already localized (from Accept-Language); empty for NETWORK, SERVER and
   * UNKNOWN, whose words are ours (raw transport text such as "Failed to fetch" never reaches her).
   */
  message: string;
  /** Per-field messages for BAD_USER_INPUT, keyed by input field name. */
  fields?: Record<string, string>;
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

function isApiCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

function errorsArray(value: unknown): readonly GraphQLErrorLike[] | null {
  return Array.isArray(value) && value.length > 0 ? (value as GraphQLErrorLike[]) : null;
}

function graphQLErrorsOf(error: unknown): readonly GraphQLErrorLike[] | null {
  if (CombinedGraphQLErrors.is(error)) return error.errors as readonly GraphQLErrorLike[];
  if (error && typeof error === 'object') {
    const e = error as { errors?: unknown; graphQLErrors?: unknown; error?: unknown };
    // Angular's HttpErrorResponse keeps the body in `error`: Apollo Server answers GraphQL errors
    // found before execution (a variable of the wrong type) with HTTP 400 and the usual errors array.
    const body = e.error && typeof e.error === 'object' ? (e.error as { errors?: unknown }).errors : null;
    return errorsArray(e.errors) ?? errorsArray(e.graphQLErrors) ?? errorsArray(body);
  }
  return null;
}

function fieldsOf(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(value)) {
    if (typeof message === 'string') fields[name] = message;
    else if (Array.isArray(message) && typeof message[0] === 'string') fields[name] = message[0];
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/** The HTTP status of a transport failure (Angular's HttpErrorResponse, Apollo's ServerError), if any. */
function httpStatusOf(error: unknown): number | null {
  if (!error || typeof error !== 'object') return null;
  const e = error as { status?: unknown; statusCode?: unknown };
  if (typeof e.status === 'number') return e.status;
  if (typeof e.statusCode === 'number') return e.statusCode;
  return null;
}

function codeForStatus(status: number): AppErrorCode {
  if (status === 0) return 'NETWORK';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  // Anything else answered at the HTTP level (5xx, an HTML error page with 200) is the server's trouble.
  return 'SERVER';
}

/** Turns whatever Apollo (or a fetch) threw into one shape the pages can show. */
export function toAppError(error: unknown): AppError {
  const graphQLErrors = graphQLErrorsOf(error);
  if (graphQLErrors) {
    const first = graphQLErrors.find((e) => isApiCode(e.extensions?.['code'])) ?? graphQLErrors[0];
    const code = first?.extensions?.['code'];
    if (!first || !isApiCode(code)) return { code: 'SERVER', message: '' };
    const result: AppError = { code, message: typeof first.message === 'string' ? first.message : '' };
    const fields = fieldsOf(first.extensions?.['fields']);
    if (fields) result.fields = fields;
    return result;
  }
  // Apollo wraps what it cannot recognise; the cause says what happened.
  if (UnconventionalError.is(error) && error.cause !== undefined && error.cause !== error)
    return toAppError(error.cause);
  const status = httpStatusOf(error);
  if (status !== null) return { code: codeForStatus(status), message: '' };
  if (ServerParseError.is(error)) return { code: 'SERVER', message: '' };
  if (
    error instanceof TypeError ||
    (error instanceof Error && /fetch|network|offline/i.test(error.name + ' ' + error.message))
  ) {
    return { code: 'NETWORK', message: '' };
  }
  return { code: 'UNKNOWN', message: '' };
}

/** True when a GraphQL result's errors say the access token is missing or expired. */
export function hasUnauthenticatedError(errors: readonly GraphQLErrorLike[] | undefined | null): boolean {
  return !!errors?.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
}

/** The sentence for whatever was thrown: the API's localized message, or our words for the rest. */
export function appErrorText(error: unknown, i18n: Pick<I18nService, 't'>): string {
  return errorText(i18n, toAppError(error));
}
