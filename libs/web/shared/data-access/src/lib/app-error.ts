import { CombinedGraphQLErrors } from '@apollo/client/errors';

export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
/** NETWORK: the API did not answer; UNKNOWN: it answered with something we cannot classify. */
export type AppErrorCode = ApiErrorCode | 'NETWORK' | 'UNKNOWN';

export interface AppError {
  code: AppErrorCode;
  /** Already localized by the API (from Accept-Language) when it came from the API. */
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

function graphQLErrorsOf(error: unknown): readonly GraphQLErrorLike[] | null {
  if (CombinedGraphQLErrors.is(error)) return error.errors as readonly GraphQLErrorLike[];
  if (error && typeof error === 'object') {
    const candidate =
      (error as { errors?: unknown; graphQLErrors?: unknown }).errors ??
      (error as { graphQLErrors?: unknown }).graphQLErrors;
    if (Array.isArray(candidate) && candidate.length > 0) return candidate as GraphQLErrorLike[];
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

/** Turns whatever Apollo threw into one shape the forms can show. */
export function toAppError(error: unknown): AppError {
  const graphQLErrors = graphQLErrorsOf(error);
  if (graphQLErrors) {
    const first = graphQLErrors.find((e) => isApiCode(e.extensions?.['code'])) ?? graphQLErrors[0];
    const code = first.extensions?.['code'];
    const message = typeof first.message === 'string' ? first.message : '';
    const result: AppError = { code: isApiCode(code) ? code : 'UNKNOWN', message };
    const fields = fieldsOf(first.extensions?.['fields']);
    if (fields) result.fields = fields;
    return result;
  }
  if (
    error instanceof TypeError ||
    (error instanceof Error && /fetch|network/i.test(error.name + error.message))
  ) {
    return { code: 'NETWORK', message: error.message };
  }
  if (error instanceof Error) return { code: 'UNKNOWN', message: error.message };
  return { code: 'UNKNOWN', message: String(error) };
}

/** True when a GraphQL result's errors say the access token is missing or expired. */
export function hasUnauthenticatedError(errors: readonly GraphQLErrorLike[] | undefined | null): boolean {
  return !!errors?.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
}
