import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders (notifications/reminders): each session says how many hours before each meeting its
 * participants are reminded (0 = none, default 24, at most a week), and the catalogue publishes
 * `catalogue_meeting_details` for other modules' SQL (modules/catalogue/catalogue-read-models.ts): each
 * meeting with what a reminder, a calendar entry or a digest says of it.
 */
export class SessionReminderHours1796200300000 implements MigrationInterface {
  name = 'SessionReminderHours1796200300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD "reminder_hours_before" smallint NOT NULL DEFAULT 24
         CONSTRAINT "sessions_reminder_hours_check" CHECK ("reminder_hours_before" BETWEEN 0 AND 168)`,
    );
    await queryRunner.query(`
      CREATE VIEW "catalogue_meeting_details" AS
      SELECT m.id AS meeting_id, m.session_id, m.starts_at, m.ends_at,
             s.status AS session_status, s.title AS session_title, s.venue_name, s.venue_address,
             s.is_online, s.reminder_hours_before, s.updated_at AS session_updated_at,
             c.id AS course_id, c.title AS course_title, c.provider_organisation_id
        FROM session_meetings m
        JOIN sessions s ON s.id = m.session_id
        JOIN courses c ON c.id = s.course_id`);
    // The reminder job looks for meetings starting within the next week.
    await queryRunner.query(
      `CREATE INDEX "session_meetings_starts_at_idx" ON "session_meetings" ("starts_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "session_meetings_starts_at_idx"`);
    await queryRunner.query(`DROP VIEW "catalogue_meeting_details"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "reminder_hours_before"`);
  }
}
