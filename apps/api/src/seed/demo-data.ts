import type { Certification, OrganisationKind, Role } from '@tsunagu/shared/domain';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CourseCoOrganiserEntity } from '../modules/catalogue/course-co-organiser.entity';
import { CourseEntity } from '../modules/catalogue/course.entity';
import { LessonEntity } from '../modules/catalogue/lesson.entity';
import { newLotterySeed } from '../modules/catalogue/lottery-commitment';
import { MeetingEntity, QuestionEntity, SessionEntity } from '../modules/catalogue/session.entity';
import { AttendanceEntity, CertificateEntity, EnrolmentEntity } from '../modules/enrolment/enrolment.entity';
import { UserEntity } from '../modules/identity/user.entity';
import { GroupEntity, GroupMemberEntity, type GroupKind } from '../modules/organisations/group.entity';
import { MembershipEntity } from '../modules/organisations/membership.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';

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

/** Non-empty: the first account tells whether the demo data is there. */
export const DEMO_USERS: [DemoUser, ...DemoUser[]] = [
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

/**
 * Writes the demo data unless the demo accounts already exist, then the demo catalogue unless it exists
 * (so a database seeded before the catalogue gets it too). Returns whether it wrote anything.
 */
export async function seedDemoData(dataSource: DataSource, password: string): Promise<boolean> {
  const wroteAccounts = await seedDemoAccounts(dataSource, password);
  const wroteCatalogue = await seedDemoCatalogue(dataSource);
  return wroteAccounts || wroteCatalogue;
}

async function seedDemoAccounts(dataSource: DataSource, password: string): Promise<boolean> {
  const existing = await dataSource.getRepository(UserEntity).findOneBy({ email: DEMO_USERS[0].email });
  if (existing) return false;
  if (password.length < 12) throw new Error('The demo accounts need a password of at least 12 characters');
  const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
  await dataSource.transaction(async (manager: EntityManager) => {
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

/**
 * A moment `monthsAhead` months from now at a Tokyo wall-clock time (stored in UTC). After the 12th of
 * a month everything moves one month later, so the earliest demo meeting (next month's 6th) is always
 * at least three weeks away and its registration (closing a week before) is open whatever the date.
 */
function tokyo(monthsAhead: number, day: number, hour: number, minute = 0): Date {
  const nowInTokyo = new Date(Date.now() + 9 * 60 * 60 * 1000);
  const shift = nowInTokyo.getUTCDate() > 12 ? 1 : 0;
  return new Date(
    Date.UTC(
      nowInTokyo.getUTCFullYear(),
      nowInTokyo.getUTCMonth() + monthsAhead + shift,
      day,
      hour - 9,
      minute,
    ),
  );
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

type DemoMeeting = [months: number, day: number, hour: number, minute: number, hours: number];

interface DemoSession {
  title: string;
  venueName?: string;
  venueAddress?: string;
  accessNotes?: string;
  isOnline?: boolean;
  onlineUrl?: string;
  isOffsite?: boolean;
  capacity: number;
  /** 参加費 in yen; most of these programmes are free (left out). */
  feeYen?: number;
  childcare?: { seats: number; minMonths: number; maxMonths: number };
  lottery?: boolean;
  completionMinMeetings?: number;
  /** [monthsAhead, day, startHour, startMinute, hours] in Tokyo time. */
  /** At least one: [months from now, day, hour, minute, length in hours]. */
  meetings: [DemoMeeting, ...DemoMeeting[]];
  questions?: { kind: 'text' | 'choice' | 'yes_no'; label: string; choices?: string[]; required?: boolean }[];
  /** Demo accounts who took part in every meeting of a past session and hold its certificate. */
  completedBy?: string[];
}

interface DemoCourse {
  provider: string;
  /** Organisations running it with the provider (共催): their staff run it too. */
  coOrganisers?: string[];
  title: string;
  summary: string;
  description: string;
  category: CourseEntity['category'];
  audienceNotes: string;
  visibility?: CourseEntity['visibility'];
  draft?: boolean;
  tags: string[];
  lessons?: { kind: 'text' | 'link'; title: string; body?: string; url?: string }[];
  sessions: DemoSession[];
}

const HOW_FOUND = {
  kind: 'choice' as const,
  label: 'この講座を何で知りましたか',
  choices: ['市報・チラシ', '市のホームページ', 'SNS', '職場からの案内', '知人の紹介', 'その他'],
};

/*
 * The seminars of the 小美玉市 project (shared/seeds/003): the leadership course the company group
 * plans, the startup support group's handmade-market and startup seminars, a marketing seminar held
 * online, an off-site re-employment seminar where mothers already gather, a course shared inside the
 * company group, and a draft still being prepared.
 */
/** Non-empty: the first course tells whether the demo catalogue is there. */
const DEMO_COURSES: [DemoCourse, ...DemoCourse[]] = [
  {
    provider: 'city',
    // Seed 000: the city, the prefecture and the labour bureau run it together.
    coOrganisers: ['prefecture', 'bureau'],
    title: '女性リーダー育成講座',
    summary: '職場や地域でリーダーとして一歩踏み出したい女性のための全3回の連続講座です。',
    description: [
      '## 講座の内容',
      '',
      '1. **第1回** 自分らしいリーダーシップを知る',
      '2. **第2回** チームを動かすコミュニケーション',
      '3. **第3回** キャリアプランを描く（修了式）',
      '',
      '市内企業で活躍する女性管理職をゲストに迎え、グループワークを中心に進めます。',
      '',
      '託児（6か月〜6歳）があります。お申し込みの際にお子さまの月齢をお知らせください。',
    ].join('\n'),
    category: 'leadership',
    audienceNotes: '市内在住・在勤の女性（全3回参加できる方）',
    tags: ['リーダーシップ', '託児あり', '全3回'],
    lessons: [
      { kind: 'text', title: 'オリエンテーション資料', body: '## 持ち物\n\n- 筆記用具\n- 飲み物' },
      { kind: 'link', title: '内閣府 男女共同参画局', url: 'https://www.gender.go.jp/' },
    ],
    sessions: [
      {
        title: '2026年度 第1期',
        venueName: '小美玉市四季文化館（みの〜れ）',
        venueAddress: '茨城県小美玉市部室1100',
        accessNotes: '無料駐車場あり。JR常磐線 石岡駅から車で約20分。託児室は1階です。',
        capacity: 30,
        childcare: { seats: 8, minMonths: 6, maxMonths: 72 },
        completionMinMeetings: 2,
        meetings: [
          [1, 6, 10, 0, 2],
          [1, 13, 10, 0, 2],
          [1, 20, 10, 0, 2],
        ],
        questions: [HOW_FOUND, { kind: 'text', label: '講座で学びたいこと・期待すること' }],
      },
    ],
  },
  {
    provider: 'chamber',
    // The startup support group's seminars are part of the city's project: its secretariat runs them too.
    coOrganisers: ['city'],
    title: 'ハンドメイドマーケットアプリ活用講座',
    summary: '手づくり作品をアプリで販売するための、出品・写真撮影・価格設定の基本を学びます。',
    description:
      '## こんな方におすすめ\n\n- 作品を販売してみたい\n- 副業・起業の第一歩を踏み出したい\n\nスマートフォンをお持ちください。参加費（1,000円）は撮影用の小物の材料費です。',
    category: 'digital_selling',
    audienceNotes: 'ハンドメイド作品の販売に関心のある方',
    tags: ['ハンドメイド', 'ネット販売', '起業'],
    sessions: [
      {
        title: '2026年度',
        venueName: '小美玉市商工会 会議室',
        venueAddress: '茨城県小美玉市堅倉835',
        accessNotes: '駐車場あり',
        capacity: 20,
        feeYen: 1000,
        childcare: { seats: 4, minMonths: 12, maxMonths: 72 },
        meetings: [[2, 10, 13, 30, 2]],
        questions: [HOW_FOUND, { kind: 'yes_no', label: '既に作品を販売していますか', required: true }],
      },
    ],
  },
  {
    provider: 'city',
    title: 'マーケティングセミナー',
    summary: 'SNSでの発信と顧客づくりを、お家から参加できるオンラインで学びます。',
    description: 'Zoomで開催します。参加URLは申込確定後にマイページに表示されます。',
    category: 'marketing',
    audienceNotes: '起業している方、起業を考えている方',
    tags: ['SNS', 'オンライン'],
    sessions: [
      {
        title: '夜間オンライン',
        isOnline: true,
        onlineUrl: 'https://zoom.example.jp/j/000000000',
        capacity: 50,
        meetings: [[2, 18, 19, 30, 1.5]],
        questions: [HOW_FOUND],
      },
    ],
  },
  {
    provider: 'chamber',
    coOrganisers: ['city'],
    title: '起業準備セミナー',
    summary: '事業計画の立て方から資金調達・届出まで、起業に必要な準備を2回で学びます。',
    description:
      '応募多数の場合は**抽選**となります。市内在住の方、当講座を初めて受講する方を優先します。\n\n終了後、個別相談（起業創業相談）をご案内します。',
    category: 'startup',
    audienceNotes: '1年以内の起業を考えている女性',
    tags: ['起業', '事業計画', '抽選'],
    sessions: [
      {
        title: '2026年度',
        venueName: '小美玉市生涯学習センター コスモス',
        venueAddress: '茨城県小美玉市中延651-1',
        capacity: 15,
        childcare: { seats: 5, minMonths: 6, maxMonths: 72 },
        lottery: true,
        meetings: [
          [3, 7, 10, 0, 3],
          [3, 14, 10, 0, 3],
        ],
        questions: [{ kind: 'text', label: '考えている事業の内容', required: true }, HOW_FOUND],
      },
    ],
  },
  {
    provider: 'city',
    title: '子育て中の再就職セミナー',
    summary: '子育てと両立できる働き方、応募書類と面接のポイントを、子育て支援センターで気軽に学べます。',
    description:
      'お子さま連れでの参加も歓迎です。ハローワークの職員による求人情報の紹介もあります。\n\n会場は**子育て支援センター**です（出張開催）。',
    category: 'career',
    audienceNotes: '再就職を考えている子育て中の方',
    tags: ['再就職', '子育て', '出張開催'],
    sessions: [
      {
        title: '出張開催',
        venueName: '子育て支援センター「こどもとママのひろば」',
        venueAddress: '茨城県小美玉市小川208',
        accessNotes: 'ベビーカーのまま入室できます。',
        isOffsite: true,
        capacity: 12,
        childcare: { seats: 10, minMonths: 3, maxMonths: 72 },
        meetings: [[1, 25, 10, 30, 1.5]],
        questions: [HOW_FOUND],
      },
    ],
  },
  {
    provider: 'mirai',
    title: '両立支援制度を使いこなす ランチ勉強会',
    summary: 'くるみん認定企業の人事担当が、育児休業・短時間勤務の制度と運用の工夫を紹介します。',
    description: '企業グループの会員企業の従業員の方が対象です。お弁当を持ってご参加ください。',
    category: 'work_life_balance',
    audienceNotes: '企業グループ会員企業の従業員',
    visibility: 'company_group',
    tags: ['両立支援', 'くるみん', '企業グループ'],
    sessions: [
      {
        title: '第1回',
        venueName: '株式会社みらい食品 本社 会議室',
        venueAddress: '茨城県小美玉市川中子',
        isOnline: true,
        onlineUrl: 'https://teams.example.jp/l/meetup',
        capacity: 40,
        meetings: [[2, 5, 12, 0, 1]],
      },
    ],
  },
  {
    provider: 'city',
    title: 'キャリアデザイン講座',
    summary:
      'これまでの経験を棚卸しし、これからの働き方とキャリアを描く全3回の講座です（今期は終了しました）。',
    description: '前期に開催しました。修了した方には修了証を発行しています。',
    category: 'career',
    audienceNotes: '働く女性、これから働きたい女性',
    tags: ['キャリア', '修了証'],
    sessions: [
      {
        // Already finished: the demo employee took part in every meeting and holds its certificate.
        title: '前期',
        venueName: '小美玉市役所 本庁舎 大会議室',
        venueAddress: '茨城県小美玉市堅倉835',
        capacity: 20,
        meetings: [
          [-3, 7, 13, 30, 2],
          [-3, 14, 13, 30, 2],
          [-3, 21, 13, 30, 2],
        ],
        completedBy: ['employee@demo.tsunagu.jp'],
      },
    ],
  },
  {
    provider: 'city',
    title: '管理職向け 女性活躍推進研修（準備中）',
    summary: '企業の管理職向けに、女性の登用と職場づくりを学ぶ研修を企画中です。',
    description: '内容は企業グループと協議中です。',
    category: 'leadership',
    audienceNotes: '市内企業の管理職',
    draft: true,
    tags: ['管理職'],
    sessions: [],
  },
];

async function seedDemoCatalogue(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const orgIds = new Map<string, string>();
    for (const org of ORGANISATIONS) {
      const found = await manager.findOneBy(OrganisationEntity, { name: org.name });
      if (found) orgIds.set(org.key, found.id);
    }
    if (!orgIds.has('city')) return false;
    const seeded = await manager.findOneBy(CourseEntity, {
      title: DEMO_COURSES[0].title,
      providerOrganisationId: orgIds.get('city') as string,
    });
    if (seeded) return false;
    const staff = await manager.findOneBy(UserEntity, { email: 'staff@demo.tsunagu.jp' });
    for (const demo of DEMO_COURSES) {
      const providerId = orgIds.get(demo.provider);
      if (!providerId) continue;
      const course = await manager.save(
        manager.create(CourseEntity, {
          providerOrganisationId: providerId,
          title: demo.title,
          summary: demo.summary,
          description: demo.description,
          category: demo.category,
          audienceNotes: demo.audienceNotes,
          visibility: demo.visibility ?? 'public',
          status: demo.draft ? 'draft' : 'published',
          tags: demo.tags,
          coverImageUrl: null,
          createdById: staff?.id ?? null,
          publishedAt: demo.draft ? null : new Date(),
        }),
      );
      for (const [i, key] of (demo.coOrganisers ?? []).entries()) {
        const organisationId = orgIds.get(key);
        if (organisationId) {
          await manager.insert(CourseCoOrganiserEntity, {
            courseId: course.id,
            organisationId,
            position: i + 1,
            addedById: staff?.id ?? null,
          });
        }
      }
      for (const [i, lesson] of (demo.lessons ?? []).entries()) {
        await manager.insert(LessonEntity, {
          courseId: course.id,
          position: i + 1,
          kind: lesson.kind,
          title: lesson.title,
          body: lesson.body ?? '',
          url: lesson.url ?? null,
        });
      }
      for (const demoSession of demo.sessions) {
        const meetings = demoSession.meetings.map(([months, day, hour, minute, hours]) => {
          const startsAt = tokyo(months, day, hour, minute);
          return { startsAt, endsAt: new Date(startsAt.getTime() + hours * HOUR) };
        });
        const [firstMonths, firstDay, firstHour, firstMinute] = demoSession.meetings[0];
        const first = tokyo(firstMonths, firstDay, firstHour, firstMinute).getTime();
        const closes = new Date(first - 7 * DAY);
        const session = await manager.save(
          manager.create(SessionEntity, {
            courseId: course.id,
            title: demoSession.title,
            venueName: demoSession.venueName ?? null,
            venueAddress: demoSession.venueAddress ?? null,
            accessNotes: demoSession.accessNotes ?? null,
            isOnline: demoSession.isOnline ?? false,
            onlineUrl: demoSession.onlineUrl ?? null,
            isOffsite: demoSession.isOffsite ?? false,
            capacity: demoSession.capacity,
            feeYen: demoSession.feeYen ?? null,
            childcareCapacity: demoSession.childcare?.seats ?? 0,
            childcareMinAgeMonths: demoSession.childcare?.minMonths ?? null,
            childcareMaxAgeMonths: demoSession.childcare?.maxMonths ?? null,
            // Open now; early enough before the close even when the first meeting is near.
            registrationOpensAt: new Date(Math.min(Date.now() - DAY, closes.getTime() - 14 * DAY)),
            registrationClosesAt: closes,
            cancellationDeadline: new Date(first - 3 * DAY),
            registrationMode: demoSession.lottery ? 'lottery' : 'first_come',
            drawAt: demoSession.lottery ? new Date(closes.getTime() + DAY) : null,
            lotteryPriorities: demoSession.lottery ? ['member_of_provider', 'first_time'] : [],
            ...(demoSession.lottery ? newLotterySeed() : {}),
            completionRule: demoSession.completionMinMeetings ? 'at_least' : 'all',
            completionMinMeetings: demoSession.completionMinMeetings ?? null,
            status: 'scheduled',
          }),
        );
        await manager.insert(
          MeetingEntity,
          meetings.map((m) => ({ ...m, sessionId: session.id })),
        );
        for (const [i, question] of (demoSession.questions ?? []).entries()) {
          await manager.insert(QuestionEntity, {
            sessionId: session.id,
            position: i + 1,
            kind: question.kind,
            label: question.label,
            choices: question.choices ?? [],
            required: question.required ?? false,
          });
        }
        await seedCompletions(manager, session, demoSession.completedBy ?? [], staff?.id ?? null);
      }
    }
    return true;
  });
}

/** Past participants: every meeting attended, completed, a certificate with a verification code. */
async function seedCompletions(
  manager: EntityManager,
  session: SessionEntity,
  emails: string[],
  markedById: string | null,
): Promise<void> {
  const meetings = await manager.find(MeetingEntity, { where: { sessionId: session.id } });
  const lastEnd = new Date(Math.max(...meetings.map((m) => m.endsAt.getTime())));
  for (const email of emails) {
    const user = await manager.findOneBy(UserEntity, { email });
    if (!user) continue;
    const enrolment = await manager.save(
      manager.create(EnrolmentEntity, {
        sessionId: session.id,
        userId: user.id,
        status: 'completed',
        completedAt: lastEnd,
      }),
    );
    await manager.insert(
      AttendanceEntity,
      meetings.map((m) => ({
        enrolmentId: enrolment.id,
        meetingId: m.id,
        status: 'attended' as const,
        markedById,
      })),
    );
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    const chars = [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]);
    await manager.insert(CertificateEntity, {
      enrolmentId: enrolment.id,
      verificationCode: `TSU-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`,
      issuedAt: lastEnd,
    });
  }
  if (emails.length) {
    await manager.update(SessionEntity, { id: session.id }, { confirmedCount: emails.length });
  }
}

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
