import { companyRow, dataOf } from './company-fixtures';
import { employmentRow } from './employee-fixtures';
import type { GqlResult, TestApp, TestUser } from './harness';

/** Shared by the seat-pool integration specs and authorization rows. */

export const POOL = `id sessionId seats allocation status takenCount acceptedCount closesAt
  shares { organisationId seats takenCount acceptedCount }`;
export const NOMINATION = 'id poolId organisationId userId status enrolmentId familyName courseTitle';
export const OFFER = `mutation($i: OfferSeatPoolInput!) { offerSeatPool(input: $i) { ${POOL} } }`;
export const CLOSE = `mutation($id: ID!) { closeSeatPool(id: $id) { ${POOL} } }`;
export const NOMINATE = `mutation($i: NominateForSeatInput!) { nominateForSeat(input: $i) { ${NOMINATION} } }`;
export const ACCEPT = `mutation($i: AcceptNominationInput!) { acceptNomination(input: $i) { ${NOMINATION} } }`;
export const DECLINE = `mutation($id: ID!) { declineNomination(id: $id) { ${NOMINATION} } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawNomination(id: $id) { ${NOMINATION} } }`;
export const OFFERED_TO = `query($o: ID!) { seatPoolsOfferedTo(organisationId: $o) {
  seatsLeftForUs pool { ${POOL} } nominations { ${NOMINATION} } } }`;
export const OFFERED_BY = `query($o: ID!) { seatPoolsOfferedBy(organisationId: $o) { ${POOL} } }`;
export const MY_NOMINATIONS = `{ myNominations { ${NOMINATION} closesAt offeringCompanyName } }`;

export interface Pool {
  id: string;
  seats: number;
  status: string;
  takenCount: number;
  acceptedCount: number;
  shares: { organisationId: string; seats: number | null; takenCount: number; acceptedCount: number }[];
}
export interface Nomination {
  id: string;
  status: string;
  userId: string;
  organisationId: string;
  enrolmentId: string | null;
}

const DAY = 24 * 60 * 60 * 1000;
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

export interface Company {
  id: string;
  admin: TestUser;
}

/**
 * A city owning a company group with three approved companies: `offering` (provides the course) and two
 * peers; `outsider` is approved but in no group with them. Each company has its admin.
 */
export interface PoolWorld {
  app: TestApp;
  city: string;
  group: string;
  offering: Company;
  peerA: Company;
  peerB: Company;
  outsider: Company;
}

async function company(app: TestApp, city: string): Promise<Company> {
  const id = await companyRow(app, city);
  return { id, admin: await app.user({ roles: [[id, 'company_admin']] }) };
}

export async function poolWorld(app: TestApp): Promise<PoolWorld> {
  const city = await app.organisation('city');
  const [offering, peerA, peerB, outsider] = [
    await company(app, city),
    await company(app, city),
    await company(app, city),
    await company(app, city),
  ];
  const [group] = (await app.dataSource.query(
    `INSERT INTO groups (name, kind, owner_organisation_id) VALUES ('企業グループ', 'company_group', $1) RETURNING id`,
    [city],
  )) as { id: string }[];
  if (!group) throw new Error('no group');
  for (const c of [offering, peerA, peerB])
    await app.dataSource.query(
      `INSERT INTO group_members (group_id, organisation_id, status, joined_at) VALUES ($1, $2, 'member', now())`,
      [group.id, c.id],
    );
  return { app, city, group: group.id, offering, peerA, peerB, outsider };
}

/** A published first-come session of a course the offering company provides (10 seats unless given). */
export async function offeredSession(
  w: PoolWorld,
  input: Record<string, unknown> = {},
  courseInput: Record<string, unknown> = {},
): Promise<string> {
  const course = await w.app.course(w.offering.admin.token, {
    providerOrganisationId: w.offering.id,
    title: '管理職準備講座',
    ...courseInput,
  });
  return w.app.session(w.offering.admin.token, course, input, { startsInDays: 20 });
}

