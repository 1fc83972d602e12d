import { CERTIFICATIONS, type Certification } from './identity';

/**
 * Partner company profiles (issue 11): the industry, size and certification vocabularies both sides
 * use. The API stores the values as listed here (`company_profiles.industry`, `.size_band`,
 * `company_certifications.kind`, each with a CHECK naming these values); labels are for forms and pages.
 */

export interface Label {
  readonly ja: string;
  readonly en: string;
}

/**
 * 日本標準産業分類 (Japan Standard Industrial Classification, revision 14, 2023), its 大分類 (major
 * groups) A–T. A company names the one its main business falls under.
 */
export const INDUSTRY_MAJOR_GROUPS = [
  { code: 'A', ja: '農業，林業', en: 'Agriculture and forestry' },
  { code: 'B', ja: '漁業', en: 'Fisheries' },
  { code: 'C', ja: '鉱業，採石業，砂利採取業', en: 'Mining and quarrying of stone and gravel' },
  { code: 'D', ja: '建設業', en: 'Construction' },
  { code: 'E', ja: '製造業', en: 'Manufacturing' },
  { code: 'F', ja: '電気・ガス・熱供給・水道業', en: 'Electricity, gas, heat supply and water' },
  { code: 'G', ja: '情報通信業', en: 'Information and communications' },
  { code: 'H', ja: '運輸業，郵便業', en: 'Transport and postal activities' },
  { code: 'I', ja: '卸売業，小売業', en: 'Wholesale and retail trade' },
  { code: 'J', ja: '金融業，保険業', en: 'Finance and insurance' },
  { code: 'K', ja: '不動産業，物品賃貸業', en: 'Real estate and goods rental and leasing' },
  {
    code: 'L',
    ja: '学術研究，専門・技術サービス業',
    en: 'Scientific research, professional and technical services',
  },
  { code: 'M', ja: '宿泊業，飲食サービス業', en: 'Accommodations, eating and drinking services' },
  {
    code: 'N',
    ja: '生活関連サービス業，娯楽業',
    en: 'Living-related and personal services and amusement services',
  },
  { code: 'O', ja: '教育，学習支援業', en: 'Education, learning support' },
  { code: 'P', ja: '医療，福祉', en: 'Medical, health care and welfare' },
  { code: 'Q', ja: '複合サービス事業', en: 'Compound services' },
  { code: 'R', ja: 'サービス業（他に分類されないもの）', en: 'Services, not elsewhere classified' },
  { code: 'S', ja: '公務（他に分類されるものを除く）', en: 'Government, except elsewhere classified' },
  { code: 'T', ja: '分類不能の産業', en: 'Industries unable to classify' },
] as const;
export type IndustryMajorGroup = (typeof INDUSTRY_MAJOR_GROUPS)[number]['code'];
export const INDUSTRY_CODES: readonly IndustryMajorGroup[] = INDUSTRY_MAJOR_GROUPS.map((g) => g.code);

/** Employees (常時雇用する労働者), in the bands the programmes report by. */
export const COMPANY_SIZE_BANDS = ['under_30', '30_99', '100_299', '300_999', '1000_plus'] as const;
export type CompanySizeBand = (typeof COMPANY_SIZE_BANDS)[number];
export const COMPANY_SIZE_BAND_LABELS: Readonly<Record<CompanySizeBand, Label>> = {
  under_30: { ja: '30人未満', en: 'Fewer than 30' },
  '30_99': { ja: '30〜99人', en: '30–99' },
  '100_299': { ja: '100〜299人', en: '100–299' },
  '300_999': { ja: '300〜999人', en: '300–999' },
  '1000_plus': { ja: '1,000人以上', en: '1,000 or more' },
};

/**
 * A company's place in the programme: it applies (or staff register it, approved at once), and the
 * secretariat's staff approve or decline; a declined company may correct its profile and apply again.
 * Only an approved company is listed, provides courses and joins groups.
 */
