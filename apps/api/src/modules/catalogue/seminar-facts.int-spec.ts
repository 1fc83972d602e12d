import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { codes, TestApp, type TestUser } from '../../../test/harness';
import { nth } from '../../../test/nth';

process.env.TZ = 'Asia/Tokyo';

const DAY = 24 * 60 * 60 * 1000;

/** The web app's catalogue card query (libs/web/catalogue/data-access catalogue.graphql). */
const CARDS = `query($f: CatalogueFilter) { catalogue(filter: $f) { totalCount items {
  firstMeetingAt meetingCount seatsLeft childcareSeatsLeft
  provider { id name }
  course { id title summary category }
  session { id title capacity childcareCapacity venueName isOnline isOffsite registrationMode
            registrationOpensAt registrationClosesAt feeYen } } } }`;

interface Card {
  meetingCount: number;
  session: { title: string; feeYen: number | null; registrationClosesAt: string };
}

/** What an event page needs besides the dates: the fee (参加費), number of meetings and the deadline. */
describe('seminar facts: fee, meeting count, deadline', () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
  });
  afterAll(() => app.close());

  const meetings = (n: number, fromDay: number) =>
    Array.from({ length: n }, (_, k) => ({
      startsAt: new Date(Date.now() + (fromDay + 7 * k) * DAY).toISOString(),
      endsAt: new Date(Date.now() + (fromDay + 7 * k) * DAY + 2 * 3600_000).toISOString(),
    }));

  it('stores a fee, shows it, changes it and clears it (free)', async () => {
    const course = await app.course(staff.token, { providerOrganisationId: city, title: '有料講座' });
    const id = await app.session(staff.token, course, { feeYen: 3000 });
    const read = async () =>
      (
        await app.gql<{ session: { feeYen: number | null } }>(
          'query($id: ID!) { session(id: $id) { feeYen } }',
          {
            id,
          },
        )
      ).data?.session.feeYen;
    expect(await read()).toBe(3000);
    const update = (feeYen: number | null) =>
      app.gql(
        'mutation($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { feeYen } }',
        {
          id,
          i: { feeYen },
        },
        { token: staff.token },
      );
    expect((await update(0)).errors).toBeUndefined();
    expect(await read()).toBe(0);
    expect((await update(null)).errors).toBeUndefined();
    expect(await read()).toBeNull();
  });

  it('refuses a negative or absurd fee per field, localized, and writes nothing', async () => {
    const course = await app.course(staff.token, { providerOrganisationId: city, title: '料金の検証' });
    const [{ n: before }] = await app.dataSource.query('SELECT count(*)::int AS n FROM sessions');
    for (const [feeYen, locale, message] of [
      [-1, 'ja', '0から1000000までの整数で入力してください。'],
      [1_000_001, 'en', 'Enter a whole number from 0 to 1000000.'],
    ] as const) {
      const result = await app.gql(
        'mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }',
        {
          i: {
            courseId: course,
            capacity: 10,
            feeYen,
            registrationOpensAt: new Date().toISOString(),
            registrationClosesAt: new Date(Date.now() + 10 * DAY).toISOString(),
            cancellationDeadline: new Date(Date.now() + 12 * DAY).toISOString(),
            meetings: meetings(1, 20),
          },
        },
        { token: staff.token, locale },
      );
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.fields).toEqual({ feeYen: message });
    }
    const [{ n: after }] = await app.dataSource.query('SELECT count(*)::int AS n FROM sessions');
    expect(after).toBe(before);
    // The database refuses it too (the CHECK is the backstop).
    await expect(app.dataSource.query('UPDATE sessions SET fee_yen = -5')).rejects.toThrow(
      /sessions_fee_check/,
    );
  });

  it('gives each catalogue card its number of meetings, deadline and fee, in one SQL statement', async () => {
    const m = `F${randomUUID().slice(0, 8)}`;
    const course = await app.course(staff.token, { providerOrganisationId: city, title: `${m} 連続講座` });
    const closes = new Date(Date.now() + 9 * DAY);
    await app.session(
      staff.token,
      course,
      {
        title: 'three',
        feeYen: 1500,
        registrationClosesAt: closes.toISOString(),
        meetings: meetings(3, 20),
      },
      { startsInDays: 20 },
    );
    await app.session(staff.token, course, { title: 'one', meetings: meetings(1, 40) }, { startsInDays: 40 });

    const spy = jest.spyOn(PgClient.prototype, 'query');
    let statements: number;
    let cards: Card[];
    try {
      const result = await app.gql<{ catalogue: { items: Card[] } }>(CARDS, { f: { search: m } });
      expect(result.errors).toBeUndefined();
      cards = result.data!.catalogue.items;
      statements = spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
    expect(statements).toBe(1);
    expect(cards.map((c) => [c.session.title, c.meetingCount, c.session.feeYen])).toEqual([
      ['three', 3, 1500],
      ['one', 1, null],
    ]);
    expect(new Date(nth(cards, 0).session.registrationClosesAt).getTime()).toBe(closes.getTime());
  });
});
