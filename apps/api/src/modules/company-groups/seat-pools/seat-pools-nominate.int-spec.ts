import { dataOf } from '../../../../test/company-fixtures';
import { enrolAs } from '../../../../test/enrolment-fixtures';
import { TestApp, type TestUser } from '../../../../test/harness';
import {
  DECLINE,
  employee,
  firstError,
  MY_NOMINATIONS,
  nominateAs,
  nominated,
  OFFERED_TO,
  offeredPool,
  offeredSession,
  pastDeadline,
  poolRow,
  poolWorld,
  WITHDRAW,
  type Company,
  type Nomination,
  type PoolWorld,
} from '../../../../test/seat-pool-fixtures';

const EN = { locale: 'en' };

/**
 * Nominating (issue 11 part 4): a company's admin nominates her employees for the seats offered to her
 * company; a pending nomination holds a seat of the pool until she answers, is withdrawn, or expires.
 */
describe('seat pools: nominating, withdrawing, declining', () => {
  let app: TestApp;
  let w: PoolWorld;

  beforeAll(async () => {
    app = await TestApp.create();
    w = await poolWorld(app);
  });
  afterAll(() => app.close());

  async function pool(input: Record<string, unknown> = {}) {
    const sessionId = await offeredSession(w);
    return { sessionId, pool: await offeredPool(w, sessionId, input) };
  }

  /** Nominates in English and expects a refusal that writes nothing. */
  async function refused(c: Company, poolId: string, userId: string, organisationId = c.id) {
    const before = await poolRow(app, poolId);
    const result = await app.gql(
      'mutation($i: NominateForSeatInput!) { nominateForSeat(input: $i) { id } }',
      { i: { poolId, organisationId, userId } },
      { token: c.admin.token, ...EN },
    );
    expect(result.data).toBeNull();
    expect(await poolRow(app, poolId)).toEqual(before);
    return firstError(result);
  }

  it('nominates an employee who consents: she holds a seat, both sides see it', async () => {
    const { pool: p } = await pool({ seats: 2 });
    const hanako = await employee(app, w.peerA.id);
    const nomination = await nominated(app, w.peerA, p.id, hanako);
    expect(nomination).toMatchObject({ status: 'nominated', userId: hanako.id, organisationId: w.peerA.id });
    expect(await poolRow(app, p.id)).toMatchObject({ taken_count: 1, accepted_count: 0, live: 1 });
    const offers = dataOf(
      await app.gql<{
        seatPoolsOfferedTo: { seatsLeftForUs: number; pool: { id: string }; nominations: Nomination[] }[];
      }>(OFFERED_TO, { o: w.peerA.id }, { token: w.peerA.admin.token }),
    ).seatPoolsOfferedTo.find((o) => o.pool.id === p.id);
    expect(offers?.seatsLeftForUs).toBe(1);
    expect(offers?.nominations.map((n) => n.id)).toEqual([nomination.id]);
    const mine = dataOf(
      await app.gql<{ myNominations: Nomination[] }>(MY_NOMINATIONS, {}, { token: hanako.token }),
    ).myNominations;
    expect(mine.map((n) => n.id)).toEqual([nomination.id]);
    // Peer B sees the pool but not peer A's nominee.
    const other = dataOf(
      await app.gql<{ seatPoolsOfferedTo: { pool: { id: string }; nominations: Nomination[] }[] }>(
        OFFERED_TO,
        { o: w.peerB.id },
        { token: w.peerB.admin.token },
      ),
    ).seatPoolsOfferedTo.find((o) => o.pool.id === p.id);
    expect(other?.nominations).toEqual([]);
  });

  it('refuses someone who is not her employee (another company’s, or a link that ended)', async () => {
    const { pool: p } = await pool();
    const theirs = await employee(app, w.peerB.id);
    const error = await refused(w.peerA, p.id, theirs.id);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields?.['userId']).toBe('You can nominate only people confirmed as your employees.');
    const former = await employee(app, w.peerA.id, { status: 'ended' });
    expect((await refused(w.peerA, p.id, former.id)).fields?.['userId']).toContain(
      'confirmed as your employees',
    );
    const requested = await employee(app, w.peerA.id, { status: 'requested' });
    expect((await refused(w.peerA, p.id, requested.id)).code).toBe('BAD_USER_INPUT');
  });

  it('refuses an employee who has not consented to being nominated', async () => {
    const { pool: p } = await pool();
    const shy = await employee(app, w.peerA.id, { consents: false });
    const error = await refused(w.peerA, p.id, shy.id);
    expect(error.fields?.['userId']).toBe(
      'This person has not consented to being nominated by your company.',
    );
  });

  it('refuses someone who already holds a place, confirmed or waitlisted', async () => {
    const { sessionId, pool: p } = await pool();
    const enrolled = await employee(app, w.peerA.id);
    expect(dataOf(await enrolAs(app, enrolled, { sessionId })).enrol.status).toBe('confirmed');
    expect(await refused(w.peerA, p.id, enrolled.id)).toMatchObject({
      code: 'CONFLICT',
      message: 'This person already holds a place in this session (confirmed or waitlisted).',
    });
    const full = await pool({ seats: 10 });
    const waiting = await employee(app, w.peerA.id);
    expect(dataOf(await enrolAs(app, waiting, { sessionId: full.sessionId })).enrol.status).toBe(
      'waitlisted',
    );
    expect((await refused(w.peerA, full.pool.id, waiting.id)).code).toBe('CONFLICT');
  });

  it('refuses a second live nomination of the same person', async () => {
    const { pool: p } = await pool();
    const hanako = await employee(app, w.peerA.id);
    await nominated(app, w.peerA, p.id, hanako);
    expect((await refused(w.peerA, p.id, hanako.id)).message).toBe(
      'This person has already been nominated for this seat pool.',
    );
  });

  it('refuses a nomination past the pool’s seats, and past a company’s share', async () => {
    const { pool: p } = await pool({ seats: 1 });
    await nominated(app, w.peerA, p.id, await employee(app, w.peerA.id));
    expect(await refused(w.peerB, p.id, (await employee(app, w.peerB.id)).id)).toMatchObject({
      code: 'CONFLICT',
      message: 'This seat pool is full (nominated seats included).',
    });
    const shared = await pool({
      seats: 3,
      allocation: 'per_company',
      allocations: [
        { organisationId: w.peerA.id, seats: 1 },
        { organisationId: w.peerB.id, seats: 2 },
      ],
    });
    await nominated(app, w.peerA, shared.pool.id, await employee(app, w.peerA.id));
    expect((await refused(w.peerA, shared.pool.id, (await employee(app, w.peerA.id)).id)).code).toBe(
      'CONFLICT',
    );
    await nominated(app, w.peerB, shared.pool.id, await employee(app, w.peerB.id));
  });

  it('answers NOT_FOUND for a pool not offered to her company, FORBIDDEN for another company', async () => {
    const { pool: p } = await pool();
    expect((await refused(w.outsider, p.id, (await employee(app, w.outsider.id)).id)).code).toBe('NOT_FOUND');
    const only = await pool({
      seats: 1,
      allocation: 'per_company',
      allocations: [{ organisationId: w.peerA.id, seats: 1 }],
    });
    expect((await refused(w.peerB, only.pool.id, (await employee(app, w.peerB.id)).id)).code).toBe(
      'NOT_FOUND',
    );
    expect((await refused(w.peerA, p.id, (await employee(app, w.peerB.id)).id, w.peerB.id)).code).toBe(
      'FORBIDDEN',
    );
    // A company that has left the group is no longer offered the pool.
    await app.dataSource.query('DELETE FROM group_members WHERE group_id = $1 AND organisation_id = $2', [
      w.group,
      w.peerB.id,
    ]);
    try {
      expect((await refused(w.peerB, p.id, (await employee(app, w.peerB.id)).id)).code).toBe('NOT_FOUND');
    } finally {
      await app.dataSource.query(
        `INSERT INTO group_members (group_id, organisation_id, status, joined_at) VALUES ($1, $2, 'member', now())`,
        [w.group, w.peerB.id],
      );
    }
  });

  it('refuses nominations after the deadline', async () => {
    const { pool: p } = await pool();
    await pastDeadline(app, p.id);
    expect(await refused(w.peerA, p.id, (await employee(app, w.peerA.id)).id)).toMatchObject({
      code: 'CONFLICT',
      message: 'Nominations for this seat pool have closed.',
    });
  });

  it('withdrawing or declining gives the seat back to the pool; only the right side may', async () => {
    const { pool: p } = await pool({ seats: 1 });
    const [first, second, third]: [TestUser, TestUser, TestUser] = [
      await employee(app, w.peerA.id),
      await employee(app, w.peerA.id),
      await employee(app, w.peerA.id),
    ];
    const a = await nominated(app, w.peerA, p.id, first);
    expect(firstError(await app.gql(WITHDRAW, { id: a.id }, { token: w.peerB.admin.token })).code).toBe(
      'FORBIDDEN',
    );
    expect(firstError(await app.gql(WITHDRAW, { id: a.id }, { token: first.token })).code).toBe('FORBIDDEN');
    const withdrawn = dataOf(
      await app.gql<{ withdrawNomination: Nomination }>(
        WITHDRAW,
        { id: a.id },
        { token: w.peerA.admin.token },
      ),
    ).withdrawNomination;
    expect(withdrawn.status).toBe('withdrawn');
    expect(await poolRow(app, p.id)).toMatchObject({ taken_count: 0, live: 0 });
    expect(firstError(await app.gql(WITHDRAW, { id: a.id }, { token: w.peerA.admin.token })).code).toBe(
      'CONFLICT',
    );
    const b = await nominated(app, w.peerA, p.id, second);
    expect(firstError(await app.gql(DECLINE, { id: b.id }, { token: third.token })).code).toBe('FORBIDDEN');
    expect(firstError(await app.gql(DECLINE, { id: b.id }, { token: w.peerA.admin.token })).code).toBe(
      'FORBIDDEN',
    );
    const declined = dataOf(
      await app.gql<{ declineNomination: Nomination }>(DECLINE, { id: b.id }, { token: second.token }),
    ).declineNomination;
    expect(declined.status).toBe('declined');
    expect(await poolRow(app, p.id)).toMatchObject({ taken_count: 0, live: 0 });
    expect(firstError(await app.gql(DECLINE, { id: b.id }, { token: second.token })).code).toBe('CONFLICT');
    // The freed seat is nominated again; the first nominee may be nominated anew too.
    await nominated(app, w.peerA, p.id, third);
    expect(
      (await nominateAs(app, w.peerA.admin, p.id, w.peerA.id, first.id)).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
  });
});
