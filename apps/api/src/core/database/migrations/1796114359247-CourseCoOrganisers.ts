import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations that run a course with its provider (共催); their staff edit it and run its sessions. */
export class CourseCoOrganisers1796114359247 implements MigrationInterface {
  name = 'CourseCoOrganisers1796114359247';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "course_co_organisers" (
                "course_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "added_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_77558d1c8f5735a1f63fd253dfb" PRIMARY KEY ("course_id", "organisation_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4147d531a21593108d301ab0f3" ON "course_co_organisers" ("organisation_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "course_co_organisers"
            ADD CONSTRAINT "FK_664f432346f79ae056c7ecc053c" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "course_co_organisers"
            ADD CONSTRAINT "FK_4147d531a21593108d301ab0f3d" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "course_co_organisers" DROP CONSTRAINT "FK_4147d531a21593108d301ab0f3d"
        `);
    await queryRunner.query(`
            ALTER TABLE "course_co_organisers" DROP CONSTRAINT "FK_664f432346f79ae056c7ecc053c"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4147d531a21593108d301ab0f3"
        `);
    await queryRunner.query(`
            DROP TABLE "course_co_organisers"
        `);
  }
}
