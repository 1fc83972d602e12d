import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisations module's published views (see modules/organisations/organisation-read-models.ts):
 * other modules read organisations and company groups through them instead of naming the tables.
 */
export class OrganisationReadModels1796131700000 implements MigrationInterface {
  name = 'OrganisationReadModels1796131700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Two branches rather than an OR so PostgreSQL pushes a caller's conditions into each of them.
    await queryRunner.query(`
            CREATE VIEW "company_group_peers" ("member_organisation_id", "peer_organisation_id") AS
            SELECT mine.organisation_id, g.owner_organisation_id
              FROM groups g
              JOIN group_members mine ON mine.group_id = g.id
             WHERE g.kind = 'company_group' AND mine.organisation_id IS NOT NULL
            UNION ALL
            SELECT mine.organisation_id, peer.organisation_id
              FROM groups g
              JOIN group_members mine ON mine.group_id = g.id
              JOIN group_members peer ON peer.group_id = g.id
             WHERE g.kind = 'company_group'
               AND mine.organisation_id IS NOT NULL
               AND peer.organisation_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE VIEW "organisation_directory" AS
            SELECT id, name, kind, prefecture, certifications, contact_department, contact_phone,
                   contact_email, contact_url, contact_hours, privacy_notice, created_at
              FROM organisations
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "organisation_directory"`);
    await queryRunner.query(`DROP VIEW "company_group_peers"`);
  }
}
