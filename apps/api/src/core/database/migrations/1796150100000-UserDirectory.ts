import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The identity module's published view (see modules/identity/user-read-models.ts): a person's names and
 * email, for another module's statement that returns its own rows with them and orders by name (the
 * roster export, the certificate) without naming `users`.
 */
export class UserDirectory1796150100000 implements MigrationInterface {
  name = 'UserDirectory1796150100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW "identity_user_directory" AS
      SELECT id, family_name, given_name, family_name_kana, given_name_kana, email
        FROM users`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "identity_user_directory"`);
  }
}
