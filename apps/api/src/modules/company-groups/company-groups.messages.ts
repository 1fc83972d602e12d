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
  'companyGroups.notYourSecretariat': {
    ja: '申請を審査できるのは、申請先の事務局の担当者だけです。',
    en: 'Only staff of the secretariat the company applied to can decide its application.',
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
  ...SEAT_POOL_MESSAGES,
} as const satisfies MessageTable;

declare module '../../core/i18n/messages' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- merges this module's keys
  interface MessageCatalogue extends MessageKeysOf<typeof COMPANY_GROUPS_MESSAGES> {}
}
