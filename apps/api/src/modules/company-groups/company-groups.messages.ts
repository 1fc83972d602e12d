import { LIMITS } from '@tsunagu/shared/domain';
import type { MessageKeysOf, MessageTable } from '../../core/i18n/messages';
import { SEAT_POOL_MESSAGES } from './seat-pools/seat-pools.messages';

/** The API messages the company-groups module raises, Japanese and English. */
export const COMPANY_GROUPS_MESSAGES = {
  'companyGroups.profileNotFound': {
    ja: '企業情報が見つかりません。',
    en: 'Company profile not found.',
  },
  'companyGroups.certificationNotFound': {
    ja: '認定情報が見つかりません。',
    en: 'Certification not found.',
  },
  'companyGroups.notYourCompany': {
    ja: '企業情報を編集できるのは、その企業の管理者だけです。',
    en: "Only the company's own admins can change its profile.",
  },
  'companyGroups.notYourCompanyToInvite': {
    ja: '企業の管理者を招待できるのは、その企業が参加する事務局の担当者だけです。',
    en: 'Only staff of the secretariat the company belongs to can invite its admins.',
  },
  'companyGroups.inviteNeedsApproval': {
    ja: '参加が承認された企業にだけ、管理者を招待できます。先に申請を審査してください。',
    en: 'Admins can be invited only for an approved company. Decide its application first.',
  },
  'companyGroups.notYourSecretariat': {
    ja: '申請を審査できるのは、申請先の事務局の担当者だけです。',
    en: 'Only staff of the secretariat the company applied to can decide its application.',
  },
  'companyGroups.tooManyPendingApplications': {
    ja: `審査待ちの申請が${LIMITS.company.pendingApplicationsPerPerson.max}件あります。事務局の審査が終わってから、次の企業を申請してください。`,
    en: `You already have ${LIMITS.company.pendingApplicationsPerPerson.max} applications awaiting a decision. Apply for another company once the secretariat has decided them.`,
  },
  'companyGroups.secretariatInvalid': {
    ja: '申請先には、市区町村・都道府県・国の機関の事務局を選んでください。',
    en: 'Choose a city, prefecture or national agency as the secretariat.',
  },
  'companyGroups.corporateNumberFormat': {
    ja: '法人番号は13桁の数字で入力してください。',
    en: 'Enter the corporate number (法人番号) as 13 digits.',
  },
  'companyGroups.corporateNumberCheckDigit': {
    ja: '法人番号が正しくありません（チェックデジットが一致しません）。番号をご確認ください。',
    en: 'This corporate number (法人番号) is not valid: its check digit does not match. Please check the number.',
  },
  'companyGroups.corporateNumberTaken': {
    ja: 'この法人番号の企業は既に登録されています。',
    en: 'A company with this corporate number (法人番号) is already registered.',
  },
  'companyGroups.postalCode': {
    ja: '郵便番号は7桁の数字で入力してください（例：311-3492）。',
    en: 'Enter the postal code as 7 digits (e.g. 311-3492).',
  },
  'companyGroups.notAwaitingDecision': {
    ja: 'この申請は既に審査済みです。',
    en: 'This application has already been decided.',
  },
  'companyGroups.notDeclined': {
    ja: '再申請できるのは、承認されなかった申請だけです。',
    en: 'Only a declined application can be submitted again.',
  },
  'companyGroups.declineReasonRequired': {
    ja: '承認しない理由を入力してください。',
    en: 'Give a reason for declining.',
  },
  'companyGroups.certifiedOnInvalid': {
    ja: '認定日は「2026-04-01」の形式で入力してください。',
    en: 'Enter the certification date as YYYY-MM-DD, e.g. 2026-04-01.',
  },
  'companyGroups.certifiedInFuture': {
    ja: '認定日に未来の日付は指定できません。',
    en: 'The certification date cannot be in the future.',
  },
  'companyGroups.otherNameRequired': {
    ja: '「その他」の認定は、認定の名称を入力してください。',
    en: 'Name the certification when its kind is “other”.',
  },
  'companyGroups.otherNameOnlyForOther': {
    ja: '認定の名称は「その他」の場合だけ入力してください。',
    en: 'A certification name is given only when its kind is “other”.',
  },
  'companyGroups.certificationTwice': {
    ja: 'この認定は既に登録されています。',
    en: 'This certification is already registered.',
  },
  'companyGroups.employmentExists': {
    ja: 'この企業とは既に従業員として連携中、または連携の申請中です。',
    en: 'You already have a link, or a pending request, with this company.',
  },
  'companyGroups.employmentNotFound': {
    ja: '従業員としての連携が見つかりません。',
    en: 'Employment link not found.',
  },
  'companyGroups.tooManyInvitations': {
    ja: '本日の従業員招待の上限（{max}件）に達しました。明日以降にもう一度お試しください。',
    en: 'Your company has sent the most employee invitations allowed in a day ({max}). Please try again tomorrow.',
  },
  'companyGroups.employmentNotPending': {
    ja: 'この連携は既に処理済みです。',
    en: 'This employment link has already been dealt with.',
  },
  'companyGroups.notYourEmployment': {
    ja: 'この操作は、連携の相手方だけが行えます。',
    en: 'Only the other side of this link can do that.',
  },
  'companyGroups.noActiveEmployment': {
    ja: '同意を設定できるのは、従業員として連携が確認された企業だけです。',
    en: 'You can set consent only for a company that has confirmed you as its employee.',
  },
  'companyGroups.overviewStaffOnly': {
    ja: '企業別の参加状況を見られるのは、その事務局の担当者だけです。',
    en: "Only the secretariat's own staff can see participation by company.",
  },
  'companyGroups.fiscalYearInvalid': {
    ja: '年度は2000〜2100の数字で指定してください（例：2026）。',
    en: 'Give the fiscal year as a number from 2000 to 2100 (e.g. 2026).',
  },
  'companyGroups.groupNotFound': {
    ja: '企業グループが見つかりません。',
    en: 'Company group not found.',
  },
  'companyGroups.notGroupOwner': {
    ja: 'この操作は、企業グループを運営する事務局の担当者だけが行えます。',
    en: 'Only staff of the secretariat that runs this company group can do that.',
  },
  'companyGroups.notAnApprovedCompany': {
    ja: '招待できるのは、承認済みの協力企業だけです。',
    en: 'Only an approved partner company can be invited.',
  },
  'companyGroups.alreadyInGroup': {
    ja: 'この企業は既にこのグループのメンバー、または招待中です。',
    en: 'This company is already a member of this group, or already invited.',
  },
  'companyGroups.noInvitation': {
    ja: 'このグループからの招待はありません（既に回答済みの可能性があります）。',
    en: 'There is no open invitation from this group (it may have been answered already).',
  },
  'companyGroups.notAMember': {
    ja: 'この企業は現在このグループのメンバーではありません。',
    en: 'This company is not a current member of this group.',
  },
  'companyGroups.coordinatorNotStaff': {
    ja: 'コーディネーターには、グループを運営する事務局の担当者を選んでください。',
    en: 'Choose a staff member of the secretariat that runs the group as coordinator.',
  },
  'companyGroups.alreadyCoordinator': {
    ja: 'この担当者は既にコーディネーターです。',
    en: 'This person is already a coordinator.',
  },
  'companyGroups.coordinatorNotFound': {
    ja: 'この担当者は現在コーディネーターではありません。',
    en: 'This person is not a current coordinator.',
  },
  'companyGroups.notGroupMember': {
    ja: '掲示板を見たり書き込んだりできるのは、グループの現在のメンバーだけです。',
    en: "Only the group's current members can read or write on its board.",
  },
  'companyGroups.recordsByCoordinators': {
    ja: '決定事項と会議の日程は、コーディネーターと事務局だけが登録できます。',
    en: 'Only coordinators and the secretariat can record decisions and meetings.',
  },
  'companyGroups.meetingNeedsDate': {
    ja: '会議の日時を入力してください。',
    en: 'Enter the date and time of the meeting.',
  },
  'companyGroups.dateOnlyForMeeting': {
    ja: '日時と場所は、会議の場合だけ入力してください。',
    en: 'A date and place are given only for a meeting.',
  },
  'companyGroups.notAMeeting': {
    ja: '出欠を回答できるのは会議だけです。',
    en: 'Attendance can be given only for a meeting.',
  },
  'companyGroups.notYourMemberCompany': {
    ja: '出欠は、あなたが担当するメンバー企業の分だけ回答できます。',
    en: 'You can answer only for a member company you act for.',
  },
  'companyGroups.postNotFound': {
    ja: '投稿が見つかりません。',
    en: 'Post not found.',
  },
  'companyGroups.fileRequired': {
    ja: 'ファイルを選んでください。',
    en: 'Choose a file.',
  },
  'companyGroups.fileEmpty': {
    ja: 'ファイルが空です。',
    en: 'The file is empty.',
  },
  'companyGroups.fileTooLarge': {
    ja: 'ファイルが大きすぎます（{max}MBまで）。',
    en: 'The file is too large (up to {max} MB).',
  },
  'companyGroups.logoTypeNotAllowed': {
    ja: 'ロゴはPNG・JPEG・WebPの画像を選んでください。',
    en: 'Choose a PNG, JPEG or WebP image for the logo.',
  },
  'companyGroups.evidenceTypeNotAllowed': {
    ja: '認定の証明書類はPDF・PNG・JPEGのファイルを選んでください。',
    en: 'Choose a PDF, PNG or JPEG file as the evidence.',
  },
  'companyGroups.fileNotFound': {
    ja: 'ファイルが見つかりません。',
    en: 'File not found.',
  },
  'companyGroups.notYourEvidence': {
    ja: '認定の証明書類を見られるのは、その企業の管理者と事務局の担当者だけです。',
    en: "Only the company's admins and its secretariat's staff can see a certification's evidence.",
  },
  'companyGroups.postFileTypeNotAllowed': {
    ja: '投稿に添付できるのはPDF・画像（PNG・JPEG・WebP）・Word・Excel・PowerPointのファイルです。',
    en: 'Attach a PDF, an image (PNG, JPEG or WebP) or a Word, Excel or PowerPoint file.',
  },
  'companyGroups.tooManyPostFiles': {
    ja: '1件の投稿に添付できるファイルは{max}個までです。',
    en: 'A post can have up to {max} files.',
  },
  'companyGroups.notYourPost': {
    ja: '投稿を編集したりファイルを添付・削除したりできるのは、投稿した本人だけです。',
    en: 'Only the person who wrote a post can edit it or add and remove its files.',
  },
  ...SEAT_POOL_MESSAGES,
} as const satisfies MessageTable;

declare module '../../core/i18n/messages' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- merges this module's keys
  interface MessageCatalogue extends MessageKeysOf<typeof COMPANY_GROUPS_MESSAGES> {}
}
