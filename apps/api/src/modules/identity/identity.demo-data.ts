import * as argon2 from 'argon2';
import { In, type EntityManager } from 'typeorm';
import { demoRef, type DemoContext, type DemoData } from '../../core/registration/domain-registration';
import { UserEntity } from './user.entity';

interface DemoUser {
  email: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  preferredLocale?: 'ja' | 'en';
  /** Who she is, for the table printed at start-up (her roles are the organisations module's demo data). */
  describe: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'learner@demo.tsunagu.jp',
    familyName: '山田',
    givenName: '花子',
    familyNameKana: 'ヤマダ',
    givenNameKana: 'ハナコ',
    describe: 'learner (受講者)',
  },
  {
    email: 'employee@demo.tsunagu.jp',
    familyName: '佐藤',
    givenName: '美咲',
    familyNameKana: 'サトウ',
    givenNameKana: 'ミサキ',
    describe: 'learner employed by a partner company',
  },
  {
    email: 'hr@demo.tsunagu.jp',
    familyName: '鈴木',
    givenName: '恵子',
    familyNameKana: 'スズキ',
    givenNameKana: 'ケイコ',
    describe: 'company admin (企業人事担当)',
  },
  {
    email: 'mentor@demo.tsunagu.jp',
    familyName: '高橋',
    givenName: '由美',
    familyNameKana: 'タカハシ',
    givenNameKana: 'ユミ',
    describe: 'mentor (起業創業相談)',
  },
  {
    email: 'staff@demo.tsunagu.jp',
    familyName: '田中',
    givenName: '直子',
    familyNameKana: 'タナカ',
    givenNameKana: 'ナオコ',
    describe: 'secretariat staff (事務局)',
  },
  {
    email: 'team@demo.tsunagu.jp',
    familyName: '伊藤',
    givenName: '彩',
    familyNameKana: 'イトウ',
    givenNameKana: 'アヤ',
    describe: 'project team member (プロジェクトチーム)',
  },
  {
    email: 'admin@demo.tsunagu.jp',
    familyName: '渡辺',
    givenName: '涼子',
    familyNameKana: 'ワタナベ',
    givenNameKana: 'リョウコ',
    preferredLocale: 'en',
    describe: 'platform admin',
  },
];

/** The demo users' ids by email, for the domains seeded after identity. */
export const DEMO_USER_IDS = demoRef<ReadonlyMap<string, string>>('identity.demoUserIds');

export async function anyUserExists(manager: EntityManager): Promise<boolean> {
  return (await manager.getRepository(UserEntity).count()) > 0;
}

export async function demoAccountsExist(manager: EntityManager): Promise<boolean> {
  return (await manager.getRepository(UserEntity).countBy({ email: In(DEMO_USERS.map((u) => u.email)) })) > 0;
}

/** The demo accounts, all with one password, unless the first of them exists already. */
export const identityDemoData: DemoData = {
  async seed({ manager, password, refs }: DemoContext): Promise<boolean> {
    const existing = await manager.findBy(UserEntity, { email: In(DEMO_USERS.map((u) => u.email)) });
    if (existing.some((u) => u.email === DEMO_USERS[0]?.email)) {
      refs.set(DEMO_USER_IDS, new Map(existing.map((u) => [u.email, u.id])));
      return false;
    }
    if (password.length < 12) throw new Error('The demo accounts need a password of at least 12 characters');
    const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
    const ids = new Map<string, string>();
    for (const demo of DEMO_USERS) {
      const user = await manager.save(
        manager.create(UserEntity, {
          email: demo.email,
          passwordHash,
          familyName: demo.familyName,
          givenName: demo.givenName,
          familyNameKana: demo.familyNameKana,
          givenNameKana: demo.givenNameKana,
          preferredLocale: demo.preferredLocale ?? 'ja',
          // The demo addresses count as verified (nobody can open a link sent to them).
          emailVerifiedAt: new Date(),
        }),
      );
      ids.set(demo.email, user.id);
    }
    refs.set(DEMO_USER_IDS, ids);
    return true;
  },
};

/** The demo accounts for the terminal; the password only where it may be shown (never in production). */
export function demoAccountsTable(password: string | null): string {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  const rows = DEMO_USERS.map(
    (u) => `  ${u.email.padEnd(width)}  ${u.familyName} ${u.givenName}  ${u.describe}`,
  );
  const heading = password
    ? `Demo accounts (password for all: ${password}):`
    : 'Demo accounts (password for all: the value of DEMO_PASSWORD):';
  return [heading, ...rows].join('\n');
}
