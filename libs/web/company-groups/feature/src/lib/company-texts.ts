import type { CompanyCertification } from '@tsunagu/web/company-groups/data-access';
import type {
  CompanyCertificationKind,
  CompanySizeBand,
  CompanyStatus,
  IndustryMajorGroup,
} from '@tsunagu/web/shared/data-access';
import type { I18nService, TranslationKey } from '@tsunagu/web/shared/util';

export const COMPANY_STATUSES: readonly CompanyStatus[] = ['applied', 'approved', 'declined'];

export const industryKey = (code: IndustryMajorGroup): TranslationKey => `companies.industry.${code}`;
export const sizeKey = (band: CompanySizeBand): TranslationKey => `companies.size.${band}`;
export const statusKey = (status: CompanyStatus): TranslationKey => `companies.status.${status}`;
export const certificationKey = (kind: CompanyCertificationKind): TranslationKey =>
  `companies.certification.${kind}`;

/** A certification's name as she reads it: its own name for `other`, else the mark's. */
export function certificationName(
  i18n: Pick<I18nService, 't'>,
  cert: Pick<CompanyCertification, 'kind' | 'otherName'>,
) {
  return cert.kind === 'other' && cert.otherName ? cert.otherName : i18n.t(certificationKey(cert.kind));
}

/** 法人番号 as people read it: 1 2345 6789 0123 (check digit, then three groups of four). */
export function formatCorporateNumber(digits: string): string {
  return /^\d{13}$/.test(digits)
    ? `${digits.slice(0, 1)} ${digits.slice(1, 5)} ${digits.slice(5, 9)} ${digits.slice(9)}`
    : digits;
}
