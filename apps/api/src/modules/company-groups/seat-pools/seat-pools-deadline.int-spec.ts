import { dataOf } from '../../../../test/company-fixtures';
import { enrolAs, newLearners } from '../../../../test/enrolment-fixtures';
import { TestApp } from '../../../../test/harness';
import {
  acceptAs,
  CLOSE,
  employee,
  firstError,
  heldSeats,
  nominateAs,
  nominated,
  offeredPool,
  offeredSession,
  pastDeadline,
  poolRow,
  poolWorld,
  type Pool,
  type PoolWorld,
} from '../../../../test/seat-pool-fixtures';
import { SeatPoolsScheduler } from './seat-pools.scheduler';
import { SeatPoolsService } from './seat-pools.service';

/**
 * The deadline (issue 11 part 4): the job closes due pools — pending nominations expire, unused seats go
 * back to the session's open capacity and its waitlist moves up — and the offering company may close
 * early. Nothing is taken after the deadline.
 */
describe('seat pools: the deadline', () => {
  let app: TestApp;
  let w: PoolWorld;

  beforeAll(async () => {
    app = await TestApp.create();
    w = await poolWorld(app);
  });
  afterAll(() => app.close());

  const nominationStatus = async (id: string) =>
    (
      (await app.dataSource.query('SELECT status FROM seat_pool_nominations WHERE id = $1', [id])) as {
        status: string;
      }[]
    )[0]?.status;

  it('expires pending nominations, returns unused seats and promotes the waitlist at the deadline', async () => {
    const sessionId = await offeredSession(w, { capacity: 5 });
    const pool = await offeredPool(w, sessionId, { seats: 4 });
    const [open, waiting] = await newLearners(app, 2);
    expect(dataOf(await enrolAs(app, open, { sessionId })).enrol.status).toBe('confirmed');
    expect(dataOf(await enrolAs(app, waiting, { sessionId })).enrol.status).toBe('waitlisted');
    const yes = await employee(app, w.peerA.id);
    const pending = await employee(app, w.peerB.id);
    const accepted = await nominated(app, w.peerA, pool.id, yes);
    dataOf(await acceptAs(app, yes, accepted.id));
    const left = await nominated(app, w.peerB, pool.id, pending);
    expect(await heldSeats(app, sessionId)).toMatchObject({ confirmed_count: 2, held_count: 3 });

    const service = app.app.get(SeatPoolsService);
    // Other specs' pools share this database: each check looks at this pool only.
    await service.closeDuePools();
    expect(await poolRow(app, pool.id)).toMatchObject({ status: 'open' });
    await pastDeadline(app, pool.id);
    expect(firstError(await acceptAs(app, pending, left.id)).code).toBe('CONFLICT');
    await app.app.get(SeatPoolsScheduler).tick();

    expect(await poolRow(app, pool.id)).toMatchObject({
      status: 'closed',
      taken_count: 1,
      accepted_count: 1,
    });
    expect(await nominationStatus(left.id)).toBe('expired');
    expect(await nominationStatus(accepted.id)).toBe('accepted');
    expect(await heldSeats(app, sessionId)).toMatchObject({
      held_count: 0,
      confirmed_count: 3,
      confirmed_rows: 3,
    });
    const [promoted] = (await app.dataSource.query(
      `SELECT e.status, (SELECT count(*)::int FROM domain_events d WHERE d.type = 'enrolment.promoted'
                          AND d.payload->>'enrolmentId' = e.id::text) AS events
         FROM enrolments e WHERE e.session_id = $1 AND e.user_id = $2`,
      [sessionId, waiting.id],
    )) as { status: string; events: number }[];
    expect(promoted).toEqual({ status: 'confirmed', events: 1 });
    // A late duplicate of the job changes nothing.
    await service.closeDuePools();
    expect(await heldSeats(app, sessionId)).toMatchObject({ held_count: 0, confirmed_count: 3 });
    // Nothing is taken any more.
    const late = await nominateAs(
      app,
      w.peerA.admin,
      pool.id,
      w.peerA.id,
      (await employee(app, w.peerA.id)).id,
    );
    expect(firstError(late).code).toBe('CONFLICT');
    expect(firstError(await acceptAs(app, pending, left.id)).code).toBe('CONFLICT');
  });

  it('gives every unused seat back when nobody accepted', async () => {
    const sessionId = await offeredSession(w, { capacity: 6 });
    const pool = await offeredPool(w, sessionId, { seats: 6 });
    await pastDeadline(app, pool.id);
    expect(await app.app.get(SeatPoolsService).closeDuePools()).toBeGreaterThanOrEqual(1);
    expect(await heldSeats(app, sessionId)).toMatchObject({ held_count: 0, confirmed_count: 0 });
    const [learner] = await newLearners(app, 1);
    expect(dataOf(await enrolAs(app, learner, { sessionId })).enrol.status).toBe('confirmed');
  });

  it('lets the offering company close early, once; nobody else', async () => {
    const sessionId = await offeredSession(w, { capacity: 4 });
    const pool = await offeredPool(w, sessionId, { seats: 2 });
    const nominee = await employee(app, w.peerA.id);
    const pending = await nominated(app, w.peerA, pool.id, nominee);
    expect(firstError(await app.gql(CLOSE, { id: pool.id }, { token: w.peerA.admin.token })).code).toBe(
      'FORBIDDEN',
    );
    const closed = dataOf(
      await app.gql<{ closeSeatPool: Pool }>(CLOSE, { id: pool.id }, { token: w.offering.admin.token }),
    ).closeSeatPool;
    expect(closed).toMatchObject({ status: 'closed', takenCount: 0, acceptedCount: 0 });
    expect(await nominationStatus(pending.id)).toBe('expired');
    expect(await heldSeats(app, sessionId)).toMatchObject({ held_count: 0 });
    const again = await app.gql(CLOSE, { id: pool.id }, { token: w.offering.admin.token, locale: 'en' });
    expect(firstError(again)).toMatchObject({
      code: 'CONFLICT',
      message: 'This seat pool is already closed.',
    });
  });
});
