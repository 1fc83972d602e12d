import { DynamicModule, Module, Type } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './core/audit/audit.module';
import { AuthModule } from './core/auth/auth.module';
import { ConfigModule } from './core/config/config.module';
import { ENV, type Env } from './core/config/env';
import { DatabaseModule } from './core/database/database.module';
import { GraphqlModule } from './core/graphql/graphql.module';
import { HealthController } from './core/health.controller';
import { registerMessages } from './core/i18n/messages';
import { JobsModule } from './core/jobs/jobs.module';
import { APP_SCHEMA } from './data-source';
import { DOMAINS } from './modules';

for (const domain of DOMAINS) registerMessages(domain.messages);

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [ENV],
      useFactory: (env: Env) => ({
        // The logger only: main.ts writes the one line per request (core/request-log.ts), so nestjs-pino's
        // per-request middleware is bound to no route.
        forRoutes: [],
        pinoHttp: {
          level: env.LOG_LEVEL,
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          ...(env.NODE_ENV === 'development' && {
            transport: { target: 'pino-pretty', options: { singleLine: true } },
          }),
        },
      }),
    }),
    DatabaseModule.forRoot(APP_SCHEMA),
    AuditModule,
    JobsModule,
    AuthModule,
    GraphqlModule,
    ...DOMAINS.map((domain) => domain.module),
  ],
  controllers: [HealthController],
})
export class AppModule {
  /** The app with extra modules (tests use this to add fixture resolvers). */
  static with(...extra: (Type | DynamicModule)[]): DynamicModule {
    return { module: AppModule, imports: extra };
  }
}
