import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public lottery record says who withdrew each application before the draw (the applicant or the
 * organisers), from the cancellation's event. Without an index that look-up would scan the whole outbox
 * once per withdrawn application, on a page anyone may open.
 */
export class CancelledEnrolmentEvents1796130100000 implements MigrationInterface {
  name = 'CancelledEnrolmentEvents1796130100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX "domain_events_cancelled_enrolment" ON "domain_events" ((payload->>'enrolmentId'))
       WHERE type = 'enrolment.cancelled'
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "domain_events_cancelled_enrolment"`);
  }
}
