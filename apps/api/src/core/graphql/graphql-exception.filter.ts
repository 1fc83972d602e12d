import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { requestLocale, type TsunaguRequest } from '../auth/request';
import { translate, type MessageKey } from '../i18n/messages';
import { DomainError } from './errors';
import { REQUEST_LIMITS } from './limits';

const HTTP_CODES: Record<number, { code: string; key: MessageKey }> = {
  400: { code: 'BAD_USER_INPUT', key: 'error.invalidInput' },
  401: { code: 'UNAUTHENTICATED', key: 'error.unauthenticated' },
  403: { code: 'FORBIDDEN', key: 'error.forbidden' },
  404: { code: 'NOT_FOUND', key: 'error.notFound' },
  429: { code: 'TOO_MANY_REQUESTS', key: 'error.tooManyRequests' },
};

/**
 * Maps every error a resolver (or field resolver, or HTTP route) throws to a coded error with a message
 * in the caller's language. Unknown errors are logged and shown as a generic internal error.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger(GraphqlExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost) {
    const isGraphql = host.getType<GqlContextType>() === 'graphql';
    const req = isGraphql
      ? GqlArgumentsHost.create(host).getContext<{ req?: TsunaguRequest }>().req
      : host.switchToHttp().getRequest<TsunaguRequest>();
    const error = this.toGraphqlError(exception, req);
    if (isGraphql) return error;
    const status = Number(error.extensions['status'] ?? 500);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(status)
      .json({ errors: [error.toJSON()] });
    return undefined;
  }

  toGraphqlError(exception: unknown, req: TsunaguRequest | undefined): GraphQLError {
    const locale = requestLocale(req);
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof DomainError) {
      const fields = exception.fields.length
        ? Object.fromEntries(exception.fields.map((f) => [f.field, translate(f.key, locale, f.params)]))
        : undefined;
      return new GraphQLError(translate(exception.key, locale, exception.params), {
        extensions: {
          code: exception.code,
          ...(fields && { fields }),
          status: exception.httpStatus ?? statusOf(exception.code),
        },
      });
    }
    if (isBodyTooLarge(exception)) {
      return new GraphQLError(
        translate('error.payloadTooLarge', locale, { max: REQUEST_LIMITS.bodyBytes / 1024 }),
        { extensions: { code: 'PAYLOAD_TOO_LARGE', status: 413 } },
      );
    }
    if (isUnstorableCharacter(exception)) {
      // A NUL that reached PostgreSQL by a path nul-characters.ts does not see (a multipart file name).
      return new GraphQLError(translate('error.nulCharacter', locale), {
        extensions: { code: 'BAD_USER_INPUT', status: 400 },
      });
    }
    if (exception instanceof HttpException) {
      const mapped = HTTP_CODES[exception.getStatus()];
      if (mapped) {
        return new GraphQLError(translate(mapped.key, locale), {
          extensions: { code: mapped.code, status: exception.getStatus() },
        });
      }
    }
    this.logger.error(
      exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
    );
    return new GraphQLError(translate('error.internal', locale), {
      extensions: { code: 'INTERNAL_SERVER_ERROR', status: 500 },
    });
  }
}

/**
 * PostgreSQL's refusal of a character it cannot store: 22021 (a NUL in text) and 22P05 (`\u0000` in
 * jsonb). Both come only from what a user sent.
 */
function isUnstorableCharacter(exception: unknown): boolean {
  const code = (exception as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  return code === '22021' || code === '22P05';
}

/** body-parser's refusal of a body over its `limit` (an http-errors error, not a Nest exception). */
function isBodyTooLarge(exception: unknown): boolean {
  return (exception as { type?: unknown } | null)?.type === 'entity.too.large';
}

function statusOf(code: string): number {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'TOO_MANY_REQUESTS':
      return 429;
    default:
      return 500;
  }
}
