import { dataOf } from '../../../test/company-fixtures';
import type { ReceivedMail } from '../../../test/mailbox';
import { NotificationsWorld } from '../../../test/notifications-world';
import {
  acceptAs,
  DECLINE,
  employee,
  firstError,
  nominateAs,
  nominated,
  offeredPool,
  offeredSession,
  poolWorld,
  WITHDRAW,
  type PoolWorld,
} from '../../../test/seat-pool-fixtures';

const INVITE = 'mutation($i: InviteEmployeeInput!) { inviteEmployee(input: $i) }';
const TOKYO = 9 * 60 * 60 * 1000;

/** A date in Asia/Tokyo as the ja mail writes it (「2026年12月22日」), computed without Intl. */
function jaDay(at: Date): string {
  const t = new Date(at.getTime() + TOKYO);
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日`;
}
const pad = (n: number) => String(n).padStart(2, '0');
/** Hours and minutes in Asia/Tokyo (`09:30`). */
function tokyoTime(at: Date): string {
  const t = new Date(at.getTime() + TOKYO);
  return `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** Seat nominations and employee invitations: who hears what, through the relay and a real SMTP server. */
describe('seat nomination and employee invitation notifications', () => {
  let w: NotificationsWorld;
  let p: PoolWorld;
  /** A second company admin of the nominating company, reading English. */
  let colleague: { id: string; email: string };

  beforeAll(async () => {
    w = await NotificationsWorld.create();
    p = await poolWorld(w.app);
    for (const [id, name] of [
      [p.offering.id, '株式会社つくば精機'],
      [p.peerA.id, 'ミライ食品株式会社'],
      [p.peerB.id, 'ひばりシステムズ株式会社'],
    ] as const)
      await w.app.dataSource.query(`UPDATE organisations SET name = $2 WHERE id = $1`, [id, name]);
    colleague = await w.app.user({ locale: 'en', roles: [[p.peerA.id, 'company_admin']] });
  });
  afterAll(() => w.close());

  /** Waits for `count` mails of the kind to the address. */
  async function mailsOf(kind: string, email: string, count = 1): Promise<ReceivedMail[]> {
    const of = () => w.mailbox.to(email).filter((m) => m.kind === kind);
    await w.mailbox.waitFor(() => of().length >= count);
    return of();
  }

  async function recipients(kind: string, about: string): Promise<string[]> {
    const rows = (await w.app.dataSource.query(
      `SELECT user_id AS "userId" FROM notifications WHERE kind = $1 AND params->>'nominationId' = $2`,
      [kind, about],
    )) as { userId: string }[];
    return rows.map((r) => r.userId).sort();
  }

  const eventsAbout = async (type: string, field: string, value: string) =>
    (
      (await w.app.dataSource.query(
        `SELECT count(*)::int AS n FROM domain_events WHERE type = $1 AND payload->>$2 = $3`,
        [type, field, value],
      )) as { n: number }[]
    )[0]?.n;

  async function firstMeeting(sessionId: string): Promise<Date> {
    const [row] = (await w.app.dataSource.query(
      `SELECT starts_at AS "startsAt" FROM session_meetings WHERE session_id = $1 ORDER BY starts_at LIMIT 1`,
      [sessionId],
    )) as { startsAt: Date }[];
    if (!row) throw new Error('no meeting');
    return row.startsAt;
  }

  it('tells the nominee who nominated her, for which course and first meeting, offered by whom, and by when', async () => {
    const sessionId = await offeredSession(p);
    const pool = await offeredPool(p, sessionId);
    const hanako = await employee(w.app, p.peerA.id, { locale: 'en' });
    const yoko = await employee(w.app, p.peerA.id);
    const first = await nominated(w.app, p.peerA, pool.id, hanako);
    const second = await nominated(w.app, p.peerA, pool.id, yoko);
    const starts = await firstMeeting(sessionId);
    const closes = new Date(String((pool as unknown as { closesAt: string }).closesAt));

    const [en] = await mailsOf('seat_nomination_received', hanako.email);
    expect(en?.subject).toMatch(/^You are nominated for a seat: 管理職準備講座/);
    expect(en?.text).toContain('ミライ食品株式会社 nominated you for a seat in “管理職準備講座');
    expect(en?.text).toContain('offered by 株式会社つくば精機');
    expect(en?.text).toContain('■ First meeting: ');
    expect(en?.text).toContain(`${tokyoTime(starts)}`);
    expect(en?.text).toContain(`${tokyoTime(closes)} (JST)`);
    expect(en?.text).toContain('http://tsunagu.test/my/seminars');
    const [ja] = await mailsOf('seat_nomination_received', yoko.email);
    expect(ja?.subject).toMatch(/^【座席へのご推薦】管理職準備講座/);
    expect(ja?.text).toContain('ミライ食品株式会社が、株式会社つくば精機の提供する「管理職準備講座');
    expect(ja?.text).toContain(`初回: ${jaDay(starts)}`);
    expect(ja?.text).toContain(`回答期限: ${jaDay(closes)} ${tokyoTime(closes)}`);

    expect(await recipients('seat_nomination_received', first.id)).toEqual([hanako.id]);
    expect(await recipients('seat_nomination_received', second.id)).toEqual([yoko.id]);
    const [row] = (await w.app.dataSource.query(
      `SELECT n.link, n.dedupe_key = 'event:' || e.id AS "perEvent"
         FROM notifications n JOIN domain_events e ON e.type = 'seat.nomination_created'
              AND e.payload->>'nominationId' = n.params->>'nominationId'
        WHERE n.params->>'nominationId' = $1`,
      [first.id],
    )) as { link: string; perEvent: boolean }[];
    expect(row).toEqual({ link: '/my/seminars', perEvent: true });
    for (const admin of [p.peerA.admin, colleague, p.offering.admin, p.peerB.admin])
      expect(w.mailbox.to(admin.email).filter((m) => m.kind?.startsWith('seat_'))).toEqual([]);
  });

  it('records nothing and tells nobody when a nomination is refused', async () => {
    const pool = await offeredPool(p, await offeredSession(p), { seats: 1 });
    const shy = await employee(w.app, p.peerA.id, { consents: false });
    const refused = await nominateAs(w.app, p.peerA.admin, pool.id, p.peerA.id, shy.id);
    expect(firstError(refused).code).toBe('BAD_USER_INPUT');
    const taker = await employee(w.app, p.peerA.id);
    await nominated(w.app, p.peerA, pool.id, taker);
    const late = await employee(w.app, p.peerA.id);
    expect(firstError(await nominateAs(w.app, p.peerA.admin, pool.id, p.peerA.id, late.id)).code).toBe(
      'CONFLICT',
    ); // the pool's one seat is taken
    await mailsOf('seat_nomination_received', taker.email);
    expect(await eventsAbout('seat.nomination_created', 'userId', shy.id)).toBe(0);
    expect(await eventsAbout('seat.nomination_created', 'userId', late.id)).toBe(0);
    const told = (await w.app.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = ANY($1::uuid[]) AND kind LIKE 'seat_%'`,
      [[shy.id, late.id]],
    )) as { n: number }[];
    expect(told[0]?.n).toBe(0);
  });

  it('tells her company’s admins her answer in their languages, a decline with the seat back in the pool', async () => {
    const pool = await offeredPool(p, await offeredSession(p), { seats: 3 });
    const hanako = await employee(w.app, p.peerA.id);
    const yoko = await employee(w.app, p.peerA.id);
    const kept = await employee(w.app, p.peerA.id);
    const accepting = await nominated(w.app, p.peerA, pool.id, hanako);
    const declining = await nominated(w.app, p.peerA, pool.id, yoko);
    const withdrawn = await nominated(w.app, p.peerA, pool.id, kept);
    dataOf(await acceptAs(w.app, hanako, accepting.id));
    dataOf(await w.app.gql(DECLINE, { id: declining.id }, { token: yoko.token }));
    dataOf(await w.app.gql(WITHDRAW, { id: withdrawn.id }, { token: p.peerA.admin.token }));
    // A second answer is refused and records nothing more.
    expect(firstError(await acceptAs(w.app, yoko, declining.id)).code).toBe('CONFLICT');

    const en = await mailsOf('seat_nomination_answered', colleague.email, 2);
    const enAccepted = en.find((m) => m.subject.startsWith('Nomination accepted'));
    expect(enAccepted?.subject).toMatch(/^Nomination accepted: 試験 花子, 管理職準備講座/);
    expect(enAccepted?.text).toContain('The place is confirmed.');
    expect(enAccepted?.text).toContain('http://tsunagu.test/company');
    const enDeclined = en.find((m) => m.subject.startsWith('Nomination declined'));
    expect(enDeclined?.text).toContain('The seat went back to the pool');
    const ja = await mailsOf('seat_nomination_answered', p.peerA.admin.email, 2);
    expect(ja.map((m) => m.subject.slice(0, 7)).sort()).toEqual(['【推薦の承諾】', '【推薦の辞退】'].sort());
    expect(ja.find((m) => m.subject.startsWith('【推薦の辞退】'))?.text).toContain(
      '座席は提供枠に戻りました',
    );

    const admins = [p.peerA.admin.id, colleague.id].sort();
    expect(await recipients('seat_nomination_answered', accepting.id)).toEqual(admins);
    expect(await recipients('seat_nomination_answered', declining.id)).toEqual(admins);
    expect(await recipients('seat_nomination_answered', withdrawn.id)).toEqual([]);
    expect(await eventsAbout('seat.nomination_answered', 'nominationId', declining.id)).toBe(1);
    expect(await eventsAbout('seat.nomination_answered', 'nominationId', withdrawn.id)).toBe(0);
    for (const other of [hanako, yoko, kept, p.offering.admin, p.peerB.admin])
      expect(w.mailbox.to(other.email).filter((m) => m.kind === 'seat_nomination_answered')).toEqual([]);
  });

  it('tells an invited account where to answer, once; an unknown address, a live link or a refusal tells nobody', async () => {
    const invite = (email: string, token = p.peerB.admin.token) =>
      w.app.gql(INVITE, { i: { organisationId: p.peerB.id, email } }, { token });
    const mika = await w.learner('en');
    const rina = await w.learner('ja');
    const bystander = await w.learner('ja');
    const unknown = await invite('nobody-here@test.tsunagu.jp');
    expect(await invite(mika.email.toUpperCase())).toEqual(unknown);
    expect(await invite(mika.email)).toEqual(unknown); // a live link already: no row, no event
    expect(firstError(await invite(bystander.email, p.peerA.admin.token)).code).toBe('FORBIDDEN');
    expect(await invite(rina.email)).toEqual(unknown);

    const [en] = await mailsOf('company_employee_invited', mika.email);
    expect(en?.subject).toBe('Invitation to be listed as an employee: ひばりシステムズ株式会社');
    expect(en?.text).toContain('under “My employer”, you can accept or decline');
    expect(en?.text).toContain('http://tsunagu.test/account');
    const [ja] = await mailsOf('company_employee_invited', rina.email);
    expect(ja?.subject).toBe('【従業員登録へのご招待】ひばりシステムズ株式会社');
    expect(ja?.text).toContain('「勤務先」');

    const rows = (await w.app.dataSource.query(
      `SELECT user_id AS "userId", link FROM notifications WHERE kind = 'company_employee_invited'`,
    )) as { userId: string; link: string }[];
    expect(rows.map((r) => r.userId).sort()).toEqual([mika.id, rina.id].sort());
    expect(rows.every((r) => r.link === '/account')).toBe(true);
    expect(await eventsAbout('company.employee_invited', 'userId', mika.id)).toBe(1);
    expect(await eventsAbout('company.employee_invited', 'userId', bystander.id)).toBe(0);
    expect(w.mailbox.to(bystander.email)).toEqual([]);
  });
});
