import type { CourseEntity } from './course.entity';

/**
 * A moment `monthsAhead` months from now at a Tokyo wall-clock time (stored in UTC). After the 12th of
 * a month everything moves one month later, so the earliest demo meeting (next month's 6th) is always
 * at least three weeks away and its registration (closing a week before) is open whatever the date.
 */
export function tokyo(monthsAhead: number, day: number, hour: number, minute = 0): Date {
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

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

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
  meetings: [number, number, number, number, number][];
  questions?: { kind: 'text' | 'choice' | 'yes_no'; label: string; choices?: string[]; required?: boolean }[];
}

export interface DemoCourse {
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
 * online, an off-site re-employment seminar where mothers already gather, a course 株式会社みらい食品
 * provides and shares with its company group (shared programmes), and a draft still being prepared.
 */
export const DEMO_COURSES: readonly DemoCourse[] = [
  {
    provider: 'city',
    // Seed 000: the city, the prefecture and the labour bureau run it together; seed 003: companies of
    // the company group co-host it (協力企業 on the course page).
    coOrganisers: ['prefecture', 'bureau', 'mirai', 'hitachi'],
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
