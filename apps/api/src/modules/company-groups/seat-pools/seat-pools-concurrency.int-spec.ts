import { dataOf } from '../../../../test/company-fixtures';
import { enrolAs, newLearners } from '../../../../test/enrolment-fixtures';
import { TestApp, type TestUser } from '../../../../test/harness';
import {
  acceptAs,
  employee,
  heldSeats,
  nominateAs,
  offeredPool,
  offeredSession,
  poolRow,
  poolWorld,
  type Company,
  type PoolWorld,
} from '../../../../test/seat-pool-fixtures';

/**
 * The pool under concurrency (issue 11 part 4), on the real database: many nominations at once (the real API over HTTP, in parallel) never
 * take more than the pool's seats (the pool's row lock; the CHECK as backstop), and accepting while
 * learners race for the same session's open seats never exceeds its capacity.
 */
describe('seat pools: concurrency', () => {
  let app: TestApp;
  let w: PoolWorld;

  beforeAll(async () => {
    app = await TestApp.create();
    w = await poolWorld(app);
  });
  afterAll(() => app.close());

  const staff = async (c: Company, n: number): Promise<TestUser[]> =>
    Promise.all(Array.from({ length: n }, () => employee(app, c.id)));

  const codeOf = (r: { errors?: { extensions?: { code?: string }; message: string }[] }) =>
    r.errors?.[0]?.extensions?.code ?? 'ok';

  it('takes exactly the pool’s seats when 24 nominations from two companies race, then enrols them beside 12 racing learners', async () => {
    const sessionId = await offeredSession(w, { capacity: 10 });
    const pool = await offeredPool(w, sessionId, { seats: 5 });
    const [a, b] = [await staff(w.peerA, 12), await staff(w.peerB, 12)];
    const results = await Promise.all([
      ...a.map((u) => nominateAs(app, w.peerA.admin, pool.id, w.peerA.id, u.id)),
      ...b.map((u) => nominateAs(app, w.peerB.admin, pool.id, w.peerB.id, u.id)),
    ]);
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(5);
    expect(results.filter((r) => r.errors).map((r) => r.errors?.[0]?.message)).toEqual(
      Array(19).fill('この座席枠は満席です（推薦済みの席を含みます）。'),
    );
    expect(await poolRow(app, pool.id)).toMatchObject({ taken_count: 5, live: 5 });

    const byId = new Map([...a, ...b].map((u) => [u.id, u]));
    const learners = await newLearners(app, 12);
    const raced = await Promise.all([
      ...ok.map((r) => {
        const n = dataOf(r).nominateForSeat;
        const nominee = byId.get(n.userId);
        if (!nominee) throw new Error('unknown nominee');
        return acceptAs(app, nominee, n.id).then(codeOf);
      }),
      ...learners.map((l) => enrolAs(app, l, { sessionId }).then((r) => r.data?.enrol.status ?? codeOf(r))),
    ]);
    expect(raced.slice(0, 5)).toEqual(Array(5).fill('ok'));
    const learnerOutcomes = raced.slice(5);
    expect(learnerOutcomes.filter((s) => s === 'confirmed')).toHaveLength(5);
    expect(learnerOutcomes.filter((s) => s === 'waitlisted')).toHaveLength(7);
    expect(await heldSeats(app, sessionId)).toMatchObject({
      capacity: 10,
      confirmed_count: 10,
      confirmed_rows: 10,
      held_count: 0,
    });
    expect(await poolRow(app, pool.id)).toMatchObject({ taken_count: 5, accepted_count: 5, accepted: 5 });
  }, 180_000);

  it('keeps a company to its share when its admin nominates ten at once', async () => {
    const sessionId = await offeredSession(w);
    const pool = await offeredPool(w, sessionId, {
      seats: 3,
      allocation: 'per_company',
      allocations: [
        { organisationId: w.peerA.id, seats: 2 },
        { organisationId: w.peerB.id, seats: 1 },
      ],
    });
    const people = await staff(w.peerA, 10);
    const results = await Promise.all(
      people.map((u) => nominateAs(app, w.peerA.admin, pool.id, w.peerA.id, u.id)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(2);
    expect(await poolRow(app, pool.id)).toMatchObject({ taken_count: 2, live: 2 });
    const [share] = (await app.dataSource.query(
      'SELECT taken_count FROM seat_pool_allocations WHERE pool_id = $1 AND organisation_id = $2',
      [pool.id, w.peerA.id],
    )) as { taken_count: number }[];
    expect(share?.taken_count).toBe(2);
  }, 60_000);

  it('nominates the same person once when her company sends it five times at once', async () => {
    const sessionId = await offeredSession(w);
    const pool = await offeredPool(w, sessionId, { seats: 3 });
    const [hanako] = await staff(w.peerA, 1);
    if (!hanako) throw new Error('no employee');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => nominateAs(app, w.peerA.admin, pool.id, w.peerA.id, hanako.id)),
    );
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'ok']);
    expect(await poolRow(app, pool.id)).toMatchObject({ taken_count: 1, live: 1 });
  });

  it('has the database refuse a pool past its seats and a second live nomination (the backstops)', async () => {
    const sessionId = await offeredSession(w);
    const pool = await offeredPool(w, sessionId, { seats: 2 });
    await expect(
      app.dataSource.query('UPDATE seat_pools SET taken_count = 3 WHERE id = $1', [pool.id]),
    ).rejects.toThrow(/seat_pools_counts_check/);
    const [hanako] = await staff(w.peerA, 1);
    if (!hanako) throw new Error('no employee');
    const insert = () =>
      app.dataSource.query(
        `INSERT INTO seat_pool_nominations (pool_id, organisation_id, user_id) VALUES ($1, $2, $3)`,
        [pool.id, w.peerA.id, hanako.id],
      );
    await insert();
    await expect(insert()).rejects.toThrow(/seat_pool_nominations_one_live/);
  });
});
