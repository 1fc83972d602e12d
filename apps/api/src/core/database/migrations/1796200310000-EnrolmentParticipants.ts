import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The enrolment module publishes `enrolment_participants` (modules/enrolment/enrolment-read-models.ts)
 * for other modules' SQL: each enrolment's learner, session, status and times, without children's data,
 * answers or lottery facts. The notifications module's reminders, calendar feed and staff digest read it.
 */
export class EnrolmentParticipants1796200310000 implements MigrationInterface {
  name = 'EnrolmentParticipants1796200310000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW "enrolment_participants" AS
      SELECT id AS enrolment_id, session_id, user_id, status, created_at, cancelled_at
        FROM enrolments`);
    await queryRunner.query(`CREATE INDEX "enrolments_created_at_idx" ON "enrolments" ("created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "enrolments_created_at_idx"`);
    await queryRunner.query(`DROP VIEW "enrolment_participants"`);
  }
}
