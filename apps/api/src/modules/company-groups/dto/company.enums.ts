import { registerEnumType } from '@nestjs/graphql';
import {
  CERTIFICATION_LABELS,
  COMPANY_CERTIFICATION_KINDS,
  COMPANY_SIZE_BAND_LABELS,
  COMPANY_SIZE_BANDS,
  COMPANY_STATUSES,
  INDUSTRY_MAJOR_GROUPS,
  type CompanyCertificationKind,
  type CompanySizeBand,
  type CompanyStatus,
  type IndustryMajorGroup,
} from '@tsunagu/shared/domain';

/** GraphQL enums of the company profile, from the shared domain's lists (values as stored). */
function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const CompanyStatusEnum = enumObject<CompanyStatus>(COMPANY_STATUSES);
export const IndustryMajorGroupEnum = enumObject<IndustryMajorGroup>(
  INDUSTRY_MAJOR_GROUPS.map((g) => g.code),
);
export const CompanyCertificationKindEnum = enumObject<CompanyCertificationKind>(COMPANY_CERTIFICATION_KINDS);

/**
 * A GraphQL name cannot start with a digit, so each size band's name is its stored value with `size_`
 * in front (`size_30_99` is stored as `30_99`); resolvers and services see the stored values.
 */
export const CompanySizeBandEnum = Object.fromEntries(
  COMPANY_SIZE_BANDS.map((band) => [`size_${band}`, band]),
) as Record<`size_${CompanySizeBand}`, CompanySizeBand>;

registerEnumType(CompanyStatusEnum, {
  name: 'CompanyStatus',
  description: 'applied (awaiting the secretariat), approved, or declined (with a reason)',
});
registerEnumType(IndustryMajorGroupEnum, {
  name: 'IndustryMajorGroup',
  description: '日本標準産業分類 大分類 (Japan Standard Industrial Classification, major groups A–T)',
  valuesMap: Object.fromEntries(
    INDUSTRY_MAJOR_GROUPS.map((g) => [g.code, { description: `${g.ja} / ${g.en}` }]),
  ),
});
registerEnumType(CompanySizeBandEnum, {
  name: 'CompanySizeBand',
  description: 'Employees, in bands',
  valuesMap: Object.fromEntries(
    COMPANY_SIZE_BANDS.map((band) => [
      `size_${band}`,
      { description: `${COMPANY_SIZE_BAND_LABELS[band].ja} / ${COMPANY_SIZE_BAND_LABELS[band].en}` },
    ]),
  ),
});
registerEnumType(CompanyCertificationKindEnum, {
  name: 'CompanyCertificationKind',
  description: 'A certification a company holds: the marks (Certification) or other, named',
  valuesMap: Object.fromEntries(
    COMPANY_CERTIFICATION_KINDS.map((kind) => [
      kind,
      { description: `${CERTIFICATION_LABELS[kind].ja} / ${CERTIFICATION_LABELS[kind].en}` },
    ]),
  ),
});
