import type { MessageKeysOf, MessageTable } from '../../core/i18n/messages';

/** The API messages the enrolment module raises, Japanese and English. */
export const ENROLMENT_MESSAGES = {
  'enrolment.sessionNotFound': { ja: '開催回が見つかりません。', en: 'Session not found.' },
  'enrolment.sessionCancelled': {
    ja: 'この開催回は中止になりました。',
    en: 'This session has been cancelled.',
  },
  'enrolment.registrationNotOpen': {
    ja: '申し込みはまだ始まっていません。',
    en: 'Registration has not opened yet.',
  },
  'enrolment.registrationClosed': { ja: '申し込みの受付は終了しました。', en: 'Registration has closed.' },
  'enrolment.lotteryDrawn': { ja: '抽選は終了しました。', en: 'The lottery has already been drawn.' },
  'enrolment.completedCannotCancel': {
    ja: '修了済みの申し込みは取り消せません。出欠を訂正すると修了も取り消されます。',
    en: 'A completed enrolment cannot be cancelled. Correcting the attendance withdraws the completion.',
  },
  'enrolment.courseNotPublished': {
    ja: 'この講座はまだ公開されていないため、申し込めません。',
    en: 'This course is not published yet, so nobody can apply.',
  },
  'enrolment.heldSeatChildcareFull': {
    ja: '託児の枠は満席です。託児なしで参加する場合は、その旨を選んでもう一度承諾してください。',
    en: 'Childcare is full. To take the seat without childcare, choose so and accept again.',
  },
  'enrolment.alreadyEnrolled': {
    ja: 'この開催回には既に申し込んでいます。',
    en: 'You have already applied for this session.',
  },
  'enrolment.childcareUnavailable': {
    ja: 'この開催回には託児がありません。',
    en: 'This session offers no childcare.',
  },
  'enrolment.childAgesRequired': {
    ja: '託児を希望するお子さまの年齢を入力してください。',
    en: 'Enter the age of each child who needs childcare.',
  },
  'enrolment.childAgeOutOfRange': {
    ja: '託児の対象は{min}か月から{max}か月までのお子さまです。',
    en: 'Childcare is for children aged {min} to {max} months.',
  },
  'enrolment.tooManyChildren': {
    ja: 'お子さまは{max}人まで入力できます。',
    en: 'Enter at most {max} children.',
  },
  'enrolment.answerRequired': { ja: 'この質問への回答は必須です。', en: 'This question needs an answer.' },
  'enrolment.answerInvalid': { ja: '選択肢から選んでください。', en: 'Choose one of the options.' },
  'enrolment.answerTooLong': { ja: '{max}文字以内で入力してください。', en: 'Use at most {max} characters.' },
  'enrolment.unknownQuestion': {
    ja: 'この開催回にない質問への回答です。',
    en: 'This question does not belong to the session.',
  },
  'enrolment.cancellationClosed': {
    ja: 'キャンセルの受付期限を過ぎています。事務局へご連絡ください。',
    en: 'The cancellation deadline has passed. Please contact the organisers.',
  },
  'enrolment.alreadyCancelled': {
    ja: 'この申し込みは既にキャンセルされています。',
    en: 'This enrolment is already cancelled.',
  },
  'enrolment.notFound': { ja: '申し込みが見つかりません。', en: 'Enrolment not found.' },
  'enrolment.notLottery': { ja: 'この開催回は抽選ではありません。', en: 'This session is not a lottery.' },
  'enrolment.checkInInvalid': { ja: 'この受付コードは無効です。', en: 'This check-in code is not valid.' },
  'enrolment.checkInOtherSession': {
    ja: 'この受付コードは別の開催回のものです。',
    en: 'This check-in code is for another session.',
  },
  'enrolment.notConfirmed': {
    ja: '参加が確定していない申し込みです。',
    en: 'This enrolment is not confirmed.',
  },
  'enrolment.meetingNotInSession': {
    ja: 'この開催回の日程ではありません。',
    en: 'This meeting does not belong to the session.',
  },
  'enrolment.certificateNotFound': {
    ja: '修了証が見つかりません。コードを確認してください。',
    en: 'No certificate has this code. Please check it.',
  },
  'enrolment.attendanceNotOpen': {
    ja: 'この回の出欠は、開始時刻の{minutes}分前から記録できます。',
    en: 'Attendance for this meeting can be recorded from {minutes} minutes before it starts.',
  },
  'enrolment.lotteryStillOpen': {
    ja: '申込受付中は抽選できません。申込締切の後に抽選してください。',
    en: 'The lottery cannot be drawn while applications are open. Draw it after the registration deadline.',
  },
  'enrolment.lotteryNotFound': {
    ja: 'この開催回は抽選ではありません。',
    en: 'This session is not a lottery.',
  },
  'enrolment.lotteryNotCommitted': {
    ja: 'この抽選には公開済みの抽選シードがありません。',
    en: 'This lottery has no published seed commitment.',
  },
} as const satisfies MessageTable;

declare module '../../core/i18n/messages' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- merges this module's keys
  interface MessageCatalogue extends MessageKeysOf<typeof ENROLMENT_MESSAGES> {}
}
