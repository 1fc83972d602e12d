import {
  CERTIFICATION_LABELS,
  COMPANY_SIZE_BAND_LABELS,
  COMPANY_SIZE_BANDS,
  INDUSTRY_MAJOR_GROUPS,
  type CompanyCertificationKind,
  type CompanySizeBand,
  type IndustryMajorGroup,
  type Label,
} from '@tsunagu/shared/domain';

/**
 * The company vocabularies' words come from `libs/shared/domain` (company.ts), the one list the API's
 * checks and the schema's descriptions use too; the dictionaries hold them under the GraphQL names
 * (size bands carry the schema's `size_` prefix), so pages look them up like any other key.
 */
export function companyVocabulary(language: keyof Label) {
  return {
    industry: Object.fromEntries(INDUSTRY_MAJOR_GROUPS.map((g) => [g.code, g[language]])) as Record<
      IndustryMajorGroup,
      string
    >,
    size: Object.fromEntries(
      COMPANY_SIZE_BANDS.map((band) => [`size_${band}`, COMPANY_SIZE_BAND_LABELS[band][language]]),
    ) as Record<`size_${CompanySizeBand}`, string>,
    certification: Object.fromEntries(
      Object.entries(CERTIFICATION_LABELS).map(([kind, label]) => [kind, label[language]]),
    ) as Record<CompanyCertificationKind, string>,
  };
}
