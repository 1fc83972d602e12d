import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Company groups' membership with its history (issue 11, owned by the organisations module, which owns
 * groups): a company is invited, accepts or declines, and leaves (or is removed) with its date; a row is
 * never deleted. At most one live membership (invited or current) per organisation and group: a partial
 * unique index. Groups get a charter, a fiscal year and coordinators (secretariat staff of the owner).
 *
 * `company_group_peers` keeps its columns and meaning but reads only current members (accepted, not
 * left) and the owner, so the catalogue's `company_group` visibility follows membership at that moment.
 */
export class CompanyGroupMembership1796300300000 implements MigrationInterface {
  name = 'CompanyGroupMembership1796300300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "company_group_peers"`);
    await queryRunner.query(`
      ALTER TABLE "groups"
        ADD "charter" text,
        ADD "fiscal_year" integer,
        ADD "created_by" uuid,
        ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        ADD CONSTRAINT "groups_fiscal_year_check" CHECK (fiscal_year IS NULL OR fiscal_year BETWEEN 2000 AND 2100),
        ADD CONSTRAINT "groups_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL,
        ADD CONSTRAINT "groups_owner_organisation_id_fkey" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE`);
    await queryRunner.query(`
      ALTER TABLE "group_members"
        ADD "status" character varying(20) NOT NULL DEFAULT 'member',
        ADD "invited_at" TIMESTAMP WITH TIME ZONE,
        ADD "invited_by" uuid,
        ADD "joined_at" TIMESTAMP WITH TIME ZONE,
        ADD "declined_at" TIMESTAMP WITH TIME ZONE,
        ADD "left_at" TIMESTAMP WITH TIME ZONE,
        ADD "left_by" uuid,
        ADD CONSTRAINT "group_members_invited_by_fkey" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE SET NULL,
        ADD CONSTRAINT "group_members_left_by_fkey" FOREIGN KEY ("left_by") REFERENCES "users"("id") ON DELETE SET NULL,
        ADD CONSTRAINT "group_members_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE`);
    // Everyone already in a group joined when the row was written.
    await queryRunner.query(`UPDATE "group_members" SET "joined_at" = "created_at"`);
    await queryRunner.query(`ALTER TABLE "group_members" ALTER "status" DROP DEFAULT`);
    await queryRunner.query(`
      ALTER TABLE "group_members"
        ADD CONSTRAINT "group_members_status_check" CHECK (status IN ('invited', 'member', 'declined', 'left')),
        ADD CONSTRAINT "group_members_history_check" CHECK (
          (status <> 'member' OR (joined_at IS NOT NULL AND left_at IS NULL))
          AND (status <> 'left' OR (joined_at IS NOT NULL AND left_at IS NOT NULL))
          AND (status <> 'declined' OR (declined_at IS NOT NULL AND joined_at IS NULL))
          AND (status <> 'invited' OR (joined_at IS NULL AND left_at IS NULL)))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "group_members_one_live" ON "group_members" ("group_id", "organisation_id") WHERE organisation_id IS NOT NULL AND status IN ('invited', 'member')`,
    );
    await queryRunner.query(
      `CREATE INDEX "group_members_organisation" ON "group_members" ("organisation_id") WHERE organisation_id IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE "group_coordinators" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "group_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "added_by" uuid,
        "removed_at" TIMESTAMP WITH TIME ZONE,
        "removed_by" uuid,
        CONSTRAINT "group_coordinators_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "group_coordinators_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE,
        CONSTRAINT "group_coordinators_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "group_coordinators_added_by_fkey" FOREIGN KEY ("added_by") REFERENCES "users"("id") ON DELETE SET NULL,
        CONSTRAINT "group_coordinators_removed_by_fkey" FOREIGN KEY ("removed_by") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "group_coordinators_one_current" ON "group_coordinators" ("group_id", "user_id") WHERE removed_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "group_coordinators_user" ON "group_coordinators" ("user_id")`);
    // Same columns and meaning as before; only current members count, at the moment of the read.
    await queryRunner.query(`
      CREATE VIEW "company_group_peers" ("member_organisation_id", "peer_organisation_id") AS
      SELECT mine.organisation_id, g.owner_organisation_id
        FROM groups g
        JOIN group_members mine ON mine.group_id = g.id
       WHERE g.kind = 'company_group' AND mine.organisation_id IS NOT NULL
         AND mine.status = 'member' AND mine.left_at IS NULL
      UNION ALL
      SELECT mine.organisation_id, peer.organisation_id
        FROM groups g
        JOIN group_members mine ON mine.group_id = g.id
        JOIN group_members peer ON peer.group_id = g.id
       WHERE g.kind = 'company_group'
         AND mine.organisation_id IS NOT NULL AND mine.status = 'member' AND mine.left_at IS NULL
         AND peer.organisation_id IS NOT NULL AND peer.status = 'member' AND peer.left_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "company_group_peers"`);
    await queryRunner.query(`DROP TABLE "group_coordinators"`);
    await queryRunner.query(`DROP INDEX "group_members_organisation"`);
    await queryRunner.query(`DROP INDEX "group_members_one_live"`);
    // History is lost going down: only current members stay members.
    await queryRunner.query(`DELETE FROM "group_members" WHERE status <> 'member'`);
    await queryRunner.query(`
      ALTER TABLE "group_members"
        DROP CONSTRAINT "group_members_history_check",
        DROP CONSTRAINT "group_members_status_check",
        DROP CONSTRAINT "group_members_organisation_id_fkey",
        DROP CONSTRAINT "group_members_left_by_fkey",
        DROP CONSTRAINT "group_members_invited_by_fkey",
        DROP "left_by", DROP "left_at", DROP "declined_at", DROP "joined_at", DROP "invited_by",
        DROP "invited_at", DROP "status"`);
    await queryRunner.query(`
      ALTER TABLE "groups"
        DROP CONSTRAINT "groups_owner_organisation_id_fkey",
        DROP CONSTRAINT "groups_created_by_fkey",
        DROP CONSTRAINT "groups_fiscal_year_check",
        DROP "updated_at", DROP "created_by", DROP "fiscal_year", DROP "charter"`);
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
         AND peer.organisation_id IS NOT NULL`);
  }
}
