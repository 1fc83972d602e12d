import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner company profiles (company-groups, issue 11): `company_profiles` on the company's organisation
 * (法人番号 unique by a named constraint, industry as 日本標準産業分類 大分類 A–T, size band, status in the
 * programme and the secretariat that decides it), its contact people (at most 5, by position) and its
 * certifications (each kind but `other` once per company; `other` carries a name, the others none).
 * The organisation's `certifications` column stays, as the marks derived from these rows.
 */
export class CompanyProfiles1796300000000 implements MigrationInterface {
  name = 'CompanyProfiles1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "company_profiles" (
        "organisation_id" uuid NOT NULL,
        "name_kana" character varying(100) NOT NULL,
        "corporate_number" character(13) NOT NULL,
        "industry" character(1) NOT NULL,
        "size_band" character varying(20) NOT NULL,
        "postal_code" character varying(8),
        "address" character varying(300),
        "website" character varying(1000),
        "status" character varying(20) NOT NULL,
        "secretariat_organisation_id" uuid NOT NULL,
        "decline_reason" text,
        "applied_by" uuid,
        "decided_by" uuid,
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "company_profiles_pkey" PRIMARY KEY ("organisation_id"),
        CONSTRAINT "company_profiles_corporate_number_unique" UNIQUE ("corporate_number"),
        CONSTRAINT "company_profiles_industry_check" CHECK (industry IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T')),
        CONSTRAINT "company_profiles_size_band_check" CHECK (size_band IN ('under_30', '30_99', '100_299', '300_999', '1000_plus')),
        CONSTRAINT "company_profiles_status_check" CHECK (status IN ('applied', 'approved', 'declined')),
        CONSTRAINT "company_profiles_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE,
        CONSTRAINT "company_profiles_secretariat_organisation_id_fkey" FOREIGN KEY ("secretariat_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT,
        CONSTRAINT "company_profiles_applied_by_fkey" FOREIGN KEY ("applied_by") REFERENCES "users"("id") ON DELETE SET NULL,
        CONSTRAINT "company_profiles_decided_by_fkey" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "company_profiles_secretariat" ON "company_profiles" ("secretariat_organisation_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "company_contacts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "name" character varying(50) NOT NULL,
        "department" character varying(100),
        "email" character varying(254) NOT NULL,
        "phone" character varying(30),
        "position" integer NOT NULL,
        CONSTRAINT "company_contacts_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "company_contacts_position_unique" UNIQUE ("organisation_id", "position"),
        CONSTRAINT "company_contacts_position_check" CHECK (position BETWEEN 1 AND 5),
        CONSTRAINT "company_contacts_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "company_profiles"("organisation_id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "company_certifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "kind" character varying(30) NOT NULL,
        "other_name" character varying(100),
        "certified_on" date NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "company_certifications_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "company_certifications_kind_check" CHECK (kind IN ('kurumin', 'platinum_kurumin', 'tryangle_kurumin', 'eruboshi_1', 'eruboshi_2', 'eruboshi_3', 'platinum_eruboshi', 'other')),
        CONSTRAINT "company_certifications_other_name_check" CHECK ((kind = 'other') = (other_name IS NOT NULL)),
        CONSTRAINT "company_certifications_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "company_profiles"("organisation_id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "company_certifications_one_per_kind" ON "company_certifications" ("organisation_id", "kind") WHERE kind <> 'other'`,
    );
    await queryRunner.query(
      `CREATE INDEX "company_certifications_organisation" ON "company_certifications" ("organisation_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "company_certifications"`);
    await queryRunner.query(`DROP TABLE "company_contacts"`);
    await queryRunner.query(`DROP TABLE "company_profiles"`);
  }
}
