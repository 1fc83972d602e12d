import { drawLottery } from '@tsunagu/shared/domain';
import { createHash } from 'node:crypto';
import { newLearners } from '../../../test/enrolment-fixtures';
import { codes, TestApp, type TestUser } from '../../../test/harness';
import { nth } from '../../../test/nth';
import { seminarSession } from '../../../test/seminar-fixtures';
import { lotteryTicket } from './lottery-ticket';
import { LotteryService } from './lottery.service';

const ENROL = `mutation($s: ID!) { enrol(input: { sessionId: $s }) { id status } }`;
const DRAW = `mutation($s: ID!) { drawLottery(sessionId: $s) { drawnAt lotterySeed lotteryCommitment } }`;
const RECORD = `query($s: ID!) { lotteryDraw(sessionId: $s) {
  commitment seed drawnAt priorities algorithm applicationCount entries { drawOrder ticket tier } } }`;
const DAY = 24 * 60 * 60 * 1000;

interface DrawRecord {
  commitment: string;
  seed: string | null;
  drawnAt: string | null;
  priorities: string[];
  algorithm: string;
  applicationCount: number;
  entries: { drawOrder: number; ticket: string; tier: number }[];
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * A lottery nobody can steer: the system makes the seed when the lottery is set up and publishes only its
 * SHA-256 until the draw; the draw is refused while applications can change and takes no seed; the
 * public record lets anyone check the seed and re-run the draw.
 */
describe('lottery (抽選)', () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
    admin = await app.user({ roles: [[await app.organisation('city'), 'admin']] });
  });
  afterAll(() => app.close());

  const learners = <N extends number>(n: N) => newLearners(app, n);
  const record = async (sessionId: string, token?: string) => {
    const result = await app.gql<{ lotteryDraw: DrawRecord }>(RECORD, { s: sessionId }, { token });
    expect(result.errors).toBeUndefined();
    return result.data!.lotteryDraw;
  };
  /** The registration deadline passes. */
  const close = (sessionId: string) =>
    app.dataSource.query(
      `UPDATE sessions SET registration_closes_at = now() - interval '1 minute' WHERE id = $1`,
      [sessionId],
    );

  it('publishes the seed’s SHA-256 from the start and shows the seed to no one before the draw', async () => {
    const course = await app.course(staff.token, { providerOrganisationId: city });
    const start = Date.now() + 30 * DAY;
    const iso = (t: number) => new Date(t).toISOString();
    const sessionId = await app.session(staff.token, course, {
      registrationMode: 'lottery',
      registrationClosesAt: iso(start - 5 * DAY),
      drawAt: iso(start - 4 * DAY),
    });
    const query = 'query($s: ID!) { session(id: $s) { lotteryCommitment lotterySeed } }';
    for (const token of [undefined, staff.token, admin.token]) {
      const seen = await app.gql<{ session: { lotteryCommitment: string; lotterySeed: string | null } }>(
        query,
        { s: sessionId },
        { token },
      );
      expect(seen.data?.session.lotteryCommitment).toMatch(/^[0-9a-f]{64}$/);
      expect(seen.data?.session.lotterySeed).toBeNull();
    }
    for (const user of await learners(3)) await app.gql(ENROL, { s: sessionId }, { token: user.token });
    expect(await record(sessionId)).toMatchObject({
      seed: null,
      drawnAt: null,
      applicationCount: 3,
      entries: [],
    });
    // The seed was made by the system and matches the commitment.
    const [row] = await app.dataSource.query(
      'SELECT lottery_seed, lottery_commitment FROM sessions WHERE id = $1',
      [sessionId],
    );
    expect(sha256(row.lottery_seed)).toBe(row.lottery_commitment);
  });

  it('refuses to draw while applications are open, and takes no seed from anyone', async () => {
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city, mode: 'lottery' });
    const open = await app.gql(DRAW, { s: sessionId }, { token: staff.token, locale: 'en' });
    expect(codes(open)).toEqual(['CONFLICT']);
    expect(open.errors?.[0]?.message).toContain('cannot be drawn while applications are open');
    const withSeed = await app.gql(
      'mutation($s: ID!) { drawLottery(sessionId: $s, seed: "chosen") { drawnAt } }',
      { s: sessionId },
      { token: staff.token },
    );
    expect(codes(withSeed)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const [{ drawn_at }] = await app.dataSource.query('SELECT drawn_at FROM sessions WHERE id = $1', [
      sessionId,
    ]);
    expect(drawn_at).toBeNull();
  });

  it('draws with the committed seed; anyone re-runs the draw from the public record and gets the same order', async () => {
    const { sessionId } = await seminarSession(app, {
      providerOrganisationId: city,
      capacity: 3,
      mode: 'lottery',
    });
    const users = await learners(10);
    for (const user of users) {
      expect(
        (await app.gql<{ enrol: { status: string } }>(ENROL, { s: sessionId }, { token: user.token })).data
          ?.enrol.status,
      ).toBe('applied');
    }
    const before = await record(sessionId);
    await close(sessionId);
    const drawn = await app.gql<{ drawLottery: { lotterySeed: string; lotteryCommitment: string } }>(
      DRAW,
      { s: sessionId },
      { token: staff.token },
    );
    expect(drawn.errors).toBeUndefined();
    const after = await record(sessionId);
    // The seed revealed is the one committed to before anyone applied.
    expect(after.commitment).toBe(before.commitment);
    expect(sha256(after.seed!)).toBe(after.commitment);
    expect(drawn.data?.drawLottery.lotterySeed).toBe(after.seed);
    expect(after.entries.map((e) => e.drawOrder)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    // An outsider's re-run: the published tickets and tiers (in any order) with the seed.
    const shuffled = [...after.entries].reverse().map((e) => ({ id: e.ticket, tier: e.tier }));
    expect(drawLottery(after.seed!, shuffled).map((e) => e.id)).toEqual(after.entries.map((e) => e.ticket));
    // Each applicant finds her ticket in My seminars; the first three drawn hold seats.
    const byTicket = new Map(after.entries.map((e) => [e.ticket, e.drawOrder]));
    for (const user of users) {
      const mine = await app.gql<{
        myEnrolments: { lotteryTicket: string; status: string; drawOrder: number }[];
      }>('{ myEnrolments { lotteryTicket status drawOrder } }', {}, { token: user.token });
      const enrolment = nth(mine.data!.myEnrolments, 0);
      expect(byTicket.get(enrolment.lotteryTicket)).toBe(enrolment.drawOrder);
      expect(enrolment.status).toBe(enrolment.drawOrder <= 3 ? 'confirmed' : 'waitlisted');
    }
    expect(codes(await app.gql(DRAW, { s: sessionId }, { token: staff.token }))).toEqual(['CONFLICT']);
    const [late] = await learners(1);
    expect(codes(await app.gql(ENROL, { s: sessionId }, { token: late.token }))).toEqual(['CONFLICT']);
  });

  it('keeps applications cancelled before the draw in the public record, saying by whom', async () => {
    const { sessionId } = await seminarSession(app, {
      providerOrganisationId: city,
      capacity: 1,
      mode: 'lottery',
    });
    const [stays, leaves, removed] = await learners(3);
    const ids: string[] = [];
    for (const user of [stays, leaves, removed]) {
      const applied = await app.gql<{ enrol: { id: string } }>(
        ENROL,
        { s: sessionId },
        { token: user.token },
      );
      ids.push(applied.data!.enrol.id);
    }
    const CANCEL = `mutation($id: ID!) { cancelEnrolment(id: $id) { status } }`;
    expect((await app.gql(CANCEL, { id: ids[1] }, { token: leaves.token })).errors).toBeUndefined();
    expect((await app.gql(CANCEL, { id: ids[2] }, { token: staff.token })).errors).toBeUndefined();
    await close(sessionId);
    expect((await app.gql(DRAW, { s: sessionId }, { token: staff.token })).errors).toBeUndefined();
    const result = await app.gql<{
      lotteryDraw: { entries: { ticket: string }[]; withdrawn: { ticket: string; byOrganisers: boolean }[] };
    }>(
      `query($s: ID!) { lotteryDraw(sessionId: $s) { entries { ticket } withdrawn { ticket byOrganisers withdrawnAt } } }`,
      { s: sessionId },
    );
    const tickets = ids.map((id) => lotteryTicket(sessionId, id));
    expect(result.data?.lotteryDraw.entries.map((e) => e.ticket)).toEqual([tickets[0]]);
    expect(
      result.data?.lotteryDraw.withdrawn.map(({ ticket, byOrganisers }) => ({ ticket, byOrganisers })),
    ).toEqual([
      { ticket: tickets[1], byOrganisers: false },
      { ticket: tickets[2], byOrganisers: true },
    ]);
  });

  it('draws priority tiers first, and publishes each ticket’s tier', async () => {
    const { sessionId } = await seminarSession(app, {
      providerOrganisationId: city,
      capacity: 2,
      mode: 'lottery',
      lotteryPriorities: ['member_of_provider'],
    });
    const outsiders = await learners(6);
    const residents = await Promise.all([
      app.user({ roles: [[city, 'learner']] }),
      app.user({ roles: [[city, 'learner']] }),
    ]);
    for (const user of [...outsiders, ...residents])
      await app.gql(ENROL, { s: sessionId }, { token: user.token });
    await close(sessionId);
    expect((await app.gql(DRAW, { s: sessionId }, { token: staff.token })).errors).toBeUndefined();
    const confirmed: { user_id: string }[] = await app.dataSource.query(
      `SELECT user_id FROM enrolments WHERE session_id = $1 AND status = 'confirmed'`,
      [sessionId],
    );
    expect(confirmed.map((r) => r.user_id).sort()).toEqual(residents.map((r) => r.id).sort());
    const { entries, priorities } = await record(sessionId);
    expect(priorities).toEqual(['member_of_provider']);
    expect(entries.map((e) => e.tier)).toEqual([0, 0, 1, 1, 1, 1, 1, 1]);
  });

  it('is drawn by the scheduler once its draw time has passed, with the committed seed', async () => {
    const { sessionId } = await seminarSession(app, {
      providerOrganisationId: city,
      capacity: 1,
      mode: 'lottery',
    });
    for (const user of await learners(2)) await app.gql(ENROL, { s: sessionId }, { token: user.token });
    await app.dataSource.query(
      `UPDATE sessions SET registration_closes_at = now() - interval '2 minutes', draw_at = now() - interval '1 minute' WHERE id = $1`,
      [sessionId],
    );
    await app.app.get(LotteryService).drawDueLotteries();
    const drawn = await record(sessionId);
    expect(drawn.drawnAt).not.toBeNull();
    expect(sha256(drawn.seed!)).toBe(drawn.commitment);
    const [{ confirmed_count }] = await app.dataSource.query(
      'SELECT confirmed_count FROM session_seats WHERE session_id = $1',
      [sessionId],
    );
    expect(confirmed_count).toBe(1);
  });

  it('fixes the lottery’s rules once applications have opened', async () => {
    const course = await app.course(staff.token, { providerOrganisationId: city });
    const start = Date.now() + 30 * DAY;
    const iso = (t: number) => new Date(t).toISOString();
    const update = (id: string, i: Record<string, unknown>) =>
      app.gql(
        'mutation($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { id } }',
        { id, i },
        {
          token: staff.token,
        },
      );
    // Before it opens, a first-come session may become a lottery, which commits to a seed there and then.
    const later = await app.session(staff.token, course, { registrationOpensAt: iso(Date.now() + DAY) });
    expect(
      (
        await update(later, {
          registrationMode: 'lottery',
          drawAt: iso(start - DAY),
          registrationClosesAt: iso(start - 2 * DAY),
        })
      ).errors,
    ).toBeUndefined();
    const [committed] = await app.dataSource.query('SELECT lottery_commitment FROM sessions WHERE id = $1', [
      later,
    ]);
    expect(committed.lottery_commitment).toMatch(/^[0-9a-f]{64}$/);

    const { sessionId } = await seminarSession(app, { providerOrganisationId: city, mode: 'lottery' });
    const refused = await update(sessionId, {
      registrationMode: 'first_come',
      lotteryPriorities: ['first_time'],
      registrationOpensAt: iso(Date.now() + DAY),
    });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(refused.errors?.[0]?.extensions?.fields ?? {}).sort()).toEqual([
      'lotteryPriorities',
      'registrationMode',
      'registrationOpensAt',
    ]);
    const [row] = await app.dataSource.query(
      'SELECT registration_mode, lottery_priorities FROM sessions WHERE id = $1',
      [sessionId],
    );
    expect(row).toEqual({ registration_mode: 'lottery', lottery_priorities: [] });
    // Other details (the venue, say) may still change.
    expect((await update(sessionId, { venueName: '小美玉市生涯学習センター' })).errors).toBeUndefined();
  });

  it('lets an open lottery’s deadline move later, never earlier', async () => {
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city, mode: 'lottery' });
    const [before] = await app.dataSource.query(
      'SELECT registration_closes_at, draw_at FROM sessions WHERE id = $1',
      [sessionId],
    );
    const update = (i: Record<string, unknown>) =>
      app.gql(
        'mutation($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { id } }',
        { id: sessionId, i },
        { token: staff.token, locale: 'en' },
      );
    // Closing early, after seeing who applied, would shut out those told they had until the deadline.
    const earlier = await update({
      registrationClosesAt: new Date(Date.now() + 60_000).toISOString(),
      drawAt: new Date(Date.now() + 120_000).toISOString(),
    });
    expect(codes(earlier)).toEqual(['BAD_USER_INPUT']);
    expect(earlier.errors?.[0]?.extensions?.['fields']).toEqual({
      registrationClosesAt:
        'Once a lottery has opened, its deadline can be extended but not brought forward.',
    });
    const [unchanged] = await app.dataSource.query(
      'SELECT registration_closes_at, draw_at FROM sessions WHERE id = $1',
      [sessionId],
    );
    expect(unchanged).toEqual(before);
    const extended = new Date(before.registration_closes_at.getTime() + DAY);
    expect(
      (
        await update({
          registrationClosesAt: extended.toISOString(),
          drawAt: new Date(extended.getTime() + 3_600_000).toISOString(),
        })
      ).errors,
    ).toBeUndefined();
  });

  it('leaves a copy’s lottery open to change and undrawn until the copy is published', async () => {
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city, mode: 'lottery' });
    const [{ course_id }] = await app.dataSource.query('SELECT course_id FROM sessions WHERE id = $1', [
      sessionId,
    ]);
    const copyOf = async () => {
      const copied = await app.gql<{ copyCourse: { id: string } }>(
        'mutation($id: ID!, $i: CopyCourseInput) { copyCourse(id: $id, input: $i) { id } }',
        { id: course_id, i: { sessionsShiftDays: 0 } },
        { token: staff.token },
      );
      expect(copied.errors).toBeUndefined();
      const [session] = await app.dataSource.query('SELECT id FROM sessions WHERE course_id = $1', [
        copied.data!.copyCourse.id,
      ]);
      return session.id as string;
    };
    // Its registration "opened" a day ago, but nobody can apply to a draft: its rules are not fixed.
    const editable = await copyOf();
    const changed = await app.gql(
      'mutation($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { registrationMode } }',
      { id: editable, i: { registrationMode: 'first_come', drawAt: null } },
      { token: staff.token },
    );
    expect(changed.errors).toBeUndefined();
    // And a copy whose draw time passes is not drawn empty by the scheduler.
    const idle = await copyOf();
    await app.dataSource.query(
      `UPDATE sessions SET registration_closes_at = now() - interval '2 minutes', draw_at = now() - interval '1 minute' WHERE id = $1`,
      [idle],
    );
    await app.app.get(LotteryService).drawDueLotteries();
    const [{ drawn_at }] = await app.dataSource.query('SELECT drawn_at FROM sessions WHERE id = $1', [idle]);
    expect(drawn_at).toBeNull();
  });

  it('has no public record for a first-come session', async () => {
    const { sessionId } = await seminarSession(app, { providerOrganisationId: city });
    expect(codes(await app.gql(RECORD, { s: sessionId }))).toEqual(['NOT_FOUND']);
  });
});
