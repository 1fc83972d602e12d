import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A company's files (company-groups, issue 11): `company_files` holds its logo and its certifications'
 * evidence files (bytes in the row); the profile points at its logo, a certification at its evidence.
 */
export class CompanyFiles1796300400000 implements MigrationInterface {
  name = 'CompanyFiles1796300400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "company_files" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "purpose" character varying(10) NOT NULL,
        "filename" character varying(255) NOT NULL,
        "content_type" character varying(100) NOT NULL,
        "size_bytes" integer NOT NULL,
        "sha256" character(64) NOT NULL,
        "data" bytea NOT NULL,
        "uploaded_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "company_files_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "company_files_purpose_check" CHECK (purpose IN ('logo', 'evidence')),
        CONSTRAINT "company_files_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "company_profiles"("organisation_id") ON DELETE CASCADE,
        CONSTRAINT "company_files_uploaded_by_fkey" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "company_files_organisation" ON "company_files" ("organisation_id")`,
    );
    await queryRunner.query(`ALTER TABLE "company_profiles" ADD "logo_file_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "company_profiles" ADD CONSTRAINT "company_profiles_logo_file_id_fkey" FOREIGN KEY ("logo_file_id") REFERENCES "company_files"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(`ALTER TABLE "company_certifications" ADD "evidence_file_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "company_certifications" ADD CONSTRAINT "company_certifications_evidence_file_id_fkey" FOREIGN KEY ("evidence_file_id") REFERENCES "company_files"("id") ON DELETE SET NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "company_certifications" DROP COLUMN "evidence_file_id"`);
    await queryRunner.query(`ALTER TABLE "company_profiles" DROP COLUMN "logo_file_id"`);
    await queryRunner.query(`DROP TABLE "company_files"`);
  }
}
