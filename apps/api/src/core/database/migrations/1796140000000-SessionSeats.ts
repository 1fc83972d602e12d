import { MigrationInterface, QueryRunner } from 'typeorm';
import { EnrolFunction1796130000000 } from './1796130000000-EnrolFunction';

/**
 * Seats move from the catalogue's `sessions` to the enrolment module's `session_seats` (one row per
 * session, the counters copied, the old columns dropped), with two views each owner publishes:
 *
 * - `catalogue_session_rules` (the catalogue's): what deciding a seat needs to know of a session
 *   (status, registration window and mode, whether its lottery was drawn). enrol_learner reads it.
 * - `enrolment_session_seats` (the enrolment module's): seats taken and left. The catalogue listing
 *   joins it, so it stays one statement.
 *
 * The backstop against overselling stays in the database: `session_seats` carries the enrolment
 * module's copy of the capacities with CHECKs on the counters. Decision: the copy and the row itself are
 * kept by triggers on `sessions` (a session inserted by any path — the editor, copyCourse, the seed, a
 * test fixture — gets its row; a changed capacity is copied in the same statement, so lowering it
 * below the seats taken fails the CHECK). The catalogue's editor still refuses that first, cleanly,
 * under the seat lock it takes through the enrolment module's handler.
 *
 * enrol_learner keeps its signature and its one statement; it now locks the `session_seats` row, the one
 * row lock every writer of seats takes.
 */
