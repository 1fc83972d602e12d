import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two more views the catalogue publishes for other modules' SQL (see
 * modules/catalogue/catalogue-read-models.ts), so the enrolment module's statements that join its own
 * rows to sessions, courses and meetings stay one statement without naming the catalogue's tables:
 *
 * - `catalogue_session_courses`: each session with its course's title, status and provider.
 * - `catalogue_session_schedule`: each session's status, completion rule and meetings (how many, the
 *   first and last start, the last end). A lateral aggregate per session, so a caller joining it by
 *   `session_id` counts only the meetings of the sessions it reads.
 */
export class CatalogueReadModels1796150000000 implements MigrationInterface {
  name = 'CatalogueReadModels1796150000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW "catalogue_session_courses" AS
      SELECT s.id AS session_id, s.course_id, c.title AS course_title, c.status AS course_status,
             c.provider_organisation_id
        FROM sessions s
        JOIN courses c ON c.id = s.course_id`);
    await queryRunner.query(`
      CREATE VIEW "catalogue_session_schedule" AS
      SELECT s.id AS session_id, s.status, s.completion_rule, s.completion_min_meetings,
             m.meeting_count, m.first_starts_at, m.last_starts_at, m.last_ends_at
        FROM sessions s
        CROSS JOIN LATERAL (SELECT count(*)::int AS meeting_count, min(starts_at) AS first_starts_at,
                                   max(starts_at) AS last_starts_at, max(ends_at) AS last_ends_at
                              FROM session_meetings sm WHERE sm.session_id = s.id) m`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "catalogue_session_schedule"`);
    await queryRunner.query(`DROP VIEW "catalogue_session_courses"`);
  }
}
