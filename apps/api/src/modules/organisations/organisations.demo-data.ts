import type { Certification, OrganisationKind, Role } from '@tsunagu/shared/domain';
import { In } from 'typeorm';
import { demoRef, type DemoContext, type DemoData } from '../../core/registration/domain-registration';
import { DEMO_USER_IDS } from '../identity';
import { GroupCoordinatorEntity, GroupEntity, GroupMemberEntity, type GroupKind } from './group.entity';
import { MembershipEntity } from './membership.entity';
import { OrganisationEntity } from './organisation.entity';

interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  prefecture: string;
  certifications?: Certification[];
  /** 問い合わせ先 and privacy notice printed on its seminars (phone numbers use an unassigned 00 exchange). */
  contact?: {
    department: string;
    phone: string;
    email?: string;
    url?: string;
    hours: string;
    privacyNotice?: string;
  };
}

/*
 * Modelled on the programmes in shared/seeds: a city secretariat (小美玉市 in 003) working with its
 * prefecture and the labour bureau; partner companies, some くるみん/えるぼし certified, forming the
 * project team's company group; a startup support group with publicly recruited members.
 */
const ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'city',
    name: '小美玉市 女性活躍推進事務局',
    kind: 'city',
    prefecture: '茨城県',
    contact: {
      department: '小美玉市 企画調整課 女性活躍推進係',
      phone: '0299-00-1234',
      email: 'josei-katsuyaku@demo.tsunagu.jp',
      hours: '平日 8:30〜17:15（土日祝・年末年始を除く）',
      privacyNotice: [
        'お申し込みの際にご記入いただいた氏名・連絡先・お子さまの月齢・ご回答は、小美玉市がセミナーの受付、当日の運営（託児の手配を含む）、修了証の発行、ご連絡のために利用します。',
        '事業の報告には、個人が特定されない集計の形でのみ利用します。',
        '法令に基づく場合を除き、ご本人の同意なく第三者に提供することはありません。託児は市が委託する事業者が行い、必要な範囲で情報を提供します。',
        '開示・訂正・利用停止のご請求は、問い合わせ先までご連絡ください（小美玉市個人情報の保護に関する法律施行条例に基づきます）。',
      ].join('\n'),
    },
  },
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
  {
    key: 'chamber',
    name: '小美玉市商工会',
    kind: 'chamber_of_commerce',
    prefecture: '茨城県',
    contact: {
      department: '経営支援課（起業創業相談窓口）',
      phone: '0299-00-5678',
      email: 'sogyo@demo.tsunagu.jp',
      hours: '平日 9:00〜17:00',
    },
  },
  { key: 'npo', name: 'NPO法人 こどもとママのひろば', kind: 'npo', prefecture: '茨城県' },
];

/** The demo accounts' roles (the accounts are the identity module's demo data). */
const MEMBERSHIPS: [email: string, orgKey: string, role: Role][] = [
  ['learner@demo.tsunagu.jp', 'city', 'learner'],
  ['employee@demo.tsunagu.jp', 'mirai', 'learner'],
  ['hr@demo.tsunagu.jp', 'mirai', 'company_admin'],
  ['mentor@demo.tsunagu.jp', 'chamber', 'mentor'],
  ['staff@demo.tsunagu.jp', 'city', 'staff'],
  ['team@demo.tsunagu.jp', 'prefecture', 'team_member'],
  ['team@demo.tsunagu.jp', 'bureau', 'team_member'],
  ['admin@demo.tsunagu.jp', 'city', 'admin'],
];

