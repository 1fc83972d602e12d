import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Employee invitations to addresses without an account (company-groups, issue 11): one unclaimed row per
 * company and normalised address, claimed (into an `invited` employment) when an account verifies it.
 */
export class CompanyEmailInvitations1796300600100 implements MigrationInterface {
  name = 'CompanyEmailInvitations1796300600100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "company_employee_email_invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "email_key" character varying(254) NOT NULL,
        "invited_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "claimed_at" TIMESTAMP WITH TIME ZONE,
        "claimed_employment_id" uuid,
        CONSTRAINT "company_employee_email_invitations_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "company_employee_email_invitations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "company_profiles"("organisation_id") ON DELETE CASCADE,
        CONSTRAINT "company_employee_email_invitations_invited_by_fkey" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "company_employee_email_invitations_one_live" ON "company_employee_email_invitations" ("organisation_id", "email_key") WHERE claimed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "company_employee_email_invitations_email" ON "company_employee_email_invitations" ("email_key") WHERE claimed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "company_employee_email_invitations_created" ON "company_employee_email_invitations" ("organisation_id", "created_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "company_employee_email_invitations"`);
  }
}
