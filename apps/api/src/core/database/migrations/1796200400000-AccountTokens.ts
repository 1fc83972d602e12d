import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account emails (identity): single-use tokens for password reset and address verification, stored as
 * SHA-256 of the token (the raw token is derived from the row's id with an HMAC and never stored);
 * `users.email_verified_at`; the requests counted for throttling; and the published view
 * `identity_user_directory` gains `email_verified` (appended: CREATE OR REPLACE keeps the columns before).
 * Accounts that existed before have not verified their address: they stay unverified.
 */
export class AccountTokens1796200400000 implements MigrationInterface {
  name = 'AccountTokens1796200400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
      CREATE TABLE "account_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "purpose" character varying(20) NOT NULL,
        "email" character varying(254) NOT NULL,
        "token_hash" character varying(64) NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_account_tokens" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_account_tokens_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "account_tokens_purpose_check" CHECK (purpose IN ('password_reset', 'email_verification')),
        CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_account_tokens_open" ON "account_tokens" ("user_id", "purpose") WHERE used_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE "account_mail_requests" (
        "id" BIGSERIAL NOT NULL,
        "purpose" character varying(20) NOT NULL,
        "email_key" character varying(254) NOT NULL,
        "ip" character varying(64) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_account_mail_requests" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_5778bc409d3216992040dc23d3" ON "account_mail_requests" ("email_key", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_125c6f0b9c5a49712a23101e7d" ON "account_mail_requests" ("ip", "created_at")`,
    );
    await queryRunner.query(`
      CREATE OR REPLACE VIEW "identity_user_directory" AS
      SELECT id, family_name, given_name, family_name_kana, given_name_kana, email,
             email_verified_at IS NOT NULL AS email_verified
        FROM users`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "identity_user_directory"`);
    await queryRunner.query(`
      CREATE VIEW "identity_user_directory" AS
      SELECT id, family_name, given_name, family_name_kana, given_name_kana, email
        FROM users`);
    await queryRunner.query(`DROP TABLE "account_mail_requests"`);
    await queryRunner.query(`DROP TABLE "account_tokens"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
  }
}
