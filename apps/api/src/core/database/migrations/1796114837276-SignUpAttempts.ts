import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-ups per client IP over a sliding window (sign-up throttling, like sign_in_failures). */
export class SignUpAttempts1796114837276 implements MigrationInterface {
  name = 'SignUpAttempts1796114837276';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "sign_up_attempts" (
                "id" BIGSERIAL NOT NULL,
                "ip" character varying(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_08a60cd91166dae0f84699ae322" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_2c204db2b9a137b28056f77f31" ON "sign_up_attempts" ("ip", "created_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_2c204db2b9a137b28056f77f31"
        `);
    await queryRunner.query(`
            DROP TABLE "sign_up_attempts"
        `);
  }
}
