import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What Japanese users expect on an event page: a participation fee per session (参加費; null or 0 is
 * free), and the providing organisation's contact (問い合わせ先) and privacy notice
 * (個人情報の取扱いについて; null means the platform's default text).
 */
export class SeminarFactsAndContacts1796100000000 implements MigrationInterface {
  name = 'SeminarFactsAndContacts1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "fee_yen" integer`);
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "sessions_fee_check" CHECK (fee_yen IS NULL OR (fee_yen >= 0 AND fee_yen <= 1000000))`,
    );
    await queryRunner.query(`
            ALTER TABLE "organisations"
                ADD "contact_department" character varying(100),
                ADD "contact_phone" character varying(30),
                ADD "contact_email" character varying(254),
                ADD "contact_url" character varying(1000),
                ADD "contact_hours" character varying(100),
                ADD "privacy_notice" character varying(4000)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "organisations"
                DROP COLUMN "privacy_notice",
                DROP COLUMN "contact_hours",
                DROP COLUMN "contact_url",
                DROP COLUMN "contact_email",
                DROP COLUMN "contact_phone",
                DROP COLUMN "contact_department"
        `);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "sessions_fee_check"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "fee_yen"`);
  }
}
