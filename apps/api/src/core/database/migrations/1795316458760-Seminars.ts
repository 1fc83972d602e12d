import { MigrationInterface, QueryRunner } from 'typeorm';

export class Seminars1795316458760 implements MigrationInterface {
  name = 'Seminars1795316458760';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "courses" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "provider_organisation_id" uuid NOT NULL,
                "title" character varying(120) NOT NULL,
                "summary" character varying(300) NOT NULL DEFAULT '',
                "description" text NOT NULL DEFAULT '',
                "category" character varying(30) NOT NULL,
                "audience_notes" character varying(500) NOT NULL DEFAULT '',
                "visibility" character varying(20) NOT NULL DEFAULT 'public',
                "status" character varying(20) NOT NULL DEFAULT 'draft',
                "tags" text array NOT NULL DEFAULT '{}',
                "cover_image_url" character varying(500),
                "created_by_id" uuid,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "courses_status_check" CHECK (status IN ('draft', 'published')),
                CONSTRAINT "courses_visibility_check" CHECK (
                    visibility IN ('public', 'company_group', 'organisation')
                ),
                CONSTRAINT "courses_category_check" CHECK (
                    category IN (
                        'leadership',
                        'startup',
                        'marketing',
                        'digital_selling',
                        'career',
                        'work_life_balance',
                        'other'
                    )
                ),
                CONSTRAINT "PK_3f70a487cc718ad8eda4e6d58c9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_840f9b48935970ae66858a3328" ON "courses" ("provider_organisation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "lessons" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "course_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "kind" character varying(10) NOT NULL,
                "title" character varying(120) NOT NULL,
                "body" text NOT NULL DEFAULT '',
                "url" character varying(1000),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_765d7de9ac3322c674bc92f3769" UNIQUE ("course_id", "position"),
                CONSTRAINT "lessons_kind_check" CHECK (kind IN ('text', 'link', 'file')),
                CONSTRAINT "PK_9b9a8d455cac672d262d7275730" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_3c4e299cf8ed04093935e2e22f" ON "lessons" ("course_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "lesson_progress" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "lesson_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_f34e3a227170e0ce674e0afb58a" UNIQUE ("lesson_id", "user_id"),
                CONSTRAINT "PK_e6223ebbc5f8f5fce40e0193de1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_0d9292b3eb40707950eeeba961" ON "lesson_progress" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "course_id" uuid NOT NULL,
                "title" character varying(120) NOT NULL DEFAULT '',
                "venue_name" character varying(120),
                "venue_address" character varying(300),
                "access_notes" character varying(500),
                "is_online" boolean NOT NULL DEFAULT false,
                "online_url" character varying(1000),
                "is_offsite" boolean NOT NULL DEFAULT false,
                "capacity" integer NOT NULL,
                "childcare_capacity" integer NOT NULL DEFAULT '0',
                "childcare_min_age_months" integer,
                "childcare_max_age_months" integer,
                "registration_opens_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "registration_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "cancellation_deadline" TIMESTAMP WITH TIME ZONE NOT NULL,
                "registration_mode" character varying(20) NOT NULL DEFAULT 'first_come',
                "draw_at" TIMESTAMP WITH TIME ZONE,
                "lottery_seed" character varying(64),
                "drawn_at" TIMESTAMP WITH TIME ZONE,
                "lottery_priorities" text array NOT NULL DEFAULT '{}',
                "completion_rule" character varying(10) NOT NULL DEFAULT 'all',
                "completion_min_meetings" integer,
                "status" character varying(20) NOT NULL DEFAULT 'scheduled',
                "confirmed_count" integer NOT NULL DEFAULT '0',
                "childcare_confirmed_count" integer NOT NULL DEFAULT '0',
                "next_waitlist_position" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "sessions_child_ages_check" CHECK (
                    childcare_min_age_months IS NULL
                    OR childcare_max_age_months IS NULL
                    OR childcare_min_age_months <= childcare_max_age_months
                ),
                CONSTRAINT "sessions_window_check" CHECK (registration_closes_at > registration_opens_at),
                CONSTRAINT "sessions_completion_check" CHECK (completion_rule IN ('all', 'at_least')),
                CONSTRAINT "sessions_status_check" CHECK (status IN ('scheduled', 'cancelled')),
                CONSTRAINT "sessions_mode_check" CHECK (registration_mode IN ('first_come', 'lottery')),
                CONSTRAINT "sessions_childcare_check" CHECK (
                    childcare_capacity >= 0
                    AND childcare_confirmed_count >= 0
                    AND childcare_confirmed_count <= childcare_capacity
                ),
                CONSTRAINT "sessions_capacity_check" CHECK (
                    capacity >= 1
                    AND confirmed_count >= 0
                    AND confirmed_count <= capacity
                ),
                CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_b8cfc5397ec5c262e83f2bf5fb" ON "sessions" ("course_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "session_meetings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "session_meetings_time_check" CHECK (ends_at > starts_at),
                CONSTRAINT "PK_5b6713152bc9c9449807652526c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e30f01a9515a3531147b7804e7" ON "session_meetings" ("session_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "session_questions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "kind" character varying(10) NOT NULL,
                "label" character varying(300) NOT NULL,
                "choices" text array NOT NULL DEFAULT '{}',
                "required" boolean NOT NULL DEFAULT false,
                CONSTRAINT "UQ_a4cad32825cc8804290e448bdbe" UNIQUE ("session_id", "position"),
                CONSTRAINT "session_questions_kind_check" CHECK (kind IN ('text', 'choice', 'yes_no')),
                CONSTRAINT "PK_620bcd90fbd1cecc42ec217ac75" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_319953f2a6b0c035614f36619e" ON "session_questions" ("session_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "enrolments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "status" character varying(20) NOT NULL,
                "waitlist_position" integer,
                "childcare_requested" boolean NOT NULL DEFAULT false,
                "childcare_confirmed" boolean NOT NULL DEFAULT false,
                "child_ages_months" integer array NOT NULL DEFAULT '{}',
                "answers" jsonb NOT NULL DEFAULT '[]',
                "priority_tier" integer NOT NULL DEFAULT '0',
                "draw_order" integer,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "completed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "enrolments_waitlist_check" CHECK (
                    (status = 'waitlisted') = (waitlist_position IS NOT NULL)
                ),
                CONSTRAINT "enrolments_status_check" CHECK (
                    status IN (
                        'applied',
                        'confirmed',
                        'waitlisted',
                        'cancelled',
                        'completed'
                    )
                ),
                CONSTRAINT "PK_6e79971fbd26967c4da9ed52770" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7eb4b01f52fb0ce0e3136d87c7" ON "enrolments" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "enrolments_waitlist_position_unique" ON "enrolments" ("session_id", "waitlist_position")
            WHERE waitlist_position IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "enrolments_one_active_per_learner" ON "enrolments" ("session_id", "user_id")
            WHERE status <> 'cancelled'
        `);
    await queryRunner.query(`
            CREATE TABLE "attendance" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "enrolment_id" uuid NOT NULL,
                "meeting_id" uuid NOT NULL,
                "status" character varying(10) NOT NULL,
                "marked_by_id" uuid,
                "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_d2e9affa71f9d8396c0e7029b58" UNIQUE ("enrolment_id", "meeting_id"),
                CONSTRAINT "attendance_status_check" CHECK (status IN ('attended', 'no_show')),
                CONSTRAINT "PK_ee0ffe42c1f1a01e72b725c0cb2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_619475bdf0b3bec25febcf4c25" ON "attendance" ("enrolment_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "certificates" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "enrolment_id" uuid NOT NULL,
                "verification_code" character varying(20) NOT NULL,
                "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_b8da93b1f21f3ab2f62cf685f22" UNIQUE ("verification_code"),
                CONSTRAINT "PK_e4c7e31e2144300bea7d89eb165" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_eae67dad555fdec30762dfcec2" ON "certificates" ("enrolment_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "domain_events" (
                "id" BIGSERIAL NOT NULL,
                "type" character varying(80) NOT NULL,
                "payload" jsonb NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "processed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_66e0920a32dda3a89b46ee7a981" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_6ec518f8e6f5da291c02ce1a47" ON "domain_events" ("processed_at", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "courses"
            ADD CONSTRAINT "FK_840f9b48935970ae66858a33285" FOREIGN KEY ("provider_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons"
            ADD CONSTRAINT "FK_3c4e299cf8ed04093935e2e22fe" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lesson_progress"
            ADD CONSTRAINT "FK_980e74721039ebe210fee2eeca2" FOREIGN KEY ("lesson_id") REFERENCES "lessons"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lesson_progress"
            ADD CONSTRAINT "FK_0d9292b3eb40707950eeeba9617" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "FK_b8cfc5397ec5c262e83f2bf5fbe" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "session_meetings"
            ADD CONSTRAINT "FK_e30f01a9515a3531147b7804e70" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "session_questions"
            ADD CONSTRAINT "FK_319953f2a6b0c035614f36619ed" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments"
            ADD CONSTRAINT "FK_47e6f1c9dc1519e4335fad6ba5b" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments"
            ADD CONSTRAINT "FK_7eb4b01f52fb0ce0e3136d87c76" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance"
            ADD CONSTRAINT "FK_619475bdf0b3bec25febcf4c25e" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance"
            ADD CONSTRAINT "FK_fedd75244556b90cd6a92b7c149" FOREIGN KEY ("meeting_id") REFERENCES "session_meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "certificates"
            ADD CONSTRAINT "FK_eae67dad555fdec30762dfcec2e" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "certificates" DROP CONSTRAINT "FK_eae67dad555fdec30762dfcec2e"
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance" DROP CONSTRAINT "FK_fedd75244556b90cd6a92b7c149"
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance" DROP CONSTRAINT "FK_619475bdf0b3bec25febcf4c25e"
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments" DROP CONSTRAINT "FK_7eb4b01f52fb0ce0e3136d87c76"
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments" DROP CONSTRAINT "FK_47e6f1c9dc1519e4335fad6ba5b"
        `);
    await queryRunner.query(`
            ALTER TABLE "session_questions" DROP CONSTRAINT "FK_319953f2a6b0c035614f36619ed"
        `);
    await queryRunner.query(`
            ALTER TABLE "session_meetings" DROP CONSTRAINT "FK_e30f01a9515a3531147b7804e70"
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "FK_b8cfc5397ec5c262e83f2bf5fbe"
        `);
    await queryRunner.query(`
            ALTER TABLE "lesson_progress" DROP CONSTRAINT "FK_0d9292b3eb40707950eeeba9617"
        `);
    await queryRunner.query(`
            ALTER TABLE "lesson_progress" DROP CONSTRAINT "FK_980e74721039ebe210fee2eeca2"
        `);
    await queryRunner.query(`
            ALTER TABLE "lessons" DROP CONSTRAINT "FK_3c4e299cf8ed04093935e2e22fe"
        `);
    await queryRunner.query(`
            ALTER TABLE "courses" DROP CONSTRAINT "FK_840f9b48935970ae66858a33285"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6ec518f8e6f5da291c02ce1a47"
        `);
    await queryRunner.query(`
            DROP TABLE "domain_events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_eae67dad555fdec30762dfcec2"
        `);
    await queryRunner.query(`
            DROP TABLE "certificates"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_619475bdf0b3bec25febcf4c25"
        `);
    await queryRunner.query(`
            DROP TABLE "attendance"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."enrolments_one_active_per_learner"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."enrolments_waitlist_position_unique"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7eb4b01f52fb0ce0e3136d87c7"
        `);
    await queryRunner.query(`
            DROP TABLE "enrolments"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_319953f2a6b0c035614f36619e"
        `);
    await queryRunner.query(`
            DROP TABLE "session_questions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e30f01a9515a3531147b7804e7"
        `);
    await queryRunner.query(`
            DROP TABLE "session_meetings"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b8cfc5397ec5c262e83f2bf5fb"
        `);
    await queryRunner.query(`
            DROP TABLE "sessions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0d9292b3eb40707950eeeba961"
        `);
    await queryRunner.query(`
            DROP TABLE "lesson_progress"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3c4e299cf8ed04093935e2e22f"
        `);
    await queryRunner.query(`
            DROP TABLE "lessons"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_840f9b48935970ae66858a3328"
        `);
    await queryRunner.query(`
            DROP TABLE "courses"
        `);
  }
}
