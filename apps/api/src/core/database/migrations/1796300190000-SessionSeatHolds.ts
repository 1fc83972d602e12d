import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Held seats (issue 11, seat pools): `session_seats.held_count` is the number of a session's seats set
 * aside for seat pools while they are open. They count toward capacity like confirmed seats: the CHECK
 * becomes `confirmed_count + held_count <= capacity`, `enrol_learner` gives a seat only when
 * `confirmed_count + held_count < capacity` (so a learner sees "full" when only held seats remain), and the
 * published view `enrolment_session_seats` answers seats left without them. The counter is written only by
 * the enrolment module's `SeatHolds` (hold, release, a nominee's enrolment consuming one held seat), under
 * the session's seat lock like every other writer of seats.
 */
export class SessionSeatHolds1796300190000 implements MigrationInterface {
  name = 'SessionSeatHolds1796300190000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "session_seats" ADD COLUMN "held_count" integer NOT NULL DEFAULT '0',
        DROP CONSTRAINT "session_seats_confirmed_check",
        ADD CONSTRAINT "session_seats_confirmed_check"
          CHECK (confirmed_count >= 0 AND held_count >= 0 AND confirmed_count + held_count <= capacity)`);
    await queryRunner.query(`
      CREATE OR REPLACE VIEW enrolment_session_seats AS
      SELECT session_id, confirmed_count, childcare_confirmed_count,
             GREATEST(0, capacity - confirmed_count - held_count) AS seats_left,
             GREATEST(0, childcare_capacity - childcare_confirmed_count) AS childcare_seats_left
        FROM session_seats`);
    await queryRunner.query(enrolLearner('seats.confirmed_count + seats.held_count < seats.capacity'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(enrolLearner('seats.confirmed_count < seats.capacity'));
    await queryRunner.query(`
      CREATE OR REPLACE VIEW enrolment_session_seats AS
      SELECT session_id, confirmed_count, childcare_confirmed_count,
             GREATEST(0, capacity - confirmed_count) AS seats_left,
             GREATEST(0, childcare_capacity - childcare_confirmed_count) AS childcare_seats_left
        FROM session_seats`);
    await queryRunner.query(`
      ALTER TABLE "session_seats" DROP CONSTRAINT "session_seats_confirmed_check",
        ADD CONSTRAINT "session_seats_confirmed_check" CHECK (confirmed_count >= 0 AND confirmed_count <= capacity),
        DROP COLUMN "held_count"`);
  }
}

/** enrol_learner as migration SessionSeats wrote it, with `seatFree` deciding whether a seat is free. */
function enrolLearner(seatFree: string): string {
  return `
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
        -- Seats held for open seat pools count as taken.
        seat := rules.registration_mode = 'first_come' AND ${seatFree};
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
      $fn$`;
}
