import type { TestUser } from '../harness';
import { companyC, otherCompany } from './company-builders';
import { linkOf } from './employee-builders';
import type { AuthzContext } from './matrix';

/**
 * Seat pools for the authorization rows: companyC (companyAdminC) and the other company share a company
 * group of orgA; the other company gets an admin of its own here (no matrix caller), so that it can offer
 * pools to companyC and nominate for pools companyC offers. Every request gets a fresh session, so no
 * case finds the seats or the nominee taken by an earlier one.
 */
interface SeatWorld {
  otherAdmin: TestUser;
  courseOf: Record<'C' | 'D', string>;
}

const worlds = new WeakMap<AuthzContext, Promise<SeatWorld>>();

function seatWorld(c: AuthzContext): Promise<SeatWorld> {
  const existing = worlds.get(c);
  if (existing) return existing;
  const making = (async () => {
    const [C, D] = [await companyC(c), await otherCompany(c)];
    const [group] = (await c.app.dataSource.query(
      `INSERT INTO groups (name, kind, owner_organisation_id) VALUES ('企業グループ', 'company_group', $1) RETURNING id`,
      [c.orgA],
    )) as { id: string }[];
    for (const org of [C, D])
      await c.app.dataSource.query(
        `INSERT INTO group_members (group_id, organisation_id, status, joined_at) VALUES ($1, $2, 'member', now())`,
        [group?.id, org],
      );
    const otherAdmin = await c.app.user({ roles: [[D, 'company_admin']] });
    return {
      otherAdmin,
      courseOf: {
        C: await c.app.course(c.users.companyAdminC.token, {
          providerOrganisationId: C,
          title: '座席枠の講座',
        }),
        D: await c.app.course(otherAdmin.token, { providerOrganisationId: D, title: '座席枠の講座' }),
      },
    };
  })();
  worlds.set(c, making);
  return making;
}

function gqlData<T>(result: { data: T | null; errors?: unknown }): T {
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** A fresh session of a course companyC provides (`C`) or the other company does (`D`). */
export async function poolSession(c: AuthzContext, of: 'C' | 'D'): Promise<string> {
  const world = await seatWorld(c);
  const token = of === 'C' ? c.users.companyAdminC.token : world.otherAdmin.token;
  await companyC(c);
  await otherCompany(c);
  return c.app.session(token, world.courseOf[of], {}, { startsInDays: 20 });
}

/** A fresh first-come pool of 2 seats, offered by companyC (`C`) or by the other company (`D`). */
export async function poolOf(c: AuthzContext, of: 'C' | 'D'): Promise<string> {
  const world = await seatWorld(c);
  const sessionId = await poolSession(c, of);
  const token = of === 'C' ? c.users.companyAdminC.token : world.otherAdmin.token;
  const result = await c.app.gql<{ offerSeatPool: { id: string } }>(
    'mutation($i: OfferSeatPoolInput!) { offerSeatPool(input: $i) { id } }',
    {
      i: {
        sessionId,
        seats: 2,
        allocation: 'first_come',
        closesAt: new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString(),
      },
    },
    { token },
  );
  return gqlData(result).offerSeatPool.id;
}

/** learnerA as companyC's active employee who consents to being nominated (set again before each case). */
export async function nomineeA(c: AuthzContext): Promise<string> {
  await linkOf(c, 'active');
  await c.app.dataSource.query(
    `INSERT INTO company_participation_consents (organisation_id, user_id, allows_nomination) VALUES ($1, $2, true)
     ON CONFLICT (organisation_id, user_id) DO UPDATE SET allows_nomination = true`,
    [c.companyC, c.users.learnerA.id],
  );
  return c.users.learnerA.id;
}

/**
 * A pending nomination: of learnerA by companyC for a pool the other company offers, or (`given: 'other
 * company'`) of a fresh employee of the other company by its admin, for a pool companyC offers.
 */
export async function nominationOf(c: AuthzContext, given?: string): Promise<string> {
  const world = await seatWorld(c);
  const other = given === 'other company';
  const poolId = await poolOf(c, other ? 'C' : 'D');
  let userId: string;
  let organisationId: string;
  let token: string;
  if (other) {
    organisationId = await otherCompany(c);
    userId = (await c.app.user()).id;
    await c.app.dataSource.query(
      `INSERT INTO company_employments (organisation_id, user_id, status) VALUES ($1, $2, 'active')`,
      [organisationId, userId],
    );
    await c.app.dataSource.query(
      `INSERT INTO company_participation_consents (organisation_id, user_id, allows_nomination) VALUES ($1, $2, true)`,
      [organisationId, userId],
    );
    token = world.otherAdmin.token;
  } else {
    organisationId = c.companyC;
    userId = await nomineeA(c);
    token = c.users.companyAdminC.token;
  }
  const result = await c.app.gql<{ nominateForSeat: { id: string } }>(
    'mutation($i: NominateForSeatInput!) { nominateForSeat(input: $i) { id } }',
    { i: { poolId, organisationId, userId } },
    { token },
  );
  return gqlData(result).nominateForSeat.id;
}
