/** The landing page and the persona homes. */
export const homeJa = {
  landing: {
    title: '学びと出会いで、あなたのキャリアをつなぐ',
    lead: 'つなぐは、自治体と企業が進める女性活躍推進のためのセミナー・メンタリング・起業相談をひとつにまとめた場所です。',
    points: {
      seminars: 'リーダーシップや起業のセミナーに、スマートフォンから申し込めます。',
      mentoring: 'キャリアや起業について、メンターに相談できます。',
      companies: '企業グループでプログラムを共有し、社員の学びを応援できます。',
    },
    signIn: 'ログイン',
    signUp: '新規登録（無料）',
  },
  home: {
    greeting: '{name}さん、こんにちは',
    membershipsTitle: '所属と役割',
    membershipsEmpty: 'まだ所属している団体はありません。',
    learner: {
      seminarsTitle: '申し込んだセミナー',
      seminarsEmpty: '申し込んだセミナーはまだありません。',
      catalogue: 'セミナーを探す',
      consultationsTitle: '相談の予約',
      consultationsEmpty:
        'キャリアや起業についてメンターに相談する予約の機能は準備中です。使えるようになったら、ここから予約できます。',
    },
    company: {
      programmesTitle: '自社のプログラム',
      programmesEmpty: '企業グループでプログラムを共有する機能は準備中です。',
      participationTitle: '社員の参加状況',
      participationEmpty: '社員の参加状況（本人が同意したものだけ）を見る機能は準備中です。',
    },
    mentor: {
      bookingsTitle: '今後の相談予約',
      bookingsEmpty: '相談予約の受付は準備中です。使えるようになると、ここに予約が表示されます。',
      availabilityTitle: '相談可能な日時',
      availabilityEmpty: '相談できる日時を登録する機能は準備中です。',
    },
    staff: {
      tasksTitle: '今日のタスク',
      tasksEmpty: '今日の受付や締め切りなどをまとめて表示する機能は準備中です。',
      planTitle: '年間計画',
      planEmpty: '年間計画とKPI（目標と実績）を管理する機能は準備中です。',
    },
  },
  learnerHome: {
    completedTitle: '修了したセミナー',
    certificateReady: '修了証あり',
    certificateLink: '修了証を見る（マイセミナー）',
  },
  staffHome: {
    catalogueTitle: 'セミナー',
    catalogueLead: '募集中のセミナーを一覧で見られます。',
  },
} as const;
