import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files uploaded to courses (lesson materials, cover images), stored in PostgreSQL; lessons may point
 * at one instead of a URL, courses at an uploaded cover.
 */
export class CourseFiles1795951815397 implements MigrationInterface {
  name = 'CourseFiles1795951815397';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "course_files" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "course_id" uuid NOT NULL,
                "purpose" character varying(10) NOT NULL,
                "filename" character varying(255) NOT NULL,
                "content_type" character varying(100) NOT NULL,
                "size_bytes" integer NOT NULL,
                "sha256" character(64) NOT NULL,
                "data" bytea NOT NULL,
                "uploaded_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "course_files_limit_check" CHECK (
                    size_bytes > 0
                    AND size_bytes <= CASE
                        purpose
                        WHEN 'cover' THEN 5242880
                        ELSE 20971520
                    END
                ),
                CONSTRAINT "course_files_size_check" CHECK (size_bytes = octet_length(data)),
                CONSTRAINT "course_files_purpose_check" CHECK (purpose IN ('lesson', 'cover')),
                CONSTRAINT "PK_02469a924e4faa436554092e4f1" PRIMARY KEY ("id")
            )
        `);
    // PDFs, images and Office files are compressed already: store them out of line without trying
    // again (EXTERNAL), which also lets PostgreSQL read them without decompressing.
    await queryRunner.query(`
            ALTER TABLE "course_files" ALTER COLUMN "data" SET STORAGE EXTERNAL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5e5cd49d12104846584310b2d0" ON "course_files" ("course_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "courses"
            ADD "cover_file_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons"
            ADD "file_id" uuid
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e55aa1cd472e3271d2b102f4ef" ON "courses" ("cover_file_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c8a37644b4f35e67e603046280" ON "lessons" ("file_id")
        `);
    // Until now a file lesson always had a URL (the API required it), so both checks hold for every row.
    await queryRunner.query(`
            ALTER TABLE "lessons"
            ADD CONSTRAINT "lessons_file_source_check" CHECK (
                    kind <> 'file'
                    OR file_id IS NOT NULL
                    OR url IS NOT NULL
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons"
            ADD CONSTRAINT "lessons_file_check" CHECK (
                    file_id IS NULL
                    OR (
                        kind = 'file'
                        AND url IS NULL
                    )
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "course_files"
            ADD CONSTRAINT "FK_5e5cd49d12104846584310b2d05" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "course_files"
            ADD CONSTRAINT "FK_c352e744385e5dc48ab48dd0d5f" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "courses"
            ADD CONSTRAINT "FK_e55aa1cd472e3271d2b102f4ef4" FOREIGN KEY ("cover_file_id") REFERENCES "course_files"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    // NO ACTION (checked at the end of the statement), not RESTRICT: deleting a course removes its
    // lessons and files in one statement. A file still used by a lesson cannot be deleted on its own.
    await queryRunner.query(`
            ALTER TABLE "lessons"
            ADD CONSTRAINT "FK_c8a37644b4f35e67e6030462809" FOREIGN KEY ("file_id") REFERENCES "course_files"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "lessons" DROP CONSTRAINT "FK_c8a37644b4f35e67e6030462809"
        `);
    await queryRunner.query(`
            ALTER TABLE "courses" DROP CONSTRAINT "FK_e55aa1cd472e3271d2b102f4ef4"
        `);
    await queryRunner.query(`
            ALTER TABLE "course_files" DROP CONSTRAINT "FK_c352e744385e5dc48ab48dd0d5f"
        `);
    await queryRunner.query(`
            ALTER TABLE "course_files" DROP CONSTRAINT "FK_5e5cd49d12104846584310b2d05"
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons" DROP CONSTRAINT "lessons_file_check"
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons" DROP CONSTRAINT "lessons_file_source_check"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c8a37644b4f35e67e603046280"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e55aa1cd472e3271d2b102f4ef"
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons" DROP COLUMN "file_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "courses" DROP COLUMN "cover_file_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5e5cd49d12104846584310b2d0"
        `);
    await queryRunner.query(`
            DROP TABLE "course_files"
        `);
  }
}
