import type { MessageKeysOf, MessageTable } from '../../core/i18n/messages';

/** The API messages the catalogue module raises, Japanese and English. */
export const CATALOGUE_MESSAGES = {
  'catalogue.lotteryDeadlineOnlyLater': {
    ja: '受付を開始した抽選の締切は、延ばすことはできますが早めることはできません。',
    en: 'Once a lottery has opened, its deadline can be extended but not brought forward.',
  },
  'catalogue.lotteryRulesLocked': {
    ja: '抽選の申込受付が始まった後は、申込方法・優先順位・受付開始日時を変更できません。',
    en: 'Once lottery applications have opened, the registration mode, priorities and opening time cannot change.',
  },
  'catalogue.coOrganisersByProviderOnly': {
    ja: '共催団体を変更できるのは、主催団体の担当者だけです。',
    en: "Only the providing organisation's editors can change the co-organisers.",
  },
  'catalogue.copyByProviderOnly': {
    ja: '講座をコピーできるのは、主催団体の担当者だけです。',
    en: "Only the providing organisation's editors can copy its courses.",
  },
  'catalogue.shareByProviderOnly': {
    ja: 'この講座はあなたの組織が提供する講座ではないため、公開範囲を変更できません。公開範囲を決められるのは、提供する組織の担当者だけです。',
    en: 'This course is not provided by your organisation, so you cannot change who it is shared with: only the providing organisation decides that.',
  },
  'catalogue.coOrganiserIsProvider': {
    ja: '主催団体は共催団体に指定できません。',
    en: 'The providing organisation cannot also be a co-organiser.',
  },
  'catalogue.coOrganiserUnknown': {
    ja: '存在しない団体が含まれています。',
    en: 'One of these organisations does not exist.',
  },
  'catalogue.courseNotFound': { ja: '講座が見つかりません。', en: 'Course not found.' },
  'catalogue.sessionNotFound': { ja: '開催回が見つかりません。', en: 'Session not found.' },
  'catalogue.lessonNotFound': { ja: '教材が見つかりません。', en: 'Lesson not found.' },
  'catalogue.invalidMonth': {
    ja: '年月は「2026-06」の形式で入力してください。',
    en: 'Enter the month as YYYY-MM, e.g. 2026-06.',
  },
  'catalogue.endsBeforeStart': {
    ja: '終了日時は開始日時より後にしてください。',
    en: 'The end must be after the start.',
  },
  'catalogue.meetingsRequired': {
    ja: '開催日時を1つ以上入力してください。',
    en: 'Add at least one meeting.',
  },
  'catalogue.closesBeforeOpens': {
    ja: '申込締切は申込開始より後にしてください。',
    en: 'Registration must close after it opens.',
  },
  'catalogue.closesAfterFirstMeeting': {
    ja: '申込締切は初回の開始日時までにしてください。',
    en: 'Registration must close by the start of the first meeting.',
  },
  'catalogue.cancellationDeadlineOutOfWindow': {
    ja: 'キャンセル期限は申込開始から初回の開始日時までの間にしてください。',
    en: 'The cancellation deadline must fall between registration opening and the first meeting.',
  },
  'catalogue.drawAtRequired': {
    ja: '抽選の場合は抽選日時を入力してください。',
    en: 'A lottery needs a draw date and time.',
  },
  'catalogue.drawAtOutOfWindow': {
    ja: '抽選日時は申込締切の後、初回の開始日時より前にしてください。',
    en: 'The draw must be after registration closes and before the first meeting.',
  },
  'catalogue.completionMinMeetingsRequired': {
    ja: '修了に必要な出席回数を入力してください。',
    en: 'Enter how many meetings must be attended to complete.',
  },
  'catalogue.completionMinMeetingsTooMany': {
    ja: '修了に必要な出席回数は開催回数（{count}回）以内にしてください。',
    en: 'The meetings needed to complete cannot exceed the number of meetings ({count}).',
  },
  'catalogue.childAgesReversed': {
    ja: '対象年齢の上限は下限以上にしてください。',
    en: 'The oldest age must not be below the youngest.',
  },
  'catalogue.venueOrOnline': {
    ja: '会場名を入力するか、オンライン開催にしてください。',
    en: 'Enter a venue or make the session online.',
  },
  'catalogue.choicesRequired': {
    ja: '選択式の質問には選択肢を2つ以上入力してください。',
    en: 'A choice question needs at least two choices.',
  },
  'catalogue.linkUrlRequired': {
    ja: 'リンクの教材にはURLを入力してください。',
    en: 'A link lesson needs a URL.',
  },
  'catalogue.fileOrUrlRequired': {
    ja: 'ファイルの教材には、ファイルをアップロードするかURLを入力してください。',
    en: 'A file lesson needs an uploaded file or a URL.',
  },
  'catalogue.fileOrUrl': {
    ja: 'ファイルとURLはどちらか一方だけを指定してください。',
    en: 'Give either a file or a URL, not both.',
  },
  'catalogue.fileOnlyForFileLessons': {
    ja: 'ファイルを添付できるのは種類が「ファイル」の教材だけです。',
    en: 'Only file lessons can have an uploaded file.',
  },
  'catalogue.fileNotOfCourse': {
    ja: 'この講座にアップロードされたファイルではありません。',
    en: 'This file was not uploaded to this course.',
  },
  'catalogue.fileWrongPurpose': {
    ja: 'このファイルは別の用途（教材またはカバー画像）でアップロードされています。',
    en: 'This file was uploaded for another use (lesson material or cover image).',
  },
  'catalogue.fileNotFound': { ja: 'ファイルが見つかりません。', en: 'File not found.' },
  'catalogue.fileRequired': {
    ja: 'アップロードするファイルを選んでください。',
    en: 'Choose a file to upload.',
  },
  'catalogue.fileEmpty': {
    ja: '空のファイルはアップロードできません。',
    en: 'This file is empty.',
  },
  'catalogue.fileTooLarge': {
    ja: 'ファイルが大きすぎます。{max}MB以下のファイルを選んでください。',
    en: 'This file is too large. Choose a file of {max} MB or less.',
  },
  'catalogue.fileTypeNotAllowed': {
    ja: 'この種類のファイルはアップロードできません。PDF、画像（PNG・JPEG・WebP）、Word・Excel・PowerPoint、テキストのいずれかを選んでください。',
    en: 'This kind of file cannot be uploaded. Choose a PDF, an image (PNG, JPEG, WebP), a Word, Excel or PowerPoint file, or plain text.',
  },
  'catalogue.coverTypeNotAllowed': {
    ja: 'カバー画像には PNG・JPEG・WebP の画像を選んでください。',
    en: 'Choose a PNG, JPEG or WebP image for the cover.',
  },
  'catalogue.fileTypeMismatch': {
    ja: 'ファイルの中身が、ファイル名の拡張子または種類と一致しません。',
    en: 'The contents of this file do not match its name or type.',
  },
  'catalogue.fileTextEncoding': {
    ja: 'テキストファイルは文字コード UTF-8 で保存してから選んでください。',
    en: 'Save the text file as UTF-8, then choose it again.',
  },
  'catalogue.capacityBelowConfirmed': {
    ja: '定員は確定済みの参加者数（{confirmed}名）より少なくできません。',
    en: 'Capacity cannot be lower than the participants already confirmed ({confirmed}).',
  },
  'catalogue.childcareBelowConfirmed': {
    ja: '託児の定員は確定済みの託児人数（{confirmed}名）より少なくできません。',
    en: 'Childcare seats cannot be fewer than the children already confirmed ({confirmed}).',
  },
  'catalogue.sessionCancelled': {
    ja: 'この開催回は中止されています。',
    en: 'This session has been cancelled.',
  },
  'catalogue.pastMeetingLocked': {
    ja: '受付（出欠の記録）が始まった開催日時は変更・削除できません。',
    en: 'A meeting whose check-in has opened cannot be changed or removed.',
  },
  'catalogue.meetingInPast': {
    ja: '過去の日時に開催日を追加したり、移したりすることはできません。',
    en: 'A meeting cannot be added or moved to a time in the past.',
  },
  'catalogue.unknownItem': {
    ja: 'この開催回に属さない項目が含まれています。',
    en: 'This refers to an item that does not belong here.',
  },
  'catalogue.lessonOrderMismatch': {
    ja: '並べ替えには、この講座のすべての教材を一度ずつ指定してください。',
    en: 'List every lesson of the course exactly once to reorder them.',
  },
} as const satisfies MessageTable;

declare module '../../core/i18n/messages' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- merges this module's keys
  interface MessageCatalogue extends MessageKeysOf<typeof CATALOGUE_MESSAGES> {}
}
