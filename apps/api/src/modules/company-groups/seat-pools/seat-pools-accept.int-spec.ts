import { dataOf } from '../../../../test/company-fixtures';
import { enrolAs } from '../../../../test/enrolment-fixtures';
import { TestApp } from '../../../../test/harness';
import {
  acceptAs,
  employee,
  firstError,
  heldSeats,
  nominated,
  offeredPool,
  offeredSession,
  pastDeadline,
  poolRow,
  poolWorld,
  type PoolWorld,
} from '../../../../test/seat-pool-fixtures';

const EN = { locale: 'en' };

/**
 * Accepting (issue 11 part 4): the nominee is enrolled at once in one of the pool's held seats, under the
 * enrolment rules — her answers, childcare, one place per learner, the session's state.
 */
describe('seat pools: accepting', () => {
  let app: TestApp;
  let w: PoolWorld;

  beforeAll(async () => {
    app = await TestApp.create();
    w = await poolWorld(app);
  });
  afterAll(() => app.close());

  async function nominatedIn(sessionInput: Record<string, unknown> = {}, seats = 2) {
    const sessionId = await offeredSession(w, sessionInput);
    const pool = await offeredPool(w, sessionId, { seats });
    const nominee = await employee(app, w.peerA.id);
    const nomination = await nominated(app, w.peerA, pool.id, nominee);
    return { sessionId, pool, nominee, nomination };
  }

  const companyName = async (id: string) =>
    (
      (await app.dataSource.query('SELECT name FROM organisations WHERE id = $1', [id])) as { name: string }[]
    )[0]?.name;

  const questionsOf = async (sessionId: string) =>
    dataOf(
      await app.gql<{ session: { questions: { id: string }[] } }>(
        'query($id: ID!) { session(id: $id) { questions { id } } }',
        { id: sessionId },
        { token: w.offering.admin.token },
      ),
    ).session.questions.map((q) => q.id);

  it('enrols her in a held seat: held − 1, confirmed + 1, the nomination accepted with her enrolment', async () => {
    const { sessionId, pool, nominee, nomination } = await nominatedIn();
    expect(await heldSeats(app, sessionId)).toMatchObject({ held_count: 2, confirmed_count: 0 });
    const accepted = dataOf(await acceptAs(app, nominee, nomination.id)).acceptNomination;
    expect(accepted).toMatchObject({ status: 'accepted', enrolmentId: expect.any(String) });
    expect(await heldSeats(app, sessionId)).toMatchObject({
      held_count: 1,
      confirmed_count: 1,
      confirmed_rows: 1,
    });
    expect(await poolRow(app, pool.id)).toMatchObject({ taken_count: 1, accepted_count: 1, accepted: 1 });
    const [row] = (await app.dataSource.query(`SELECT status, user_id FROM enrolments WHERE id = $1`, [
      accepted.enrolmentId,
    ])) as { status: string; user_id: string }[];
    expect(row).toEqual({ status: 'confirmed', user_id: nominee.id });
    const events = (await app.dataSource.query(
      `SELECT type FROM domain_events WHERE payload->>'enrolmentId' = $1`,
      [accepted.enrolmentId],
    )) as { type: string }[];
    expect(events.map((e) => e.type)).toEqual(['enrolment.confirmed']);
    expect(firstError(await acceptAs(app, nominee, nomination.id, {})).code).toBe('CONFLICT');
  });

  it('names those who accepted to the offering company, pending ones only in counts, and to another company only its own', async () => {
    const { pool, nominee, nomination } = await nominatedIn({}, 3);
    const pending = await employee(app, w.peerA.id);
    await nominated(app, w.peerA, pool.id, pending);
    const other = await employee(app, w.peerB.id);
    const otherNomination = await nominated(app, w.peerB, pool.id, other);
    const byOffering = async () =>
      dataOf(
        await app.gql<{
          seatPoolsOfferedBy: { id: string; takenCount: number; participants: Record<string, unknown>[] }[];
        }>(
          'query($o: ID!) { seatPoolsOfferedBy(organisationId: $o) { id takenCount participants { familyName givenName companyName acceptedAt } } }',
          { o: w.offering.id },
          { token: w.offering.admin.token },
        ),
      ).seatPoolsOfferedBy.find((p) => p.id === pool.id);
    expect(await byOffering()).toMatchObject({ takenCount: 3, participants: [] });
    dataOf(await acceptAs(app, nominee, nomination.id));
    dataOf(await acceptAs(app, other, otherNomination.id));
    const seen = await byOffering();
    expect(seen?.participants).toHaveLength(2);
    expect(seen?.participants.map((p) => p['companyName']).sort()).toEqual(
      [await companyName(w.peerA.id), await companyName(w.peerB.id)].sort(),
    );
    expect(seen?.participants[0]).toMatchObject({ acceptedAt: expect.any(String) });
    const toPeerA = dataOf(
      await app.gql<{
        seatPoolsOfferedTo: { pool: { id: string; participants: { companyName: string }[] } }[];
      }>(
        'query($o: ID!) { seatPoolsOfferedTo(organisationId: $o) { pool { id participants { companyName } } } }',
        { o: w.peerA.id },
        { token: w.peerA.admin.token },
      ),
    ).seatPoolsOfferedTo.find((o) => o.pool.id === pool.id);
    expect(toPeerA?.pool.participants).toEqual([{ companyName: await companyName(w.peerA.id) }]);
  });

  it('asks for the session’s required answers, changing nothing until they are given', async () => {
    const { sessionId, nominee, nomination, pool } = await nominatedIn({
      questions: [{ kind: 'yes_no', label: '初めての参加ですか', required: true }],
    });
    const [questionId] = await questionsOf(sessionId);
    const missing = await acceptAs(app, nominee, nomination.id);
    expect(firstError(missing).code).toBe('BAD_USER_INPUT');
    expect(firstError(missing).fields).toEqual({ [`answers.${questionId}`]: 'この質問への回答は必須です。' });
    expect(await heldSeats(app, sessionId)).toMatchObject({ held_count: 2, confirmed_count: 0 });
    expect(await poolRow(app, pool.id)).toMatchObject({ taken_count: 1, accepted_count: 0 });
    const ok = await acceptAs(app, nominee, nomination.id, { answers: [{ questionId, value: 'yes' }] });
    expect(dataOf(ok).acceptNomination.status).toBe('accepted');
  });

  it('gives childcare while a childcare seat is free, then refuses or drops it as she chose', async () => {
    const sessionId = await offeredSession(w, { childcareCapacity: 1 });
    const pool = await offeredPool(w, sessionId, { seats: 3 });
    const [a, b, c] = [
      await employee(app, w.peerA.id),
      await employee(app, w.peerA.id),
      await employee(app, w.peerB.id),
    ];
    const [na, nb, nc] = [
      await nominated(app, w.peerA, pool.id, a),
      await nominated(app, w.peerA, pool.id, b),
      await nominated(app, w.peerB, pool.id, c),
    ];
    const badAge = await acceptAs(app, a, na.id, { childcare: true, childAgesMonths: [] });
    expect(Object.keys(firstError(badAge).fields ?? {})).toEqual(['childAgesMonths']);
    dataOf(await acceptAs(app, a, na.id, { childcare: true, childAgesMonths: [24] }));
    const full = await app.gql(
      'mutation($i: AcceptNominationInput!) { acceptNomination(input: $i) { id } }',
      { i: { nominationId: nb.id, childcare: true, childAgesMonths: [24] } },
      { token: b.token, ...EN },
    );
    expect(firstError(full)).toMatchObject({
      code: 'CONFLICT',
      message: 'Childcare is full. To take the seat without childcare, choose so and accept again.',
    });
    expect(await heldSeats(app, sessionId)).toMatchObject({
      held_count: 2,
      confirmed_count: 1,
      childcare_confirmed_count: 1,
    });
    dataOf(
      await acceptAs(app, b, nb.id, {
        childcare: true,
        childAgesMonths: [24],
        ifChildcareFull: 'WITHOUT_CHILDCARE',
      }),
    );
    dataOf(await acceptAs(app, c, nc.id));
    const rows = (await app.dataSource.query(
      `SELECT user_id, childcare_confirmed, childcare_requested FROM enrolments WHERE session_id = $1 ORDER BY created_at`,
      [sessionId],
    )) as { user_id: string; childcare_confirmed: boolean; childcare_requested: boolean }[];
    expect(rows).toEqual([
      { user_id: a.id, childcare_confirmed: true, childcare_requested: true },
      { user_id: b.id, childcare_confirmed: false, childcare_requested: false },
      { user_id: c.id, childcare_confirmed: false, childcare_requested: false },
    ]);
    expect(await heldSeats(app, sessionId)).toMatchObject({
      held_count: 0,
      confirmed_count: 3,
      confirmed_rows: 3,
    });
  });

  it('shows her, and only her, what accepting asks: the session’s questions and childcare', async () => {
    const { sessionId, nominee, nomination } = await nominatedIn({
      questions: [{ kind: 'text', label: '学びたいこと', required: true }],
      childcareCapacity: 2,
    });
    const mine = dataOf(
      await app.gql<{
        myNominations: {
          id: string;
          session: {
            id: string;
            childcareCapacity: number;
            childcareSeatsLeft: number;
            questions: unknown[];
          };
        }[];
      }>(
        '{ myNominations { id session { id childcareCapacity childcareSeatsLeft questions { label required } } } }',
        {},
        { token: nominee.token },
      ),
    ).myNominations;
    expect(mine).toEqual([
      {
        id: nomination.id,
        session: {
          id: sessionId,
          childcareCapacity: 2,
          childcareSeatsLeft: 2,
          questions: [{ label: '学びたいこと', required: true }],
        },
      },
    ]);
    const byHerCompany = await app.gql(
      'query($o: ID!) { seatPoolsOfferedTo(organisationId: $o) { nominations { id session { id } } } }',
      { o: w.peerA.id },
      { token: w.peerA.admin.token },
    );
    expect(firstError(byHerCompany).code).toBe('FORBIDDEN');
  });

  it('is hers alone to answer', async () => {
    const { nomination } = await nominatedIn();
    const someoneElse = await employee(app, w.peerA.id);
    expect(firstError(await acceptAs(app, someoneElse, nomination.id)).code).toBe('FORBIDDEN');
    expect(firstError(await acceptAs(app, w.peerA.admin, nomination.id)).code).toBe('FORBIDDEN');
    const none = await acceptAs(app, someoneElse, '00000000-0000-4000-8000-000000000000');
    expect(firstError(none).code).toBe('NOT_FOUND');
  });

  it('refuses after the deadline, and when she took a place herself meanwhile', async () => {
    const late = await nominatedIn();
    await pastDeadline(app, late.pool.id);
    expect(firstError(await acceptAs(app, late.nominee, late.nomination.id)).code).toBe('CONFLICT');
    const self = await nominatedIn();
    dataOf(await enrolAs(app, self.nominee, { sessionId: self.sessionId }));
    const before = await heldSeats(app, self.sessionId);
    const twice = await app.gql(
      'mutation($i: AcceptNominationInput!) { acceptNomination(input: $i) { id } }',
      { i: { nominationId: self.nomination.id } },
      { token: self.nominee.token, ...EN },
    );
    expect(firstError(twice)).toMatchObject({
      code: 'CONFLICT',
      message: 'You have already applied for this session.',
    });
    expect(await heldSeats(app, self.sessionId)).toEqual(before);
  });

  it('refuses in a cancelled session', async () => {
    const { sessionId, nominee, nomination } = await nominatedIn();
    const cancelled = await app.gql(
      'mutation($id: ID!) { cancelSession(id: $id) { id } }',
      { id: sessionId },
      { token: w.offering.admin.token },
    );
    expect(cancelled.errors).toBeUndefined();
    expect(firstError(await acceptAs(app, nominee, nomination.id)).code).toBe('CONFLICT');
  });
});
