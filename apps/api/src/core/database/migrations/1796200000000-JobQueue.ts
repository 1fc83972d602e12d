import PgBoss from 'pg-boss';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The durable job queue (pg-boss, schema `pgboss`) on our PostgreSQL, created here from the SQL pg-boss
 * publishes for its schema version (pg-boss runs with `migrate: false`, so only migrations change the
 * database). A pg-boss upgrade that changes its schema version needs a migration running
 * `PgBoss.getMigrationPlans('pgboss', <old version>)`; pg-boss refuses to start until then.
 *
 * Also: the outbox relay's index (unprocessed events in id order), and the events written before
 * notifications existed are marked processed, so a first worker does not announce old history.
 */
export class JobQueue1796200000000 implements MigrationInterface {
  name = 'JobQueue1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(PgBoss.getConstructionPlans('pgboss'));
    await queryRunner.query(
      `CREATE INDEX "domain_events_unprocessed" ON "domain_events" ("id") WHERE "processed_at" IS NULL`,
    );
    await queryRunner.query(`UPDATE "domain_events" SET "processed_at" = now() WHERE "processed_at" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "domain_events_unprocessed"`);
    await queryRunner.query(`DROP SCHEMA "pgboss" CASCADE`);
  }
}
