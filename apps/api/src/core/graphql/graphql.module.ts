import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import type { GraphQLFormattedError } from 'graphql';
import type { TsunaguRequest } from '../auth/request';
import { ENV, type Env } from '../config/env';
import { DataLoaderRegistry, type GraphqlContext } from './dataloaders';
import './enums';
import { GraphqlExceptionFilter } from './graphql-exception.filter';
import { useDefaultResolverForPlainFields } from './plain-fields';
import { createValidationPipe } from './validation';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** In production an unexpected error's message never leaves the server; `status` is internal only. */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const { status: _status, stacktrace, ...extensions } = formatted.extensions ?? {};
    const code = String(extensions['code'] ?? 'INTERNAL_SERVER_ERROR');
    if (production && !KNOWN_CODES.has(code)) {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return {
      ...formatted,
      extensions: { ...extensions, ...(!production && stacktrace ? { stacktrace } : {}) },
    };
  };
}

@Module({
  imports: [
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [ENV],
      useFactory: (env: Env): ApolloDriverConfig => {
        const production = env.NODE_ENV === 'production';
        return {
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: !production,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: !production,
          fieldResolverEnhancers: ['guards', 'filters'],
          transformSchema: useDefaultResolverForPlainFields,
          context: ({ req }: { req: TsunaguRequest }): GraphqlContext => ({
            req,
            loaders: new DataLoaderRegistry(),
          }),
          formatError: formatError(production),
          // No cache hints are used; the default cache-control plugin wraps every field resolver, which the
          // catalogue benchmark showed as a measurable per-field cost on long pages.
          plugins: [ApolloServerPluginCacheControlDisabled()],
        };
      },
    }),
  ],
  providers: [
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
    { provide: APP_PIPE, useFactory: createValidationPipe },
  ],
})
export class GraphqlModule {}
