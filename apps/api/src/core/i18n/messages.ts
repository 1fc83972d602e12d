import type { Locale } from '@tsunagu/shared/domain';

/**
 * Every message the API returns to a person, in Japanese and English. `{name}` placeholders are filled
 * from the error's params. Keys are grouped by the module that raises them.
 */
export const MESSAGES = {
  'error.internal': {
    ja: 'サーバーで問題が発生しました。時間をおいて再度お試しください。',
    en: 'Something went wrong on our side. Please try again later.',
  },
  'error.unauthenticated': { ja: 'サインインが必要です。', en: 'Please sign in.' },
  'error.forbidden': { ja: 'この操作を行う権限がありません。', en: 'You do not have permission to do this.' },
  'error.notFound': { ja: '見つかりませんでした。', en: 'Not found.' },
  'error.invalidInput': { ja: '入力内容を確認してください。', en: 'Please check what you entered.' },
  'error.tooManyRequests': {
    ja: '試行回数が多すぎます。しばらくしてから再度お試しください。',
    en: 'Too many attempts. Please wait a while and try again.',
  },

  // issue 8: limits (bad ids, request size, GraphQL's own errors, depth/alias/cost, password checks)
  'error.malformedId': {
    ja: '見つかりませんでした（IDの形式が正しくありません）。',
    en: 'Not found: this ID is not valid.',
  },
  'error.graphqlSyntax': {
    ja: 'リクエストを読み取れませんでした（GraphQLの構文に誤りがあります）。',
    en: 'The request could not be read: its GraphQL syntax is wrong.',
  },
  'error.graphqlValidation': {
    ja: 'リクエストがAPIの仕様に合っていません。',
    en: 'The request does not match what the API offers.',
  },
  'error.graphqlVariables': {
    ja: 'リクエストに渡された値が正しくありません。',
    en: 'A value passed with the request is not valid.',
  },
  'error.badRequest': {
    ja: 'リクエストの形式が正しくありません。',
    en: 'The request is not well-formed.',
  },
  'error.nulCharacter': {
    ja: '入力に使えない文字（NUL文字）が含まれています。貼り付けた内容を確認してください。',
    en: 'What you entered contains a character that cannot be used (NUL). Please check what you pasted.',
  },
  'error.payloadTooLarge': {
    ja: 'リクエストが大きすぎます（{max}KBまで）。入力内容を短くしてください。',
    en: 'The request is too large (at most {max} KB). Please shorten what you entered.',
  },
  'error.tooManyTokens': {
    ja: 'リクエストが長すぎます（{max}語句まで）。',
    en: 'The request is too long (at most {max} tokens).',
  },
  'error.queryTooDeep': {
    ja: 'リクエストの入れ子が深すぎます（{max}段まで）。',
    en: 'The request is nested too deeply (at most {max} levels).',
  },
  'error.tooManyAliases': {
    ja: 'リクエストの別名（エイリアス）が多すぎます（{max}個まで）。',
    en: 'The request uses too many aliases (at most {max}).',
  },
  'error.queryTooCostly': {
    ja: 'リクエストが大きすぎます（推定コスト{cost}、上限{max}）。取得する件数や項目を減らしてください。',
    en: 'The request asks for too much (estimated cost {cost}, at most {max}). Ask for fewer items or fields.',
  },
  'error.onePasswordCheckPerRequest': {
    ja: 'サインイン・登録・パスワード変更は、1回のリクエストにつき1つまでです。',
    en: 'Sign-in, sign-up and password changes are limited to one per request.',
  },
  'identity.tooManySignUps': {
    ja: 'この接続元からの登録が多すぎます。{minutes}分ほどしてから再度お試しください。',
    en: 'Too many sign-ups from this network. Please try again in about {minutes} minutes.',
  },
  // end of issue 8: limits

  'validation.required': { ja: '入力してください。', en: 'This field is required.' },
  'validation.email': { ja: 'メールアドレスの形式が正しくありません。', en: 'Enter a valid email address.' },
  'validation.minLength': { ja: '{min}文字以上で入力してください。', en: 'Use at least {min} characters.' },
  'validation.maxLength': { ja: '{max}文字以内で入力してください。', en: 'Use at most {max} characters.' },
  'validation.kana': {
    ja: 'ふりがなは、ひらがなまたはカタカナで入力してください。',
    en: 'Use hiragana or katakana only.',
  },
  'validation.enum': { ja: '選択肢から選んでください。', en: 'Choose one of the options.' },
  'validation.uuid': { ja: 'IDの形式が正しくありません。', en: 'This is not a valid ID.' },
  'validation.invalid': { ja: '値が正しくありません。', en: 'This value is not valid.' },
  'validation.range': {
    ja: '{min}から{max}までの整数で入力してください。',
    en: 'Enter a whole number from {min} to {max}.',
  },
  'validation.maxItems': { ja: '{max}個以内にしてください。', en: 'Use at most {max} items.' },
  'validation.maxLengthEach': {
    ja: 'それぞれ{max}文字以内で入力してください。',
    en: 'Use at most {max} characters for each.',
  },
  'validation.url': {
    ja: 'http:// または https:// で始まるURLを入力してください。',
    en: 'Enter a URL starting with http:// or https://.',
  },

  'identity.emailTaken': {
    ja: 'このメールアドレスは既に登録されています。',
    en: 'This email address is already registered.',
  },
  'identity.invalidCredentials': {
    ja: 'メールアドレスまたはパスワードが正しくありません。',
    en: 'The email address or password is incorrect.',
  },
  'identity.tooManySignInFailures': {
    ja: 'サインインの失敗が続いたため、一時的に制限しています。{minutes}分ほど待ってから再度お試しください。',
    en: 'Too many failed sign-ins. Please wait about {minutes} minutes and try again.',
  },
  'identity.invalidRefreshToken': {
    ja: 'セッションの有効期限が切れました。もう一度サインインしてください。',
    en: 'Your session has expired. Please sign in again.',
  },
  'identity.wrongCurrentPassword': {
    ja: '現在のパスワードが正しくありません。',
    en: 'The current password is incorrect.',
  },
  'identity.samePassword': {
    ja: '新しいパスワードは現在のものと別にしてください。',
    en: 'Choose a new password different from the current one.',
  },

  'organisations.notFound': { ja: '団体が見つかりません。', en: 'Organisation not found.' },
  'organisations.invitationNotFound': {
    ja: '招待が見つからないか、有効期限が切れています。',
    en: 'This invitation does not exist or has expired.',
  },
  'organisations.invitationUsed': {
    ja: 'この招待は既に使われています。',
    en: 'This invitation has already been used.',
  },
  'organisations.invitationOtherEmail': {
    ja: 'この招待は別のメールアドレス宛てです。',
    en: 'This invitation was sent to a different email address.',
  },
  'organisations.alreadyMember': {
    ja: 'この方は既にこの役割で所属しています。',
    en: 'This person already holds this role in the organisation.',
  },

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

  // issue 8: attendance only when it happened
  'enrolment.attendanceNotOpen': {
    ja: 'この回の出欠は、開始時刻の{minutes}分前から記録できます。',
    en: 'Attendance for this meeting can be recorded from {minutes} minutes before it starts.',
  },

  // issue 8: lottery
  'catalogue.lotteryDeadlineOnlyLater': {
    ja: '受付を開始した抽選の締切は、延ばすことはできますが早めることはできません。',
    en: 'Once a lottery has opened, its deadline can be extended but not brought forward.',
  },
  'catalogue.lotteryRulesLocked': {
    ja: '抽選の申込受付が始まった後は、申込方法・優先順位・受付開始日時を変更できません。',
    en: 'Once lottery applications have opened, the registration mode, priorities and opening time cannot change.',
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

  // issue 8: co-organisers
  'catalogue.coOrganisersByProviderOnly': {
    ja: '共催団体を変更できるのは、主催団体の担当者だけです。',
    en: "Only the providing organisation's editors can change the co-organisers.",
  },
  'catalogue.copyByProviderOnly': {
    ja: '講座をコピーできるのは、主催団体の担当者だけです。',
    en: "Only the providing organisation's editors can copy its courses.",
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

  // issue 8: organisation contact and privacy notice
  'validation.phone': {
    ja: '電話番号は数字とハイフンで入力してください（例：0299-00-1111）。',
    en: 'Enter a phone number with digits and hyphens (e.g. 0299-00-1111).',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

export function translate(key: MessageKey, locale: Locale, params: MessageParams = {}): string {
  const template: string = MESSAGES[key][locale];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
