import { TestApp, type TestUser } from './harness';

/** Shared by the enrolment integration specs (one file per subject, each with its own API). */
export const ENROL = `mutation($input: EnrolInput!) { enrol(input: $input) { id status waitlistPosition childcareRequested childcareConfirmed } }`;
export const CANCEL = `mutation($id: ID!) { cancelEnrolment(id: $id) { id status } }`;

export interface Enrolled {
  id: string;
  status: string;
  waitlistPosition: number | null;
  childcareRequested: boolean;
  childcareConfirmed: boolean;
}

export interface SeatCounts {
  confirmed_count: number;
  childcare_confirmed_count: number;
  confirmed_rows: number;
  all_rows: number;
}

/** The world every enrolment spec starts from: an API, a city, and one of its staff. */
export async function enrolmentWorld(): Promise<{ app: TestApp; city: string; staff: TestUser }> {
  const app = await TestApp.create();
  const city = await app.organisation('city');
  const staff = await app.user({ roles: [[city, 'staff']] });
  return { app, city, staff };
}

export function enrolAs(app: TestApp, user: TestUser, input: Record<string, unknown>) {
  return app.gql<{ enrol: Enrolled }>(ENROL, { input }, { token: user.token });
}

/** `n` elements of `T`, so that destructuring `n` learners needs no check for a missing one. */
export type Tuple<T, N extends number, Built extends T[] = []> = Built['length'] extends N
  ? Built
  : Tuple<T, N, [...Built, T]>;

/** `n` new accounts without roles; `n` is a literal, so the answer is a tuple of exactly `n`. */
export async function newLearners<N extends number>(app: TestApp, n: N): Promise<Tuple<TestUser, N>> {
  return (await Promise.all(Array.from({ length: n }, () => app.user()))) as Tuple<TestUser, N>;
}

/** The session's seat counters next to the rows they count, to prove they agree. */
export async function seatCounts(app: TestApp, sessionId: string): Promise<SeatCounts> {
  const [row] = await app.dataSource.query(
    `SELECT s.confirmed_count, s.childcare_confirmed_count,
            (SELECT count(*)::int FROM enrolments e WHERE e.session_id = s.session_id AND e.status IN ('confirmed','completed')) AS confirmed_rows,
            (SELECT count(*)::int FROM enrolments e WHERE e.session_id = s.session_id) AS all_rows
       FROM session_seats s WHERE s.session_id = $1`,
    [sessionId],
  );
  if (!row) throw new Error(`no session ${sessionId}`);
  return row as SeatCounts;
}