export class SessionSeats1796140000000 implements MigrationInterface {
  name = 'SessionSeats1796140000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "session_seats" (
        "session_id" uuid NOT NULL,
        "capacity" integer NOT NULL,
        "childcare_capacity" integer NOT NULL,
        "confirmed_count" integer NOT NULL DEFAULT '0',
        "childcare_confirmed_count" integer NOT NULL DEFAULT '0',
        "next_waitlist_position" integer NOT NULL DEFAULT '1',
        CONSTRAINT "session_seats_confirmed_check" CHECK (confirmed_count >= 0 AND confirmed_count <= capacity),
        CONSTRAINT "session_seats_childcare_check" CHECK (childcare_confirmed_count >= 0 AND childcare_confirmed_count <= childcare_capacity),
        CONSTRAINT "PK_session_seats" PRIMARY KEY ("session_id")
      )`);
    await queryRunner.query(`
      ALTER TABLE "session_seats" ADD CONSTRAINT "FK_0d1db917c920f49166827db24a6" FOREIGN KEY ("session_id")
        REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`
      INSERT INTO session_seats (session_id, capacity, childcare_capacity, confirmed_count,
                                 childcare_confirmed_count, next_waitlist_position)
      SELECT id, capacity, childcare_capacity, confirmed_count, childcare_confirmed_count, next_waitlist_position
        FROM sessions`);
    await queryRunner.query(`
      ALTER TABLE "sessions" DROP CONSTRAINT "sessions_capacity_check", DROP CONSTRAINT "sessions_childcare_check",
        DROP COLUMN "confirmed_count", DROP COLUMN "childcare_confirmed_count", DROP COLUMN "next_waitlist_position",
        ADD CONSTRAINT "sessions_capacity_check" CHECK (capacity >= 1),
        ADD CONSTRAINT "sessions_childcare_check" CHECK (childcare_capacity >= 0)`);
    await queryRunner.query(`
      CREATE FUNCTION session_seats_follow_session() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO session_seats (session_id, capacity, childcare_capacity)
        VALUES (NEW.id, NEW.capacity, NEW.childcare_capacity)
        ON CONFLICT (session_id) DO UPDATE
          SET capacity = EXCLUDED.capacity, childcare_capacity = EXCLUDED.childcare_capacity;
        RETURN NULL;
      END
      $fn$`);
    await queryRunner.query(`
      CREATE TRIGGER session_seats_on_insert AFTER INSERT ON sessions
        FOR EACH ROW EXECUTE FUNCTION session_seats_follow_session()`);
    await queryRunner.query(`
      CREATE TRIGGER session_seats_on_capacity AFTER UPDATE OF capacity, childcare_capacity ON sessions
        FOR EACH ROW
        WHEN (OLD.capacity IS DISTINCT FROM NEW.capacity OR OLD.childcare_capacity IS DISTINCT FROM NEW.childcare_capacity)
        EXECUTE FUNCTION session_seats_follow_session()`);
    await queryRunner.query(`
      CREATE VIEW catalogue_session_rules AS
      SELECT id AS session_id, status, registration_mode, registration_opens_at, registration_closes_at, drawn_at
        FROM sessions`);
    await queryRunner.query(`
      CREATE VIEW enrolment_session_seats AS
      SELECT session_id, confirmed_count, childcare_confirmed_count,
             GREATEST(0, capacity - confirmed_count) AS seats_left,
             GREATEST(0, childcare_capacity - childcare_confirmed_count) AS childcare_seats_left
        FROM session_seats`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION enrol_learner(
        p_session uuid, p_user uuid, p_childcare boolean, p_child_ages int[], p_answers jsonb,
        p_priority_tier int, p_without_childcare boolean
      ) RETURNS TABLE (refusal text, enrolment enrolments)
      LANGUAGE plpgsql VOLATILE AS $fn$
      DECLARE
        seats session_seats%ROWTYPE;
        rules catalogue_session_rules%ROWTYPE;
        seat boolean;
        childcare_seat boolean;
        new_status text;
        with_childcare boolean;
        e enrolments%ROWTYPE;
      BEGIN
        SELECT * INTO seats FROM session_seats WHERE session_id = p_session FOR UPDATE;
        IF NOT FOUND THEN RETURN; END IF;
        -- Read after the lock: a new snapshot, so a change committed while she waited is seen.
        SELECT * INTO rules FROM catalogue_session_rules WHERE session_id = p_session;
        refusal := CASE
          WHEN rules.status = 'cancelled' THEN 'enrolment.sessionCancelled'
          WHEN now() < rules.registration_opens_at THEN 'enrolment.registrationNotOpen'
          WHEN now() >= rules.registration_closes_at THEN 'enrolment.registrationClosed'
          WHEN rules.registration_mode = 'lottery' AND rules.drawn_at IS NOT NULL THEN 'enrolment.lotteryDrawn'
        END;
        IF refusal IS NOT NULL THEN
          RETURN NEXT;
          RETURN;
        END IF;
        seat := rules.registration_mode = 'first_come' AND seats.confirmed_count < seats.capacity;
        childcare_seat := seats.childcare_confirmed_count < seats.childcare_capacity;
        new_status := CASE
          WHEN rules.registration_mode = 'lottery' THEN 'applied'
          WHEN seat AND (NOT p_childcare OR childcare_seat OR p_without_childcare) THEN 'confirmed'
          ELSE 'waitlisted'
        END;
        with_childcare := p_childcare AND NOT (seat AND NOT childcare_seat AND p_without_childcare);
        INSERT INTO enrolments (session_id, user_id, status, waitlist_position, childcare_requested,
                                childcare_confirmed, child_ages_months, answers, priority_tier)
        VALUES (p_session, p_user, new_status,
                CASE WHEN new_status = 'waitlisted' THEN seats.next_waitlist_position END,
                with_childcare, with_childcare AND new_status = 'confirmed',
                CASE WHEN with_childcare THEN p_child_ages ELSE '{}'::int[] END, p_answers, p_priority_tier)
        RETURNING * INTO e;
        IF new_status <> 'applied' THEN
          UPDATE session_seats
             SET confirmed_count = seats.confirmed_count + (new_status = 'confirmed')::int,
                 childcare_confirmed_count = seats.childcare_confirmed_count + e.childcare_confirmed::int,
                 next_waitlist_position = seats.next_waitlist_position + (new_status = 'waitlisted')::int
           WHERE session_id = p_session;
        END IF;
        -- The payload of enrolment.confirmed / waitlisted / applied (modules/enrolment/enrolment-events.ts;
        -- enrolment-events.int-spec.ts proves it has exactly the declared fields).
        INSERT INTO domain_events (type, payload)
        VALUES ('enrolment.' || new_status,
                jsonb_build_object('enrolmentId', e.id, 'sessionId', e.session_id, 'userId', e.user_id,
                                   'status', e.status, 'waitlistPosition', e.waitlist_position));
        enrolment := e;
        RETURN NEXT;
      END
      $fn$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION enrol_learner(uuid, uuid, boolean, int[], jsonb, int, boolean)`);
    await queryRunner.query(`DROP VIEW enrolment_session_seats`);
    await queryRunner.query(`DROP VIEW catalogue_session_rules`);
    await queryRunner.query(`DROP TRIGGER session_seats_on_capacity ON sessions`);
    await queryRunner.query(`DROP TRIGGER session_seats_on_insert ON sessions`);
    await queryRunner.query(`DROP FUNCTION session_seats_follow_session()`);
    await queryRunner.query(`
      ALTER TABLE "sessions" DROP CONSTRAINT "sessions_capacity_check", DROP CONSTRAINT "sessions_childcare_check",
        ADD COLUMN "confirmed_count" integer NOT NULL DEFAULT '0',
        ADD COLUMN "childcare_confirmed_count" integer NOT NULL DEFAULT '0',
        ADD COLUMN "next_waitlist_position" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`
      UPDATE sessions s SET confirmed_count = ss.confirmed_count,
             childcare_confirmed_count = ss.childcare_confirmed_count, next_waitlist_position = ss.next_waitlist_position
        FROM session_seats ss WHERE ss.session_id = s.id`);
    await queryRunner.query(`
      ALTER TABLE "sessions"
        ADD CONSTRAINT "sessions_capacity_check" CHECK (capacity >= 1 AND confirmed_count >= 0 AND confirmed_count <= capacity),
        ADD CONSTRAINT "sessions_childcare_check" CHECK (childcare_capacity >= 0 AND childcare_confirmed_count >= 0 AND childcare_confirmed_count <= childcare_capacity)`);
    await queryRunner.query(`DROP TABLE "session_seats"`);
    await new EnrolFunction1796130000000().up(queryRunner);
  }
}
