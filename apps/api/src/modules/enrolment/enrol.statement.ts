/**
 * The whole guarded enrolment in ONE statement, sent on its own (autocommit, no BEGIN/COMMIT): a call of
 * the server-side function `enrol_learner` (migration 1796130000000-EnrolFunction), which locks the session
 * row (`FOR UPDATE`), refuses a cancelled session, a closed window or a drawn lottery, decides the seat
 * (confirmed, waitlisted with the next ticket, or a lottery application), inserts the enrolment, moves the
 * counters and records the event. The row lock is taken and released inside PostgreSQL, so it is held for
 * the function and its commit only — no client round trip, no wait for the API's event loop (which under a
 * rush of 2,000 is what a lock held across statements waits on). tools/bench/raw-enrolment-server.mjs
 * sends the same statement.
 *
 * Why a function and not one data-modifying CTE: under READ COMMITTED, `FOR UPDATE` waits for the previous
 * holder and returns the row's latest version, but an UPDATE of that row in the same statement builds the
 * new row from the statement's snapshot, writing back old values of every column it does not set (a
 * capacity raised, or the session cancelled, while she waited for the lock). Each statement in PL/pgSQL
 * takes a new snapshot, so the counters are written onto the locked, latest row. The session's CHECK
 * constraints stay the backstop, and a second active enrolment of hers fails on the partial unique index,
 * rolling back the whole call. `now()` is the transaction's start: she pressed the button before the
 * window closed if she queued for the lock then. The decision:
 * - lottery: `applied`, counters untouched, her childcare request and children's ages kept;
 * - a seat, and childcare either not asked for or free → confirmed (with childcare if asked);
 * - a seat, childcare asked for but full, and she chose WITHOUT_CHILDCARE → confirmed without childcare
 *   (request and ages dropped);
 * - otherwise → waitlisted with `next_waitlist_position` (request and ages kept: one queue).
 *
 * Parameters: $1 session, $2 user, $3 childcare asked for, $4 children's ages (months), $5 answers
 * (jsonb), $6 lottery priority tier, $7 she takes a seat without childcare when childcare is full.
 * Answers: no row when the session does not exist; otherwise `refusal` (a message key) or the enrolment's
 * columns.
 */
export const ENROL_STATEMENT = `SELECT r.refusal, (r.enrolment).* FROM enrol_learner($1, $2, $3, $4, $5::jsonb, $6, $7) r`;