/** An active employee of the company, consenting to nominations unless `consents: false`. */
export async function employee(
  app: TestApp,
  organisationId: string,
  options: { consents?: boolean; status?: string; locale?: 'ja' | 'en' } = {},
): Promise<TestUser> {
  const user = await app.user({ ...(options.locale && { locale: options.locale }) });
  await employmentRow(app, organisationId, user.id, { status: options.status ?? 'active' });
  await app.dataSource.query(
    `INSERT INTO company_participation_consents (organisation_id, user_id, allows_nomination) VALUES ($1, $2, $3)`,
    [organisationId, user.id, options.consents ?? true],
  );
  return user;
}

export function offerAs(app: TestApp, user: TestUser, input: Record<string, unknown>) {
  return app.gql<{ offerSeatPool: Pool }>(
    OFFER,
    { i: { closesAt: inDays(5), ...input } },
    { token: user.token },
  );
}

/** A pool offered through the API (first_come to the group unless `input` says otherwise). */
export async function offeredPool(w: PoolWorld, sessionId: string, input: Record<string, unknown> = {}) {
  return dataOf(
    await offerAs(w.app, w.offering.admin, { sessionId, seats: 3, allocation: 'first_come', ...input }),
  ).offerSeatPool;
}

export function nominateAs(
  app: TestApp,
  admin: TestUser,
  poolId: string,
  organisationId: string,
  userId: string,
) {
  return app.gql<{ nominateForSeat: Nomination }>(
    NOMINATE,
    { i: { poolId, organisationId, userId } },
    { token: admin.token },
  );
}

export async function nominated(
  app: TestApp,
  c: Company,
  poolId: string,
  user: TestUser,
): Promise<Nomination> {
  return dataOf(await nominateAs(app, c.admin, poolId, c.id, user.id)).nominateForSeat;
}

export function acceptAs(
  app: TestApp,
  user: TestUser,
  nominationId: string,
  extra: Record<string, unknown> = {},
) {
  return app.gql<{ acceptNomination: Nomination }>(
    ACCEPT,
    { i: { nominationId, ...extra } },
    { token: user.token },
  );
}

export interface HeldSeats {
  capacity: number;
  confirmed_count: number;
  held_count: number;
  childcare_confirmed_count: number;
  confirmed_rows: number;
}

export async function heldSeats(app: TestApp, sessionId: string): Promise<HeldSeats> {
  const [row] = (await app.dataSource.query(
    `SELECT s.capacity, s.confirmed_count, s.held_count, s.childcare_confirmed_count,
            (SELECT count(*)::int FROM enrolments e WHERE e.session_id = s.session_id
                AND e.status IN ('confirmed', 'completed')) AS confirmed_rows
       FROM session_seats s WHERE s.session_id = $1`,
    [sessionId],
  )) as HeldSeats[];
  if (!row) throw new Error(`no session ${sessionId}`);
  return row;
}

export async function poolRow(app: TestApp, poolId: string) {
  const [row] = (await app.dataSource.query(
    `SELECT status, seats, taken_count, accepted_count,
            (SELECT count(*)::int FROM seat_pool_nominations n WHERE n.pool_id = p.id AND n.status IN ('nominated', 'accepted')) AS live,
            (SELECT count(*)::int FROM seat_pool_nominations n WHERE n.pool_id = p.id AND n.status = 'accepted') AS accepted
       FROM seat_pools p WHERE p.id = $1`,
    [poolId],
  )) as {
    status: string;
    seats: number;
    taken_count: number;
    accepted_count: number;
    live: number;
    accepted: number;
  }[];
  if (!row) throw new Error(`no pool ${poolId}`);
  return row;
}

/** Moves a pool's deadline into the past (fixtures only: the API refuses a past deadline). */
export async function pastDeadline(app: TestApp, poolId: string): Promise<void> {
  await app.dataSource.query(`UPDATE seat_pools SET closes_at = now() - interval '1 minute' WHERE id = $1`, [
    poolId,
  ]);
}

export function firstError(result: GqlResult): {
  code?: string;
  message: string;
  fields?: Record<string, string>;
} {
  const [error] = result.errors ?? [];
  return { code: error?.extensions?.code, message: error?.message ?? '', fields: error?.extensions?.fields };
}
