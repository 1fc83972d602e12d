import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import type { TsunaguRequest } from '../auth/request';
import { ENV, type Env } from '../config/env';
import { costLimitPlugin } from './cost';
import { DataLoaderRegistry, type GraphqlContext } from './dataloaders';
import './enums';
import { formatError } from './format-error';
import { GraphqlExceptionFilter } from './graphql-exception.filter';
import { limitValidationRules, REQUEST_LIMITS } from './limits';
import { useDefaultResolverForPlainFields } from './plain-fields';
import { GraphqlRequestContextMiddleware } from './request-context';
import { validateIdsAsUuids } from './uuid-id';
import { createValidationPipe } from './validation';

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
          transformSchema: (schema) => useDefaultResolverForPlainFields(validateIdsAsUuids(schema)),
          parseOptions: { maxTokens: REQUEST_LIMITS.tokens },
          validationRules: limitValidationRules(),
          context: ({ req }: { req: TsunaguRequest }): GraphqlContext => ({
            req,
            loaders: new DataLoaderRegistry(),
          }),
          formatError: formatError(production),
          // No cache hints are used; the default cache-control plugin wraps every field resolver, which the
          // catalogue benchmark showed as a measurable per-field cost on long pages.
          plugins: [ApolloServerPluginCacheControlDisabled(), costLimitPlugin(REQUEST_LIMITS.cost)],
        };
      },
    }),
  ],
  providers: [
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
    { provide: APP_PIPE, useFactory: createValidationPipe },
  ],
})
export class GraphqlModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(GraphqlRequestContextMiddleware).forRoutes('graphql');
  }
}