const GROUPS: {
  key: string;
  name: string;
  kind: GroupKind;
  parent?: string;
  organisations?: string[];
  users?: string[];
  charter?: string;
  fiscalYear?: number;
  /** Companies that were members and left, with the dates (Asia/Tokyo). */
  left?: { key: string; joined: string; left: string }[];
  coordinators?: string[];
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
    name: '小美玉市企業グループ 2026年度',
    kind: 'company_group',
    parent: 'team',
    organisations: ['mirai', 'hibari', 'kasumi'],
    fiscalYear: 2026,
    charter:
      '女性活躍に取り組む企業と行政とが協働で実施します。企業間の情報共有や、企業の枠を超えた女性活躍のための支援を考えます。本年度は講座への協力（参加・周知）と、次年度の事業の企画立案を行います。',
    left: [{ key: 'hitachi', joined: '2026-04-10T10:00:00+09:00', left: '2026-09-30T17:00:00+09:00' }],
    coordinators: ['staff@demo.tsunagu.jp'],
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

/** The demo organisations' ids by key (`city`, `mirai`, …), for the domains seeded after this one. */
export const DEMO_ORGANISATION_IDS = demoRef<ReadonlyMap<string, string>>(
  'organisations.demoOrganisationIds',
);

/** The demo company group (小美玉市企業グループ 2026年度), whose board the company-groups demo data writes. */
export const DEMO_COMPANY_GROUP_ID = demoRef<string>('organisations.demoCompanyGroupId');
const DEMO_COMPANY_GROUP = GROUPS.find((g) => g.key === 'companies')?.name ?? '';

/** The demo organisations, the demo accounts' roles in them and the groups, unless the city exists. */
export const organisationsDemoData: DemoData = {
  async seed({ manager, refs }: DemoContext): Promise<boolean> {
    const existing = await manager.findBy(OrganisationEntity, { name: In(ORGANISATIONS.map((o) => o.name)) });
    const cityName = ORGANISATIONS.find((o) => o.key === 'city')?.name;
    if (existing.some((o) => o.name === cityName)) {
      const keyOf = new Map(ORGANISATIONS.map((o) => [o.name, o.key]));
      refs.set(DEMO_ORGANISATION_IDS, new Map(existing.map((o) => [keyOf.get(o.name) ?? o.name, o.id])));
      const group = await manager.findOneBy(GroupEntity, { name: DEMO_COMPANY_GROUP, kind: 'company_group' });
      if (group) refs.set(DEMO_COMPANY_GROUP_ID, group.id);
      return false;
    }
    const userIds = refs.get(DEMO_USER_IDS) ?? new Map<string, string>();
    const orgIds = new Map<string, string>();
    for (const org of ORGANISATIONS) {
      const saved = await manager.save(
        manager.create(OrganisationEntity, {
          name: org.name,
          kind: org.kind,
          prefecture: org.prefecture,
          certifications: org.certifications ?? [],
          contactDepartment: org.contact?.department ?? null,
          contactPhone: org.contact?.phone ?? null,
          contactEmail: org.contact?.email ?? null,
          contactUrl: org.contact?.url ?? null,
          contactHours: org.contact?.hours ?? null,
          privacyNotice: org.contact?.privacyNotice ?? null,
        }),
      );
      orgIds.set(org.key, saved.id);
    }
    refs.set(DEMO_ORGANISATION_IDS, orgIds);
    for (const [email, orgKey, role] of MEMBERSHIPS) {
      const userId = userIds.get(email);
      const organisationId = orgIds.get(orgKey);
      if (userId && organisationId) await manager.insert(MembershipEntity, { userId, organisationId, role });
    }
    const groupIds = new Map<string, string>();
    for (const group of GROUPS) {
      const saved = await manager.save(
        manager.create(GroupEntity, {
          name: group.name,
          kind: group.kind,
          parentId: group.parent ? (groupIds.get(group.parent) ?? null) : null,
          ownerOrganisationId: orgIds.get('city') as string,
          charter: group.charter ?? null,
          fiscalYear: group.fiscalYear ?? null,
        }),
      );
      groupIds.set(group.key, saved.id);
      const joinedAt = new Date('2026-04-10T10:00:00+09:00');
      for (const orgKey of group.organisations ?? []) {
        await manager.insert(GroupMemberEntity, {
          groupId: saved.id,
          organisationId: orgIds.get(orgKey) as string,
          userId: null,
          status: 'member',
          invitedAt: joinedAt,
          joinedAt,
        });
      }
      for (const past of group.left ?? []) {
        await manager.insert(GroupMemberEntity, {
          groupId: saved.id,
          organisationId: orgIds.get(past.key) as string,
          userId: null,
          status: 'left',
          invitedAt: new Date(past.joined),
          joinedAt: new Date(past.joined),
          leftAt: new Date(past.left),
        });
      }
      for (const email of group.users ?? []) {
        const userId = userIds.get(email);
        if (userId)
          await manager.insert(GroupMemberEntity, {
            groupId: saved.id,
            organisationId: null,
            userId,
            status: 'member',
            joinedAt,
          });
      }
      for (const email of group.coordinators ?? []) {
        const userId = userIds.get(email);
        if (userId) await manager.insert(GroupCoordinatorEntity, { groupId: saved.id, userId });
      }
    }
    const companyGroupId = groupIds.get('companies');
    if (companyGroupId) refs.set(DEMO_COMPANY_GROUP_ID, companyGroupId);
    return true;
  },
};
