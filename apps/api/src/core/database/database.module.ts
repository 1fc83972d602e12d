import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENV, type Env } from '../config/env';
import { dataSourceOptions } from './data-source';

/**
 * The app's one DataSource. main.ts resolves DATABASE_URL (or starts the embedded server) and runs
 * migrations before the app is created, so this module only connects.
 * `TSUNAGU_NO_DATABASE=1` (schema emit/check) skips connecting: the schema needs no database.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ENV],
      useFactory: (env: Env) => ({
        ...dataSourceOptions(env.DATABASE_URL ?? 'postgres://invalid/none'),
        migrationsRun: false,
        manualInitialization: process.env['TSUNAGU_NO_DATABASE'] === '1',
        retryAttempts: 1,
      }),
    }),
  ],
})
export class DatabaseModule {}
