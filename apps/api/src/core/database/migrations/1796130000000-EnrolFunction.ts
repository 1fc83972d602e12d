import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The guarded enrolment as one server-side function, `enrol_learner`, called in one statement
 * (apps/api/src/modules/enrolment/enrol.statement.ts says what it decides and why it is a function).
 *
 * It replaces a single data-modifying CTE that locked the session row with `FOR UPDATE` and updated it in
 * the same statement. Under READ COMMITTED that UPDATE built the new row from the statement's snapshot:
 * when another transaction had changed the session while the enrolment waited for the lock (raising the
 * capacity, cancelling it, renaming it), the enrolment wrote the old values of those columns back — a lost
 * update, caught by the capacity CHECK in seat-changes.int-spec.ts. In PL/pgSQL each statement takes a new
 * snapshot, so the UPDATE after the lock sees the locked, latest row.
 */
export class EnrolFunction1796130000000 implements MigrationInterface {
  name = 'EnrolFunction1796130000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION enrol_learner(
        p_session uuid, p_user uuid, p_childcare boolean, p_child_ages int[], p_answers jsonb,
        p_priority_tier int, p_without_childcare boolean
      ) RETURNS TABLE (refusal text, enrolment enrolments)
      LANGUAGE plpgsql VOLATILE AS $fn$
      DECLARE
        s sessions%ROWTYPE;
        seat boolean;
        childcare_seat boolean;
        new_status text;
        with_childcare boolean;
        e enrolments%ROWTYPE;
      BEGIN
        SELECT * INTO s FROM sessions WHERE id = p_session FOR UPDATE;
        IF NOT FOUND THEN RETURN; END IF;
        refusal := CASE
          WHEN s.status = 'cancelled' THEN 'enrolment.sessionCancelled'
          WHEN now() < s.registration_opens_at THEN 'enrolment.registrationNotOpen'
          WHEN now() >= s.registration_closes_at THEN 'enrolment.registrationClosed'
          WHEN s.registration_mode = 'lottery' AND s.drawn_at IS NOT NULL THEN 'enrolment.lotteryDrawn'
        END;
        IF refusal IS NOT NULL THEN
          RETURN NEXT;
          RETURN;
        END IF;
        seat := s.registration_mode = 'first_come' AND s.confirmed_count < s.capacity;
        childcare_seat := s.childcare_confirmed_count < s.childcare_capacity;
        new_status := CASE
          WHEN s.registration_mode = 'lottery' THEN 'applied'
          WHEN seat AND (NOT p_childcare OR childcare_seat OR p_without_childcare) THEN 'confirmed'
          ELSE 'waitlisted'
        END;
        with_childcare := p_childcare AND NOT (seat AND NOT childcare_seat AND p_without_childcare);
        INSERT INTO enrolments (session_id, user_id, status, waitlist_position, childcare_requested,
                                childcare_confirmed, child_ages_months, answers, priority_tier)
        VALUES (s.id, p_user, new_status,
                CASE WHEN new_status = 'waitlisted' THEN s.next_waitlist_position END,
                with_childcare, with_childcare AND new_status = 'confirmed',
                CASE WHEN with_childcare THEN p_child_ages ELSE '{}'::int[] END, p_answers, p_priority_tier)
        RETURNING * INTO e;
        IF new_status <> 'applied' THEN
          UPDATE sessions
             SET confirmed_count = s.confirmed_count + (new_status = 'confirmed')::int,
                 childcare_confirmed_count = s.childcare_confirmed_count + e.childcare_confirmed::int,
                 next_waitlist_position = s.next_waitlist_position + (new_status = 'waitlisted')::int
           WHERE id = s.id;
        END IF;
        INSERT INTO domain_events (type, payload)
        VALUES ('enrolment.' || new_status,
                jsonb_build_object('enrolmentId', e.id, 'sessionId', e.session_id, 'userId', e.user_id,
                                   'status', e.status, 'waitlistPosition', e.waitlist_position));
        enrolment := e;
        RETURN NEXT;
      END
      $fn$
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION enrol_learner(uuid, uuid, boolean, int[], jsonb, int, boolean)`);
  }
}
