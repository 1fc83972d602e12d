import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notifications module's LINE link and calendar feed tables (modules/notifications/line, feed):
 *
 * - `line_links`: her account ↔ one LINE user (each LINE user linked to one account at most).
 * - `line_link_codes`: one-time codes she sends to the official account to link it; only their
 *   HMAC is stored, valid 15 minutes, used once.
 * - `line_webhook_events`: the webhook event ids already handled, so a redelivered event is ignored.
 * - `calendar_feeds`: her private iCal feed; only the token's hash is stored (one feed per user: issuing
 *   again replaces the row, which revokes the previous URL).
 */
export class LineAndFeed1796200200000 implements MigrationInterface {
  name = 'LineAndFeed1796200200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "line_links" (
        "user_id" uuid PRIMARY KEY REFERENCES "users"("id") ON DELETE CASCADE,
        "line_user_id" text NOT NULL CONSTRAINT "line_links_line_user_id_key" UNIQUE
          CONSTRAINT "line_links_line_user_id_check" CHECK ("line_user_id" ~ '^U[0-9a-f]{32}$'),
        "linked_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`
      CREATE TABLE "line_link_codes" (
        "code_hash" char(64) PRIMARY KEY,
        "user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE INDEX "line_link_codes_user_id_idx" ON "line_link_codes" ("user_id")`);
    await queryRunner.query(`
      CREATE TABLE "line_webhook_events" (
        "webhook_event_id" text PRIMARY KEY
          CONSTRAINT "line_webhook_events_id_check" CHECK (char_length("webhook_event_id") BETWEEN 1 AND 64),
        "received_at" timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(
      `CREATE INDEX "line_webhook_events_received_at_idx" ON "line_webhook_events" ("received_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "calendar_feeds" (
        "user_id" uuid PRIMARY KEY REFERENCES "users"("id") ON DELETE CASCADE,
        "token_hash" char(64) NOT NULL CONSTRAINT "calendar_feeds_token_hash_key" UNIQUE,
        "created_at" timestamptz NOT NULL DEFAULT now())`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
    await queryRunner.query(`DROP TABLE "line_webhook_events"`);
    await queryRunner.query(`DROP TABLE "line_link_codes"`);
    await queryRunner.query(`DROP TABLE "line_links"`);
  }
}
