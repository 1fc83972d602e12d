import { MigrationInterface, QueryRunner } from 'typeorm';

/** Attendance opens at a meeting's start, or as many minutes before as its organisers set for reception. */
export class AttendanceWindow1796115896708 implements MigrationInterface {
  name = 'AttendanceWindow1796115896708';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD "check_in_opens_minutes_before" smallint NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "sessions_check_in_window_check" CHECK (
                    check_in_opens_minutes_before BETWEEN 0 AND 240
                )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "sessions_check_in_window_check"
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP COLUMN "check_in_opens_minutes_before"
        `);
  }
}
