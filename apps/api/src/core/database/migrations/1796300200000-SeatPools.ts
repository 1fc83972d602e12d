import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seat pools and nominations (company-groups, issue 11 part 4): `seat_pools` (a company's offer of N
 * seats of one of its sessions, with `taken_count <= seats` as the backstop against overselling),
 * `seat_pool_allocations` (a per_company pool's share for each company, the same CHECK) and
 * `seat_pool_nominations` (at most one live nomination per pool and person: a partial unique index).
 * The seats held out of the session's open capacity are the enrolment module's (`session_seats.held_count`,
 * migration SessionSeatHolds).
 */
export class SeatPools1796300200000 implements MigrationInterface {
  name = 'SeatPools1796300200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "seat_pools" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "offering_organisation_id" uuid NOT NULL,
        "seats" integer NOT NULL,
        "allocation" character varying(20) NOT NULL,
        "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "taken_count" integer NOT NULL DEFAULT '0',
        "accepted_count" integer NOT NULL DEFAULT '0',
        "status" character varying(10) NOT NULL DEFAULT 'open',
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "closed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "seat_pools_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "seat_pools_seats_check" CHECK (seats > 0),
        CONSTRAINT "seat_pools_counts_check" CHECK (accepted_count >= 0 AND accepted_count <= taken_count AND taken_count <= seats),
        CONSTRAINT "seat_pools_allocation_check" CHECK (allocation IN ('per_company', 'first_come')),
        CONSTRAINT "seat_pools_status_check" CHECK (status IN ('open', 'closed')),
        CONSTRAINT "seat_pools_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE,
        CONSTRAINT "seat_pools_offering_organisation_id_fkey" FOREIGN KEY ("offering_organisation_id") REFERENCES "company_profiles"("organisation_id") ON DELETE CASCADE,
        CONSTRAINT "seat_pools_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX "seat_pools_due" ON "seat_pools" ("status", "closes_at")`);
    await queryRunner.query(`CREATE INDEX "seat_pools_session" ON "seat_pools" ("session_id")`);
    await queryRunner.query(
      `CREATE INDEX "seat_pools_offering" ON "seat_pools" ("offering_organisation_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "seat_pool_allocations" (
        "pool_id" uuid NOT NULL,
        "organisation_id" uuid NOT NULL,
        "seats" integer NOT NULL,
        "taken_count" integer NOT NULL DEFAULT '0',
        "accepted_count" integer NOT NULL DEFAULT '0',
        CONSTRAINT "seat_pool_allocations_pkey" PRIMARY KEY ("pool_id", "organisation_id"),
        CONSTRAINT "seat_pool_allocations_seats_check" CHECK (seats > 0),
        CONSTRAINT "seat_pool_allocations_counts_check" CHECK (accepted_count >= 0 AND accepted_count <= taken_count AND taken_count <= seats),
        CONSTRAINT "seat_pool_allocations_pool_id_fkey" FOREIGN KEY ("pool_id") REFERENCES "seat_pools"("id") ON DELETE CASCADE,
        CONSTRAINT "seat_pool_allocations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "company_profiles"("organisation_id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "seat_pool_nominations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "pool_id" uuid NOT NULL,
        "organisation_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "nominated_by" uuid,
        "status" character varying(20) NOT NULL DEFAULT 'nominated',
        "enrolment_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "decided_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "seat_pool_nominations_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "seat_pool_nominations_status_check" CHECK (status IN ('nominated', 'accepted', 'declined', 'withdrawn', 'expired')),
        CONSTRAINT "seat_pool_nominations_pool_id_fkey" FOREIGN KEY ("pool_id") REFERENCES "seat_pools"("id") ON DELETE CASCADE,
        CONSTRAINT "seat_pool_nominations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "company_profiles"("organisation_id") ON DELETE CASCADE,
        CONSTRAINT "seat_pool_nominations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "seat_pool_nominations_nominated_by_fkey" FOREIGN KEY ("nominated_by") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "seat_pool_nominations_one_live" ON "seat_pool_nominations" ("pool_id", "user_id") WHERE status IN ('nominated', 'accepted')`,
    );
    await queryRunner.query(
      `CREATE INDEX "seat_pool_nominations_pool_company" ON "seat_pool_nominations" ("pool_id", "organisation_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "seat_pool_nominations_user" ON "seat_pool_nominations" ("user_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "seat_pool_nominations"`);
    await queryRunner.query(`DROP TABLE "seat_pool_allocations"`);
    await queryRunner.query(`DROP TABLE "seat_pools"`);
  }
}
