import type { Type } from '@nestjs/common';
import { DataSourceOptions, type MigrationInterface } from 'typeorm';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { DomainEventEntity } from '../events/domain-event.entity';
import { SnakeNamingStrategy } from './naming.strategy';

/** Core's own tables; the domains' come from their registrations. */
export const CORE_ENTITIES: readonly Type[] = [AuditLogEntity, DomainEventEntity];
export const CORE_TABLES: readonly string[] = ['audit_log', 'domain_events', 'migrations'];

/** Entities and migrations of the whole app, composed from the domains' registrations (`src/data-source.ts`). */
export interface DatabaseSchema {
  entities: readonly Type[];
  migrations: readonly Type<MigrationInterface>[];
}

/** The one set of options used by the app, the tests and the TypeORM CLI. Never `synchronize`. */
export function dataSourceOptions(url: string, schema: DatabaseSchema): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [...schema.entities],
    migrations: [...schema.migrations],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    extra: { max: 20, application_name: 'tsunagu-api' },
  };
}
