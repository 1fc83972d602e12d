import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A company group's planning board (company-groups, issue 11): posts (a plain post, a decision, or a
 * meeting with its date and place), comments on them, and each member company's attendance at a
 * meeting (one row per meeting and company, changed in place). Posts belong to a group of the
 * organisations module's `groups`; the author's organisation is the one she wrote for.
 */
export class CompanyGroupBoard1796300310000 implements MigrationInterface {
  name = 'CompanyGroupBoard1796300310000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "group_posts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "group_id" uuid NOT NULL,
        "author_user_id" uuid,
        "author_organisation_id" uuid NOT NULL,
        "kind" character varying(20) NOT NULL,
        "title" character varying(120) NOT NULL,
        "body" text NOT NULL,
        "starts_at" TIMESTAMP WITH TIME ZONE,
        "place" character varying(200),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "edited_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "group_posts_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "group_posts_kind_check" CHECK (kind IN ('post', 'decision', 'meeting')),
        CONSTRAINT "group_posts_meeting_check" CHECK ((kind = 'meeting') = (starts_at IS NOT NULL)),
        CONSTRAINT "group_posts_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE,
        CONSTRAINT "group_posts_author_user_id_fkey" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL,
        CONSTRAINT "group_posts_author_organisation_id_fkey" FOREIGN KEY ("author_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "group_posts_group" ON "group_posts" ("group_id", "created_at")`);
    await queryRunner.query(`
      CREATE TABLE "group_post_comments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "post_id" uuid NOT NULL,
        "author_user_id" uuid,
        "author_organisation_id" uuid NOT NULL,
        "body" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "group_post_comments_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "group_post_comments_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "group_posts"("id") ON DELETE CASCADE,
        CONSTRAINT "group_post_comments_author_user_id_fkey" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL,
        CONSTRAINT "group_post_comments_author_organisation_id_fkey" FOREIGN KEY ("author_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "group_post_comments_post" ON "group_post_comments" ("post_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "group_meeting_attendance" (
        "post_id" uuid NOT NULL,
        "organisation_id" uuid NOT NULL,
        "status" character varying(20) NOT NULL,
        "by_user_id" uuid,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "group_meeting_attendance_pkey" PRIMARY KEY ("post_id", "organisation_id"),
        CONSTRAINT "group_meeting_attendance_status_check" CHECK (status IN ('attending', 'absent', 'undecided')),
        CONSTRAINT "group_meeting_attendance_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "group_posts"("id") ON DELETE CASCADE,
        CONSTRAINT "group_meeting_attendance_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE,
        CONSTRAINT "group_meeting_attendance_by_user_id_fkey" FOREIGN KEY ("by_user_id") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "group_meeting_attendance"`);
    await queryRunner.query(`DROP TABLE "group_post_comments"`);
    await queryRunner.query(`DROP TABLE "group_posts"`);
  }
}
