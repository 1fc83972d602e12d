import type { GraphQLFormattedError } from 'graphql';
import { requestLocale } from '../auth/request';
import { translate, type MessageKey } from '../i18n/messages';
import { refusalBehind } from './refusal';
import { currentGraphqlRequest } from './request-context';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/**
 * Errors Apollo and graphql-js raise themselves, in English and naming the schema ("Did you mean …").
 * Ours always carry `status` (set by GraphqlExceptionFilter); these never do. They get a plain message
 * in the caller's language instead; graphql-js's own words stay in `detail` outside production only.
 * (Persisted-query errors are left alone: Apollo Client recognises them by their message.)
 */
const PROTOCOL_MESSAGES: Record<string, MessageKey> = {
  GRAPHQL_PARSE_FAILED: 'error.graphqlSyntax',
  GRAPHQL_VALIDATION_FAILED: 'error.graphqlValidation',
  OPERATION_RESOLUTION_FAILURE: 'error.graphqlValidation',
  BAD_USER_INPUT: 'error.graphqlVariables',
  BAD_REQUEST: 'error.badRequest',
};

/** graphql-js's words (sic) when the parser stops at `parseOptions.maxTokens`. */
const TOO_MANY_TOKENS = /Document contains more th(?:at|an) (\d+) tokens/;

/**
 * One place where every GraphQL error gets its final shape: a code, a message in the caller's language
 * (Accept-Language, else her preference, else Japanese), and in production no stack trace, no detail
 * and nothing of an unexpected error. `status` is internal only (HTTP answers use it).
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const { status, stacktrace, ...extensions } = formatted.extensions ?? {};
    const code = String(extensions['code'] ?? 'INTERNAL_SERVER_ERROR');
    const locale = () => requestLocale(currentGraphqlRequest());
    const debug = production ? {} : { detail: formatted.message, ...(stacktrace ? { stacktrace } : {}) };
    const located = formatted.locations ? { locations: formatted.locations } : {};

    const refusal = refusalBehind(error);
    if (refusal) {
      return {
        message: translate(refusal.key, locale(), refusal.params),
        ...located,
        extensions: { code: refusal.code, ...debug },
      };
    }
    const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOO_MANY_TOKENS.exec(formatted.message) : null;
    if (tokens) {
      return {
        message: translate('error.tooManyTokens', locale(), { max: Number(tokens[1]) }),
        extensions: { code: 'QUERY_TOO_COMPLEX', ...debug },
      };
    }
    if (status === undefined && PROTOCOL_MESSAGES[code]) {
      return {
        message: translate(PROTOCOL_MESSAGES[code], locale()),
        ...located,
        extensions: { code, ...debug },
      };
    }
    if (production && !KNOWN_CODES.has(code)) {
      return {
        message: translate('error.internal', locale()),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    return {
      ...formatted,
      extensions: { ...extensions, ...(!production && stacktrace ? { stacktrace } : {}) },
    };
  };
}
