import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files on a company group's board posts (company-groups, issue 11): `group_post_files` holds the bytes
 * in the row, like `company_files`; a file goes with its post, and removing one deletes its row.
 */
export class GroupPostFiles1796300500000 implements MigrationInterface {
  name = 'GroupPostFiles1796300500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "group_post_files" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "post_id" uuid NOT NULL,
        "filename" character varying(255) NOT NULL,
        "content_type" character varying(100) NOT NULL,
        "size_bytes" integer NOT NULL,
        "sha256" character(64) NOT NULL,
        "data" bytea NOT NULL,
        "uploaded_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "group_post_files_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "group_post_files_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "group_posts"("id") ON DELETE CASCADE,
        CONSTRAINT "group_post_files_uploaded_by_fkey" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "group_post_files_post" ON "group_post_files" ("post_id", "created_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "group_post_files"`);
  }
}
