import type { Certification, OrganisationKind, Role } from '@tsunagu/shared/domain';
import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../modules/identity/user.entity';
import { GroupEntity, GroupMemberEntity, type GroupKind } from '../modules/organisations/group.entity';
import { MembershipEntity } from '../modules/organisations/membership.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';

/** Shared by every demo account; printed at start-up and listed in the README. */
export const DEMO_PASSWORD = 'tsunagu-demo-2026';

interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  prefecture: string;
  certifications?: Certification[];
}

interface DemoUser {
  email: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  preferredLocale?: 'ja' | 'en';
  roles: [orgKey: string, role: Role][];
  describe: string;
}

/*
 * Modelled on the programmes in shared/seeds: a city secretariat (小美玉市 in 003) working with its
 * prefecture and the labour bureau; partner companies, some くるみん/えるぼし certified, forming the
 * project team's company group; a startup support group with publicly recruited members.
 */
const ORGANISATIONS: DemoOrganisation[] = [
  { key: 'city', name: '小美玉市 女性活躍推進事務局', kind: 'city', prefecture: '茨城県' },
  { key: 'prefecture', name: '茨城県 女性活躍・県民協働課', kind: 'prefecture', prefecture: '茨城県' },
  { key: 'bureau', name: '茨城労働局 雇用環境・均等室', kind: 'national_agency', prefecture: '茨城県' },
  {
    key: 'mirai',
    name: '株式会社みらい食品',
    kind: 'partner_company',
    prefecture: '茨城県',
    certifications: ['kurumin', 'eruboshi_2'],
  },
  {
    key: 'hitachi',
    name: '常陸精機株式会社',
    kind: 'partner_company',
    prefecture: '茨城県',
    certifications: ['eruboshi_3'],
  },
  {
    key: 'hibari',
    name: '株式会社ひばりシステムズ',
    kind: 'partner_company',
    prefecture: '茨城県',
    certifications: ['platinum_kurumin'],
  },
  { key: 'kasumi', name: '霞ヶ浦信用金庫', kind: 'partner_company', prefecture: '茨城県' },
  { key: 'chamber', name: '小美玉市商工会', kind: 'chamber_of_commerce', prefecture: '茨城県' },
  { key: 'npo', name: 'NPO法人 こどもとママのひろば', kind: 'npo', prefecture: '茨城県' },
];

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'learner@demo.tsunagu.jp',
    familyName: '山田',
    givenName: '花子',
    familyNameKana: 'ヤマダ',
    givenNameKana: 'ハナコ',
    roles: [['city', 'learner']],
    describe: 'learner (受講者)',
  },
  {
    email: 'employee@demo.tsunagu.jp',
    familyName: '佐藤',
    givenName: '美咲',
    familyNameKana: 'サトウ',
    givenNameKana: 'ミサキ',
    roles: [['mirai', 'learner']],
    describe: 'learner employed by a partner company',
  },
  {
    email: 'hr@demo.tsunagu.jp',
    familyName: '鈴木',
    givenName: '恵子',
    familyNameKana: 'スズキ',
    givenNameKana: 'ケイコ',
    roles: [['mirai', 'company_admin']],
    describe: 'company admin (企業人事担当)',
  },
  {
    email: 'mentor@demo.tsunagu.jp',
    familyName: '高橋',
    givenName: '由美',
    familyNameKana: 'タカハシ',
    givenNameKana: 'ユミ',
    roles: [['chamber', 'mentor']],
    describe: 'mentor (起業創業相談)',
  },
  {
    email: 'staff@demo.tsunagu.jp',
    familyName: '田中',
    givenName: '直子',
    familyNameKana: 'タナカ',
    givenNameKana: 'ナオコ',
    roles: [['city', 'staff']],
    describe: 'secretariat staff (事務局)',
  },
  {
    email: 'team@demo.tsunagu.jp',
    familyName: '伊藤',
    givenName: '彩',
    familyNameKana: 'イトウ',
    givenNameKana: 'アヤ',
    roles: [
      ['prefecture', 'team_member'],
      ['bureau', 'team_member'],
    ],
    describe: 'project team member (プロジェクトチーム)',
  },
  {
    email: 'admin@demo.tsunagu.jp',
    familyName: '渡辺',
    givenName: '涼子',
    familyNameKana: 'ワタナベ',
    givenNameKana: 'リョウコ',
    preferredLocale: 'en',
    roles: [['city', 'admin']],
    describe: 'platform admin',
  },
];

const GROUPS: {
  key: string;
  name: string;
  kind: GroupKind;
  parent?: string;
  organisations?: string[];
  users?: string[];
}[] = [
  {
    key: 'team',
    name: '小美玉市 女性活躍推進プロジェクトチーム',
    kind: 'project_team',
    organisations: ['city', 'prefecture', 'bureau'],
    users: ['staff@demo.tsunagu.jp', 'team@demo.tsunagu.jp'],
  },
  {
    key: 'companies',
    name: '企業グループ',
    kind: 'company_group',
    parent: 'team',
    organisations: ['mirai', 'hitachi', 'hibari', 'kasumi'],
  },
  {
    key: 'startup',
    name: '起業支援グループ',
    kind: 'startup_support_group',
    parent: 'team',
    organisations: ['chamber', 'npo'],
    users: ['mentor@demo.tsunagu.jp'],
  },
];

export async function hasAnyUser(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(UserEntity).count()) > 0;
}

/** Writes the demo data unless the demo accounts already exist. Returns whether it wrote anything. */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  const existing = await dataSource.getRepository(UserEntity).findOneBy({ email: DEMO_USERS[0].email });
  if (existing) return false;
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  await dataSource.transaction(async (manager: EntityManager) => {
    const orgIds = new Map<string, string>();
    for (const org of ORGANISATIONS) {
      const saved = await manager.save(
        manager.create(OrganisationEntity, {
          name: org.name,
          kind: org.kind,
          prefecture: org.prefecture,
          certifications: org.certifications ?? [],
        }),
      );
      orgIds.set(org.key, saved.id);
    }
    const userIds = new Map<string, string>();
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
        }),
      );
      userIds.set(demo.email, user.id);
      for (const [orgKey, role] of demo.roles) {
        await manager.insert(MembershipEntity, {
          userId: user.id,
          organisationId: orgIds.get(orgKey) as string,
          role,
        });
      }
    }
    const groupIds = new Map<string, string>();
    for (const group of GROUPS) {
      const saved = await manager.save(
        manager.create(GroupEntity, {
          name: group.name,
          kind: group.kind,
          parentId: group.parent ? (groupIds.get(group.parent) ?? null) : null,
          ownerOrganisationId: orgIds.get('city') as string,
        }),
      );
      groupIds.set(group.key, saved.id);
      for (const orgKey of group.organisations ?? []) {
        await manager.insert(GroupMemberEntity, {
          groupId: saved.id,
          organisationId: orgIds.get(orgKey) as string,
          userId: null,
        });
      }
      for (const email of group.users ?? []) {
        await manager.insert(GroupMemberEntity, {
          groupId: saved.id,
          organisationId: null,
          userId: userIds.get(email) as string,
        });
      }
    }
  });
  return true;
}

export function demoAccountsTable(): string {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  const rows = DEMO_USERS.map(
    (u) => `  ${u.email.padEnd(width)}  ${u.familyName} ${u.givenName}  ${u.describe}`,
  );
  return [`Demo accounts (password for all: ${DEMO_PASSWORD}):`, ...rows].join('\n');
}
