/**
 * The whole guarded enrolment as ONE statement, sent on its own (autocommit, no BEGIN/COMMIT): lock the
 * session row (`FOR UPDATE`), refuse a cancelled session, a closed window or a drawn lottery, decide the
 * seat (confirmed, waitlisted with the next ticket, or a lottery application), insert the enrolment, move
 * the counters and record the event. The row lock is taken and released inside PostgreSQL, so it is held
 * for the statement and its commit only — no client round trip, no wait for the API's event loop (which
 * under a rush of 2,000 is what a lock held across statements waits on). tools/bench/raw-enrolment-server.mjs
 * sends the same statement; keep the two in step.
 *
 * Why it is safe under READ COMMITTED: `FOR UPDATE` waits for the previous holder and then returns the
 * row's latest version, so the seat is decided from the counters the previous enrolment wrote; the
 * counters are written from that locked version. The session's CHECK constraints stay the backstop, and a
 * second active enrolment of hers fails on the partial unique index, rolling back the whole statement.
 * `now()` is the statement's start: she pressed the button before the window closed if she queued for the
 * lock then. The decision matches the JS it replaced:
 * - lottery: `applied`, counters untouched, her childcare request and children's ages kept;
 * - a seat, and childcare either not asked for or free → confirmed (with childcare if asked);
 * - a seat, childcare asked for but full, and she chose WITHOUT_CHILDCARE → confirmed without childcare
 *   (request and ages dropped);
 * - otherwise → waitlisted with `next_waitlist_position` (request and ages kept: one queue).
 *
 * Parameters: $1 session, $2 user, $3 childcare asked for, $4 children's ages (months), $5 answers
 * (jsonb), $6 lottery priority tier, $7 she takes a seat without childcare when childcare is full.
 */
export const ENROL_STATEMENT = `
WITH target AS (
  SELECT id, status, registration_mode, drawn_at, registration_opens_at, registration_closes_at, capacity,
         confirmed_count, childcare_capacity, childcare_confirmed_count, next_waitlist_position
    FROM sessions WHERE id = $1 FOR UPDATE
), decision AS (
  SELECT t.*,
         CASE WHEN t.status = 'cancelled' THEN 'enrolment.sessionCancelled'
              WHEN now() < t.registration_opens_at THEN 'enrolment.registrationNotOpen'
              WHEN now() >= t.registration_closes_at THEN 'enrolment.registrationClosed'
              WHEN t.registration_mode = 'lottery' AND t.drawn_at IS NOT NULL THEN 'enrolment.lotteryDrawn'
         END AS refusal,
         t.registration_mode = 'first_come' AND t.confirmed_count < t.capacity AS seat,
         t.childcare_confirmed_count < t.childcare_capacity AS childcare_seat
    FROM target t
), placed AS (
  SELECT d.id, d.next_waitlist_position,
         CASE WHEN d.registration_mode = 'lottery' THEN 'applied'
              WHEN d.seat AND (NOT $3::boolean OR d.childcare_seat OR $7::boolean) THEN 'confirmed'
              ELSE 'waitlisted' END AS status,
         $3::boolean AND NOT (d.seat AND NOT d.childcare_seat AND $7::boolean) AS childcare
    FROM decision d WHERE d.refusal IS NULL
), inserted AS (
  INSERT INTO enrolments (session_id, user_id, status, waitlist_position, childcare_requested,
                          childcare_confirmed, child_ages_months, answers, priority_tier)
  SELECT p.id, $2::uuid, p.status, CASE WHEN p.status = 'waitlisted' THEN p.next_waitlist_position END,
         p.childcare, p.childcare AND p.status = 'confirmed',
         CASE WHEN p.childcare THEN $4::int[] ELSE '{}'::int[] END, $5::jsonb, $6::int
    FROM placed p
  RETURNING *
), seats AS (
  UPDATE sessions s
     SET confirmed_count = d.confirmed_count + (i.status = 'confirmed')::int,
         childcare_confirmed_count = d.childcare_confirmed_count + i.childcare_confirmed::int,
         next_waitlist_position = d.next_waitlist_position + (i.status = 'waitlisted')::int
    FROM inserted i, decision d
   WHERE s.id = i.session_id AND i.status <> 'applied'
), event AS (
  INSERT INTO domain_events (type, payload)
  SELECT 'enrolment.' || i.status,
         jsonb_build_object('enrolmentId', i.id, 'sessionId', i.session_id, 'userId', i.user_id,
                            'status', i.status, 'waitlistPosition', i.waitlist_position)
    FROM inserted i
)
SELECT d.refusal, i.* FROM decision d LEFT JOIN inserted i ON true`;