export const COMPANY_STATUSES = ['applied', 'approved', 'declined'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

/**
 * What a company's certification may be: the marks shown on courses (`Certification`, kept as they
 * are) and `other`, which carries its own name (e.g. ユースエール, 健康経営優良法人) and is never a mark.
 */
export const COMPANY_CERTIFICATION_KINDS = [...CERTIFICATIONS, 'other'] as const;
export type CompanyCertificationKind = Certification | 'other';

export const CERTIFICATION_LABELS: Readonly<Record<CompanyCertificationKind, Label>> = {
  kurumin: { ja: 'くるみん', en: 'Kurumin' },
  platinum_kurumin: { ja: 'プラチナくるみん', en: 'Platinum Kurumin' },
  tryangle_kurumin: { ja: 'トライくるみん', en: 'Tryangle Kurumin' },
  eruboshi_1: { ja: 'えるぼし（1段階目）', en: 'Eruboshi (level 1)' },
  eruboshi_2: { ja: 'えるぼし（2段階目）', en: 'Eruboshi (level 2)' },
  eruboshi_3: { ja: 'えるぼし（3段階目）', en: 'Eruboshi (level 3)' },
  platinum_eruboshi: { ja: 'プラチナえるぼし', en: 'Platinum Eruboshi' },
  other: { ja: 'その他', en: 'Other' },
};

/**
 * The marks an organisation shows for its certifications: each mark kind once, in the order of
 * `CERTIFICATIONS`; `other` certifications are not marks.
 */
export function certificationMarks(kinds: readonly CompanyCertificationKind[]): Certification[] {
  const held = new Set(kinds);
  return CERTIFICATIONS.filter((c) => held.has(c));
}

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/gu;
const HYPHENS = /[-\u2010-\u2015\u2212\uFF0D\u30FC\uFF70]/gu;

/**
 * A 郵便番号 as typed (full-width digits, any hyphen, a leading 〒, spaces) as `123-4567`, or null when
 * it is not seven digits.
 */
export function normalizePostalCode(input: string): string | null {
  const digits = input
    .replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^\s*〒/u, '')
    .replace(HYPHENS, '')
    .replace(/\s/gu, '');
  return /^[0-9]{7}$/.test(digits) ? `${digits.slice(0, 3)}-${digits.slice(3)}` : null;
}

/**
 * A company's files (company-groups): its logo on the public profile, and per certification the
 * evidence (認定通知書), which only the company's admins, its secretariat and platform admins see.
 * Kinds are read from the file's first bytes, never from its name or declared type.
 */
export const COMPANY_FILE_PURPOSES = ['logo', 'evidence'] as const;
export type CompanyFilePurpose = (typeof COMPANY_FILE_PURPOSES)[number];
export type CompanyFileKind = 'png' | 'jpeg' | 'webp' | 'pdf';
export const COMPANY_FILE_CONTENT_TYPES: Readonly<Record<CompanyFileKind, string>> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  pdf: 'application/pdf',
};
export const COMPANY_FILE_RULES: Readonly<
  Record<CompanyFilePurpose, { kinds: readonly CompanyFileKind[]; maxMegabytes: number; maxBytes: number }>
> = {
  logo: { kinds: ['png', 'jpeg', 'webp'], maxMegabytes: 2, maxBytes: 2 * 1024 * 1024 },
  evidence: { kinds: ['pdf', 'png', 'jpeg'], maxMegabytes: 10, maxBytes: 10 * 1024 * 1024 },
};

/**
 * Files on a company group's board post (company-groups, issue 11): PDF, images and Office documents,
 * read from their first bytes by the catalogue's detector like every other upload; at most
 * `maxFiles` on one post.
 */
export type GroupPostFileKind = 'pdf' | 'png' | 'jpeg' | 'webp' | 'docx' | 'xlsx' | 'pptx';
export const GROUP_POST_FILE_RULES: Readonly<{
  kinds: readonly GroupPostFileKind[];
  maxMegabytes: number;
  maxBytes: number;
  maxFiles: number;
}> = {
  kinds: ['pdf', 'png', 'jpeg', 'webp', 'docx', 'xlsx', 'pptx'],
  maxMegabytes: 10,
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 5,
};
