import { dataOf, setCompanyStatus } from '../../../../test/company-fixtures';
import { enrolAs, newLearners } from '../../../../test/enrolment-fixtures';
import { TestApp } from '../../../../test/harness';
import {
  firstError,
  heldSeats,
  inDays,
  OFFERED_BY,
  OFFERED_TO,
  offeredPool,
  offeredSession,
  poolWorld,
  type Pool,
  type PoolWorld,
} from '../../../../test/seat-pool-fixtures';

const EN = { locale: 'en' };

/**
 * Offering a pool (issue 11 part 4): who may, to whom, how many seats; the seats held out of the
 * session's open capacity; every bad input a localized error that changes nothing.
 */
describe('seat pools: offering', () => {
  let app: TestApp;
  let w: PoolWorld;

  beforeAll(async () => {
    app = await TestApp.create();
    w = await poolWorld(app);
  });
  afterAll(() => app.close());

  const poolCount = async (sessionId: string) =>
    Number(
      (
        (await app.dataSource.query(`SELECT count(*)::int AS n FROM seat_pools WHERE session_id = $1`, [
          sessionId,
        ])) as {
          n: number;
        }[]
      )[0]?.n,
    );

  /** Offers as `admin` in English and expects a refusal that leaves the session and pools untouched. */
  async function refused(sessionId: string, input: Record<string, unknown>, admin = w.offering.admin) {
    const before = await heldSeats(app, sessionId);
    const result = await app.gql(
      'mutation($i: OfferSeatPoolInput!) { offerSeatPool(input: $i) { id } }',
      { i: { sessionId, seats: 3, allocation: 'first_come', closesAt: inDays(5), ...input } },
      { token: admin.token, ...EN },
    );
    expect(result.data).toBeNull();
    expect(await heldSeats(app, sessionId)).toEqual(before);
    expect(await poolCount(sessionId)).toBe(0);
    return firstError(result);
  }

  it('holds the offered seats out of the open capacity, and shows the pool to both sides', async () => {
    const sessionId = await offeredSession(w, { capacity: 10 });
    const pool = await offeredPool(w, sessionId, { seats: 4 });
    expect(pool).toMatchObject({ seats: 4, status: 'open', takenCount: 0, acceptedCount: 0, shares: [] });
    expect(await heldSeats(app, sessionId)).toMatchObject({
      capacity: 10,
      held_count: 4,
      confirmed_count: 0,
    });
    const [catalogued] = (await app.dataSource.query(
      'SELECT seats_left FROM enrolment_session_seats WHERE session_id = $1',
      [sessionId],
    )) as { seats_left: number }[];
    expect(catalogued?.seats_left).toBe(6);
    const by = dataOf(
      await app.gql<{ seatPoolsOfferedBy: Pool[] }>(
        OFFERED_BY,
        { o: w.offering.id },
        { token: w.offering.admin.token },
      ),
    ).seatPoolsOfferedBy;
    expect(by.map((p) => p.id)).toContain(pool.id);
    for (const peer of [w.peerA, w.peerB]) {
      const to = dataOf(
        await app.gql<{ seatPoolsOfferedTo: { seatsLeftForUs: number; pool: Pool }[] }>(
          OFFERED_TO,
          { o: peer.id },
          { token: peer.admin.token },
        ),
      ).seatPoolsOfferedTo;
      expect(to.find((o) => o.pool.id === pool.id)?.seatsLeftForUs).toBe(4);
    }
    const outsider = dataOf(
      await app.gql<{ seatPoolsOfferedTo: { pool: Pool }[] }>(
        OFFERED_TO,
        { o: w.outsider.id },
        { token: w.outsider.admin.token },
      ),
    ).seatPoolsOfferedTo;
    expect(outsider.map((o) => o.pool.id)).not.toContain(pool.id);
  });

  it('shows learners the session full when only held seats remain', async () => {
    const sessionId = await offeredSession(w, { capacity: 4 });
    await offeredPool(w, sessionId, { seats: 3 });
    const [first, second] = await newLearners(app, 2);
    expect(dataOf(await enrolAs(app, first, { sessionId })).enrol.status).toBe('confirmed');
    expect(dataOf(await enrolAs(app, second, { sessionId })).enrol.status).toBe('waitlisted');
    expect(await heldSeats(app, sessionId)).toMatchObject({ confirmed_count: 1, held_count: 3 });
  });

  it('splits a per_company pool between named peers', async () => {
    const sessionId = await offeredSession(w);
    const pool = await offeredPool(w, sessionId, {
      seats: 3,
      allocation: 'per_company',
      allocations: [
        { organisationId: w.peerA.id, seats: 2 },
        { organisationId: w.peerB.id, seats: 1 },
      ],
    });
    expect(pool.shares.map((s) => [s.organisationId, s.seats]).sort()).toEqual(
      [
        [w.peerA.id, 2],
        [w.peerB.id, 1],
      ].sort(),
    );
  });

  it('refuses more seats than the session has left, naming how many', async () => {
    const sessionId = await offeredSession(w, { capacity: 3 });
    const [learner] = await newLearners(app, 1);
    dataOf(await enrolAs(app, learner, { sessionId }));
    const error = await refused(sessionId, { seats: 3 });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields?.['seats']).toBe('This session has 2 seats left; you cannot offer more than that.');
  });

  it("refuses another company's admin, a city's staff and an unapproved company", async () => {
    const sessionId = await offeredSession(w);
    expect((await refused(sessionId, {}, w.peerA.admin)).code).toBe('FORBIDDEN');
    const staff = await app.user({ roles: [[w.city, 'staff']] });
    expect((await refused(sessionId, {}, staff)).code).toBe('FORBIDDEN');
    await setCompanyStatus(app, w.offering.id, 'applied');
    try {
      const error = await refused(sessionId, {});
      expect(error).toMatchObject({
        code: 'FORBIDDEN',
        message: 'Only an approved company can offer or nominate for seats.',
      });
    } finally {
      await setCompanyStatus(app, w.offering.id, 'approved');
    }
  });

  it('refuses a lottery session and a cancelled one', async () => {
    const lottery = await offeredSession(w, {
      registrationMode: 'lottery',
      registrationClosesAt: inDays(10),
      drawAt: inDays(11),
    });
    expect(await refused(lottery, {})).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('lottery'),
    });
    const cancelled = await offeredSession(w);
    await app.dataSource.query(`UPDATE sessions SET status = 'cancelled' WHERE id = $1`, [cancelled]);
    expect((await refused(cancelled, {})).code).toBe('CONFLICT');
  });

  it('refuses a deadline in the past or after registration closes', async () => {
    const sessionId = await offeredSession(w);
    for (const closesAt of [inDays(-1), inDays(19)]) {
      const error = await refused(sessionId, { closesAt });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.fields?.['closesAt']).toContain('The nomination deadline must be in the future');
    }
  });

  it('refuses allocations to a company outside its groups, or not adding up, or on a first_come pool', async () => {
    const sessionId = await offeredSession(w);
    const outside = await refused(sessionId, {
      seats: 2,
      allocation: 'per_company',
      allocations: [
        { organisationId: w.peerA.id, seats: 1 },
        { organisationId: w.outsider.id, seats: 1 },
      ],
    });
    expect(outside.fields?.['allocations.1.organisationId']).toBe(
      'Seats can be allocated only to other approved companies of your company groups.',
    );
    const sum = await refused(sessionId, {
      seats: 3,
      allocation: 'per_company',
      allocations: [{ organisationId: w.peerA.id, seats: 1 }],
    });
    expect(sum.fields?.['allocations']).toBe(
      'The per-company allocations add up to 1; they must add up to the 3 seats offered.',
    );
    const twice = await refused(sessionId, {
      seats: 2,
      allocation: 'per_company',
      allocations: [
        { organisationId: w.peerA.id, seats: 1 },
        { organisationId: w.peerA.id, seats: 1 },
      ],
    });
    expect(twice.fields?.['allocations']).toBe('The same company appears twice in the allocations.');
    const firstCome = await refused(sessionId, { allocations: [{ organisationId: w.peerA.id, seats: 3 }] });
    expect(firstCome.code).toBe('BAD_USER_INPUT');
    const ja = await app.gql(
      'mutation($i: OfferSeatPoolInput!) { offerSeatPool(input: $i) { id } }',
      {
        i: {
          sessionId,
          seats: 3,
          allocation: 'first_come',
          closesAt: inDays(5),
          allocations: [{ organisationId: w.peerA.id, seats: 3 }],
        },
      },
      { token: w.offering.admin.token },
    );
    expect(firstError(ja).fields?.['allocations']).toBe(
      '先着順の座席枠には、企業ごとの割当は指定できません。',
    );
  });

  it('refuses a company whose groups hold no other approved company', async () => {
    const course = await app.course(w.outsider.admin.token, { providerOrganisationId: w.outsider.id });
    const sessionId = await app.session(w.outsider.admin.token, course, {}, { startsInDays: 20 });
    expect((await refused(sessionId, {}, w.outsider.admin)).code).toBe('CONFLICT');
  });

  it('keeps the session editor from lowering capacity below confirmed plus held seats', async () => {
    const sessionId = await offeredSession(w, { capacity: 6 });
    await offeredPool(w, sessionId, { seats: 4 });
    const result = await app.gql(
      'mutation($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { capacity } }',
      { id: sessionId, i: { capacity: 3 } },
      { token: w.offering.admin.token },
    );
    expect(firstError(result).code).toBe('BAD_USER_INPUT');
    expect(await heldSeats(app, sessionId)).toMatchObject({ capacity: 6, held_count: 4 });
    const raised = await app.gql(
      'mutation($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { capacity } }',
      { id: sessionId, i: { capacity: 4 } },
      { token: w.offering.admin.token },
    );
    expect(raised.errors).toBeUndefined();
  });

  it('has the database refuse more held seats than capacity (the backstop)', async () => {
    const sessionId = await offeredSession(w, { capacity: 2 });
    await expect(
      app.dataSource.query('UPDATE session_seats SET held_count = 3 WHERE session_id = $1', [sessionId]),
    ).rejects.toThrow(/session_seats_confirmed_check/);
  });
});
