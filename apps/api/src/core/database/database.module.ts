import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENV, type Env } from '../config/env';
import { dataSourceOptions, type DatabaseSchema } from './data-source';
import { SqlStatementCount } from './sql-statement-count';

/** The benchmark's statement count, provided only when BENCH_COUNT_SQL=1 (else null). */
@Module({
  providers: [
    {
      provide: SqlStatementCount,
      inject: [ENV],
      useFactory: (env: Env) => (env.BENCH_COUNT_SQL === '1' ? new SqlStatementCount() : null),
    },
  ],
  exports: [SqlStatementCount],
})
class SqlStatementCountModule {}

/**
 * The app's one DataSource, over the schema the app composes from its domains. main.ts resolves
 * DATABASE_URL (or starts the embedded server) and runs migrations before the app is created, so this
 * module only connects. `TSUNAGU_NO_DATABASE=1` (schema emit/check) skips connecting: the schema needs
 * no database.
 */
@Module({})
export class DatabaseModule {
  static forRoot(schema: DatabaseSchema): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        SqlStatementCountModule,
        TypeOrmModule.forRootAsync({
          imports: [SqlStatementCountModule],
          inject: [ENV, SqlStatementCount],
          useFactory: (env: Env, count: SqlStatementCount | null) => {
            const options = dataSourceOptions(env.DATABASE_URL ?? 'postgres://invalid/none', schema);
            return {
              ...options,
              ...(count && { extra: { ...options.extra, Client: count.countingClient } }),
              migrationsRun: false,
              manualInitialization: process.env['TSUNAGU_NO_DATABASE'] === '1',
              retryAttempts: 1,
            };
          },
        }),
      ],
      exports: [SqlStatementCountModule],
    };
  }
}
