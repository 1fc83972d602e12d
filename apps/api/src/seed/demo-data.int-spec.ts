import { isValidCorporateNumber } from '@tsunagu/shared/domain';
import * as argon2 from 'argon2';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadEnv, PUBLISHED_DEMO_PASSWORD } from '../core/config/env';
import { runMigrations } from '../core/database/prepare-database';
import { APP_MIGRATIONS, appDataSourceOptions } from '../data-source';
import { hasAnyUser, seedDemoData } from './demo-data';
import { demoSeedPlan } from './demo-policy';

/** A database of its own: the demo catalogue would otherwise show up in other tests' catalogues. */
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = new URL(process.env['DATABASE_URL'] as string);
  const name = `tsunagu_demo_${Date.now()}_${process.pid}`;
  const adminUrl = new URL(base);
  adminUrl.pathname = '/postgres';
  const admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  await runMigrations(url.toString(), APP_MIGRATIONS);
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

describe('demo data in production', () => {
  let db: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await freshDatabase();
    dataSource = await new DataSource(appDataSourceOptions(db.url)).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('an empty production database with the default settings gets no demo accounts', async () => {
    const env = loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    const plan = demoSeedPlan(env, 'serve', await hasAnyUser(dataSource));
    if (plan.write) await seedDemoData(dataSource, plan.password);
    expect(await hasAnyUser(dataSource)).toBe(false);
  });

  it('asked for explicitly, the demo accounts get the operator password and not the published one', async () => {
    const env = loadEnv({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      SEED_DEMO_DATA: 'always',
      DEMO_PASSWORD: 'operator-chosen-secret',
    });
    const plan = demoSeedPlan(env, 'serve', await hasAnyUser(dataSource));
    expect(await seedDemoData(dataSource, plan.password)).toBe(true);
    const rows: { password_hash: string }[] = await dataSource.query(
      `SELECT password_hash FROM users WHERE email LIKE '%@demo.tsunagu.jp'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { password_hash } of rows) {
      expect(await argon2.verify(password_hash, 'operator-chosen-secret')).toBe(true);
      expect(await argon2.verify(password_hash, PUBLISHED_DEMO_PASSWORD)).toBe(false);
    }
    // The demo employee finished last term's leadership course: every meeting over and attended.
    const [completed] = await dataSource.query(
      `SELECT e.status, c.verification_code,
              (SELECT bool_and(m.ends_at < now()) FROM session_meetings m WHERE m.session_id = e.session_id) AS over,
              (SELECT count(*)::int FROM attendance a WHERE a.enrolment_id = e.id AND a.status = 'attended') AS attended
         FROM enrolments e JOIN users u ON u.id = e.user_id JOIN certificates c ON c.enrolment_id = e.id
        WHERE u.email = 'employee@demo.tsunagu.jp'`,
    );
    expect(completed).toMatchObject({ status: 'completed', over: true, attended: 3 });
    expect(completed.verification_code).toMatch(/^TSU-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  });

  it('gives the demo partner companies approved profiles whose certifications match their marks, once', async () => {
    const companies: {
      corporate_number: string;
      status: string;
      secretariat: string;
      marks: string[];
      kinds: string[];
    }[] = await dataSource.query(
      `SELECT p.corporate_number, p.status, s.name AS secretariat, o.certifications AS marks,
              coalesce(array_agg(c.kind ORDER BY c.kind) FILTER (WHERE c.kind <> 'other'), '{}') AS kinds
         FROM company_profiles p JOIN organisations o ON o.id = p.organisation_id
         JOIN organisations s ON s.id = p.secretariat_organisation_id
         LEFT JOIN company_certifications c ON c.organisation_id = p.organisation_id
        WHERE o.kind = 'partner_company' GROUP BY p.organisation_id, o.id, s.name`,
    );
    expect(companies).toHaveLength(4);
    for (const company of companies) {
      expect(company).toMatchObject({ status: 'approved', secretariat: '小美玉市 女性活躍推進事務局' });
      expect(isValidCorporateNumber(company.corporate_number)).toBe(true);
      expect([...company.kinds].sort()).toEqual([...company.marks].sort());
    }
    // Demo employees: two active at one company (one of them consenting), one invited elsewhere.
    const links: { status: string; shares: boolean | null }[] = await dataSource.query(
      `SELECT e.status, c.shares_participation AS shares FROM company_employments e
         LEFT JOIN company_participation_consents c ON c.organisation_id = e.organisation_id AND c.user_id = e.user_id
        ORDER BY e.status, c.shares_participation`,
    );
    expect(links).toEqual([
      { status: 'active', shares: true },
      { status: 'active', shares: null },
      { status: 'invited', shares: null },
    ]);
    expect(await seedDemoData(dataSource, 'operator-chosen-secret')).toBe(false);
  });

  it('gives the demo company group members, one who left, a coordinator, a charter and a board, once', async () => {
    const [group]: { id: string; charter: string; fiscal_year: number }[] = await dataSource.query(
      `SELECT id, charter, fiscal_year FROM groups WHERE name = '小美玉市企業グループ 2026年度'`,
    );
    expect(group?.fiscal_year).toBe(2026);
    expect(group?.charter).toContain('女性活躍');
    const members: { status: string; left: boolean }[] = await dataSource.query(
      `SELECT status, left_at IS NOT NULL AS left FROM group_members WHERE group_id = $1 ORDER BY status`,
      [group?.id],
    );
    expect(members).toEqual([
      { status: 'left', left: true },
      { status: 'member', left: false },
      { status: 'member', left: false },
      { status: 'member', left: false },
    ]);
    const coordinators: unknown[] = await dataSource.query(
      `SELECT 1 FROM group_coordinators WHERE group_id = $1 AND removed_at IS NULL`,
      [group?.id],
    );
    expect(coordinators).toHaveLength(1);
    const posts: { kind: string; answers: number }[] = await dataSource.query(
      `SELECT p.kind, (SELECT count(*)::int FROM group_meeting_attendance a WHERE a.post_id = p.id) AS answers
         FROM group_posts p WHERE p.group_id = $1 ORDER BY p.kind`,
      [group?.id],
    );
    expect(posts).toEqual([
      { kind: 'decision', answers: 0 },
      { kind: 'meeting', answers: 3 },
      { kind: 'post', answers: 0 },
    ]);
    expect(await seedDemoData(dataSource, 'operator-chosen-secret')).toBe(false);
  });

  it("offers 3 first-come seats of みらい食品's company-group session to its group, held, once", async () => {
    const pools: Record<string, unknown>[] = await dataSource.query(
      `SELECT p.seats, p.allocation, p.status, o.name AS company, c.visibility, s.registration_mode,
              p.closes_at > now() AND p.closes_at <= s.registration_closes_at AS in_window, ss.held_count
         FROM seat_pools p JOIN organisations o ON o.id = p.offering_organisation_id
         JOIN sessions s ON s.id = p.session_id JOIN courses c ON c.id = s.course_id
         JOIN session_seats ss ON ss.session_id = s.id`,
    );
    expect(pools).toEqual([
      {
        seats: 3,
        allocation: 'first_come',
        status: 'open',
        company: '株式会社みらい食品',
        visibility: 'company_group',
        registration_mode: 'first_come',
        in_window: true,
        held_count: 3,
      },
    ]);
    expect(await seedDemoData(dataSource, 'operator-chosen-secret')).toBe(false);
  });
});
