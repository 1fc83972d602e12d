import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notifications module's tables: what she was told (`notifications`, one row per message and
 * person, unique by its dedupe key), each outbound channel's attempt (`notification_deliveries`, one per
 * notification and channel) and her per-kind choices (`notification_preferences`; a missing row means
 * the defaults).
 */
export class Notifications1796200100000 implements MigrationInterface {
  name = 'Notifications1796200100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "notifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "kind" character varying(40) NOT NULL,
        "organisation_id" uuid REFERENCES "organisations" ("id") ON DELETE SET NULL,
        "params" jsonb NOT NULL DEFAULT '{}',
        "link" character varying(300),
        "dedupe_key" character varying(200) NOT NULL,
        "in_app" boolean NOT NULL DEFAULT true,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "read_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "notifications_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "notifications_dedupe_key_unique" UNIQUE ("dedupe_key")
      )`);
    await queryRunner.query(
      `CREATE INDEX "notifications_user_created" ON "notifications" ("user_id", "created_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_user_unread" ON "notifications" ("user_id") WHERE "read_at" IS NULL AND "in_app"`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_organisation" ON "notifications" ("organisation_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "notification_deliveries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "notification_id" uuid NOT NULL REFERENCES "notifications" ("id") ON DELETE CASCADE,
        "channel" character varying(10) NOT NULL,
        "address" character varying(254) NOT NULL,
        "status" character varying(10) NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" character varying(300),
        "external_id" character varying(300),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "failed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "notification_deliveries_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "notification_deliveries_one_per_channel" UNIQUE ("notification_id", "channel"),
        CONSTRAINT "notification_deliveries_channel_check" CHECK ("channel" IN ('email', 'line')),
        CONSTRAINT "notification_deliveries_status_check" CHECK ("status" IN ('pending', 'sent', 'failed'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "notification_deliveries_status" ON "notification_deliveries" ("status", "created_at" DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE "notification_preferences" (
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "kind" character varying(40) NOT NULL,
        "email" boolean NOT NULL,
        "in_app" boolean NOT NULL,
        "line" boolean NOT NULL,
        CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("user_id", "kind")
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TABLE "notification_deliveries"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
