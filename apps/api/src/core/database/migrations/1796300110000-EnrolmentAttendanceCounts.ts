import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The enrolment module publishes `enrolment_attendance_counts(enrolment_id, attended_meetings,
 * certificate_issued_at)` (modules/enrolment/enrolment-read-models.ts): per enrolment, how many of its
 * meetings she attended and when her certificate was issued (null: none). The company-groups module's
 * participation report (for employees who consent) reads it.
 */
export class EnrolmentAttendanceCounts1796300110000 implements MigrationInterface {
  name = 'EnrolmentAttendanceCounts1796300110000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW "enrolment_attendance_counts" AS
      SELECT e.id AS enrolment_id,
             (SELECT count(*)::int FROM attendance a WHERE a.enrolment_id = e.id AND a.status = 'attended')
               AS attended_meetings,
             (SELECT c.issued_at FROM certificates c WHERE c.enrolment_id = e.id) AS certificate_issued_at
        FROM enrolments e`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "enrolment_attendance_counts"`);
  }
}
