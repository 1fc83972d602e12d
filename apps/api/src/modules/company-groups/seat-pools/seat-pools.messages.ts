/** The seat pools' API messages (merged into COMPANY_GROUPS_MESSAGES), Japanese and English. */
export const SEAT_POOL_MESSAGES = {
  'seatPools.poolNotFound': {
    ja: '座席枠が見つかりません。',
    en: 'Seat pool not found.',
  },
  'seatPools.nominationNotFound': {
    ja: '推薦が見つかりません。',
    en: 'Nomination not found.',
  },
  'seatPools.notOfferingAdmin': {
    ja: '座席枠を提供できるのは、講座を提供する企業の管理者だけです。',
    en: 'Only an admin of the company that provides the course can offer its seats.',
  },
  'seatPools.notApprovedCompany': {
    ja: '座席枠を提供・推薦できるのは、承認済みの企業だけです。',
    en: 'Only an approved company can offer or nominate for seats.',
  },
  'seatPools.notYourCompany': {
    ja: 'この操作は、その企業の管理者だけが行えます。',
    en: "Only the company's own admins can do that.",
  },
  'seatPools.notYourNomination': {
    ja: '推薦に回答できるのは、推薦された本人だけです。',
    en: 'Only the person nominated can answer a nomination.',
  },
  'seatPools.lotterySession': {
    ja: '抽選の開催回には座席枠を設けられません。先着順の開催回を選んでください。',
    en: 'Seat pools are for first-come sessions; this session is drawn by lottery.',
  },
  'seatPools.sessionUnavailable': {
    ja: 'この開催回は中止または非公開のため、座席枠を設けられません。',
    en: 'This session is cancelled or its course is not published, so it cannot offer seats.',
  },
  'seatPools.notEnoughSeats': {
    ja: 'この開催回の残席は{left}席です。それより多くは提供できません。',
    en: 'This session has {left} seats left; you cannot offer more than that.',
  },
  'seatPools.closesAtInvalid': {
    ja: '推薦の締切は、今より後で、開催回の申込締切（{closes}）以前にしてください。',
    en: "The nomination deadline must be in the future and no later than the session's registration deadline ({closes}).",
  },
  'seatPools.noPeers': {
    ja: '同じ企業グループに、座席を提供できる他の企業がありません。',
    en: 'No other approved company shares a company group with yours.',
  },
  'seatPools.notAPeer': {
    ja: '座席を割り当てられるのは、同じ企業グループの他の承認済み企業だけです。',
    en: 'Seats can be allocated only to other approved companies of your company groups.',
  },
  'seatPools.allocationsSum': {
    ja: '企業ごとの割当の合計（{sum}席）を、提供する席数（{seats}席）と同じにしてください。',
    en: 'The per-company allocations add up to {sum}; they must add up to the {seats} seats offered.',
  },
  'seatPools.allocationsOnlyPerCompany': {
    ja: '先着順の座席枠には、企業ごとの割当は指定できません。',
    en: 'A first-come pool takes no per-company allocations.',
  },
  'seatPools.allocationTwice': {
    ja: '同じ企業が割当に2回含まれています。',
    en: 'The same company appears twice in the allocations.',
  },
  'seatPools.closed': {
    ja: 'この座席枠の推薦は締め切られました。',
    en: 'Nominations for this seat pool have closed.',
  },
  'seatPools.alreadyClosed': {
    ja: 'この座席枠は既に締め切られています。',
    en: 'This seat pool is already closed.',
  },
  'seatPools.poolFull': {
    ja: 'この座席枠は満席です（推薦済みの席を含みます）。',
    en: 'This seat pool is full (nominated seats included).',
  },
  'seatPools.notYourEmployee': {
    ja: '推薦できるのは、貴社の従業員として連携が確認された人だけです。',
    en: 'You can nominate only people confirmed as your employees.',
  },
  'seatPools.noNominationConsent': {
    ja: 'この人は、貴社からの推薦に同意していません。',
    en: 'This person has not consented to being nominated by your company.',
  },
  'seatPools.alreadyHasPlace': {
    ja: 'この人は既にこの開催回に申し込んでいます（確定またはキャンセル待ち）。',
    en: 'This person already holds a place in this session (confirmed or waitlisted).',
  },
  'seatPools.alreadyNominated': {
    ja: 'この人は既にこの座席枠に推薦されています。',
    en: 'This person has already been nominated for this seat pool.',
  },
  'seatPools.nominationNotPending': {
    ja: 'この推薦は既に回答済み、取り下げ済み、または期限切れです。',
    en: 'This nomination has already been answered, withdrawn or expired.',
  },
} as const;
