import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Employees and consent (company-groups, issue 11): `company_employments` links a learner to a partner
 * company (at most one live link per pair: a partial unique index), `company_participation_consents`
 * holds her two flags per company (no row = both false) and `company_consent_events` records every
 * change of them, append-only.
 */
export class CompanyEmployees1796300100000 implements MigrationInterface {
  name = 'CompanyEmployees1796300100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "company_employments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "status" character varying(20) NOT NULL,
        "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "confirmed_at" TIMESTAMP WITH TIME ZONE,
        "confirmed_by" uuid,
        "ended_at" TIMESTAMP WITH TIME ZONE,
        "ended_by" uuid,
        CONSTRAINT "company_employments_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "company_employments_status_check" CHECK (status IN ('requested', 'invited', 'active', 'ended')),
        CONSTRAINT "company_employments_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "company_profiles"("organisation_id") ON DELETE CASCADE,
        CONSTRAINT "company_employments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "company_employments_confirmed_by_fkey" FOREIGN KEY ("confirmed_by") REFERENCES "users"("id") ON DELETE SET NULL,
        CONSTRAINT "company_employments_ended_by_fkey" FOREIGN KEY ("ended_by") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "company_employments_one_live" ON "company_employments" ("organisation_id", "user_id") WHERE status <> 'ended'`,
    );
    await queryRunner.query(`CREATE INDEX "company_employments_user" ON "company_employments" ("user_id")`);
    await queryRunner.query(`
      CREATE TABLE "company_participation_consents" (
        "organisation_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "shares_participation" boolean NOT NULL DEFAULT false,
        "allows_nomination" boolean NOT NULL DEFAULT false,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "company_participation_consents_pkey" PRIMARY KEY ("organisation_id", "user_id"),
        CONSTRAINT "company_participation_consents_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "company_profiles"("organisation_id") ON DELETE CASCADE,
        CONSTRAINT "company_participation_consents_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "company_consent_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "field" character varying(30) NOT NULL,
        "value" boolean NOT NULL,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "by" uuid,
        CONSTRAINT "company_consent_events_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "company_consent_events_field_check" CHECK (field IN ('shares_participation', 'allows_nomination')),
        CONSTRAINT "company_consent_events_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "company_profiles"("organisation_id") ON DELETE CASCADE,
        CONSTRAINT "company_consent_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "company_consent_events_by_fkey" FOREIGN KEY ("by") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "company_consent_events_subject" ON "company_consent_events" ("organisation_id", "user_id", "at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "company_consent_events"`);
    await queryRunner.query(`DROP TABLE "company_participation_consents"`);
    await queryRunner.query(`DROP TABLE "company_employments"`);
  }
}
