import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENV, type Env } from '../config/env';
import { dataSourceOptions, type DatabaseSchema } from './data-source';

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
        TypeOrmModule.forRootAsync({
          inject: [ENV],
          useFactory: (env: Env) => ({
            ...dataSourceOptions(env.DATABASE_URL ?? 'postgres://invalid/none', schema),
            migrationsRun: false,
            manualInitialization: process.env['TSUNAGU_NO_DATABASE'] === '1',
            retryAttempts: 1,
          }),
        }),
      ],
    };
  }
}
