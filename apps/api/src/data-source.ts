import type { Type } from '@nestjs/common';
import type { DataSourceOptions, MigrationInterface } from 'typeorm';
import { CORE_ENTITIES, dataSourceOptions, type DatabaseSchema } from './core/database/data-source';
import { DOMAINS } from './modules';

/** A migration class's timestamp: the digits its name ends with (`Identity1795314582990`). */
function timestampOf(migration: Type<MigrationInterface>): number {
  const digits = /(\d{13})$/.exec(migration.name)?.[1];
  if (!digits) throw new Error(`Migration ${migration.name} does not end with its 13-digit timestamp`);
  return Number(digits);
}

/** Every migration of every domain, in timestamp order (the API ships as one bundle: imported, not globbed). */
export const APP_MIGRATIONS: readonly Type<MigrationInterface>[] = DOMAINS.flatMap((d) => d.migrations).sort(
  (a, b) => timestampOf(a) - timestampOf(b),
);

/** Core's entities and every domain's. */
export const APP_SCHEMA: DatabaseSchema = {
  entities: [...CORE_ENTITIES, ...DOMAINS.flatMap((d) => d.entities)],
  migrations: APP_MIGRATIONS,
};

/** The options of the app, the tests and the TypeORM CLI (`data-source.cli.ts`). */
export function appDataSourceOptions(url: string): DataSourceOptions {
  return dataSourceOptions(url, APP_SCHEMA);
}
