import { corporateNumberCheckDigit } from '@tsunagu/shared/domain';
import { randomInt } from 'node:crypto';
import type { GqlResult, TestApp } from './harness';

/** Shared by the company-groups integration specs and authorization rows. */

/** A fresh, valid, fictional 法人番号 (registry office 9998, which does not exist). */
export function corporateNumber(): string {
  const base = `9998${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  return `${corporateNumberCheckDigit(base)}${base}`;
}

/** The same number with its check digit wrong. */
export function withWrongCheckDigit(number: string): string {
  return `${(Number(number[0]) % 9) + 1}${number.slice(1)}`;
}

export function applicationInput(secretariatOrganisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    secretariatOrganisationId,
    name: '株式会社つくば精密',
    nameKana: 'ツクバセイミツ',
    corporateNumber: corporateNumber(),
    industry: 'E',
    sizeBand: 'size_100_299',
    postalCode: '305-0031',
    address: '茨城県つくば市吾妻1-1-1',
    website: 'https://tsukuba-seimitsu.example.jp',
    contacts: [{ name: '佐藤 由美', department: '人事部', email: 'sato@tsukuba-seimitsu.example.jp' }],
    ...overrides,
  };
}

export const PROFILE = `organisationId name nameKana corporateNumber industry sizeBand postalCode address
  website status certifications { id kind otherName certifiedOn }`;

export const APPLY = `mutation($i: CompanyApplicationInput!) { applyAsCompany(input: $i) { ${PROFILE} } }`;
export const DECIDE = `mutation($i: DecideCompanyApplicationInput!) { decideCompanyApplication(input: $i) { status } }`;
export const ADD_CERTIFICATION = `mutation($i: AddCompanyCertificationInput!) {
  addCompanyCertification(input: $i) { certifications { id kind otherName certifiedOn } } }`;

export interface Profile {
  organisationId: string;
  name: string;
  corporateNumber: string;
  status: string;
  certifications: { id: string; kind: string; otherName: string | null; certifiedOn: string }[];
}

export function dataOf<T>(result: GqlResult<T>): T {
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** A company applied for through the API by the user whose token is given (she becomes its admin). */
export async function appliedCompany(
  app: TestApp,
  token: string,
  secretariatOrganisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<Profile> {
  const result = await app.gql<{ applyAsCompany: Profile }>(
    APPLY,
    { i: applicationInput(secretariatOrganisationId, overrides) },
    { token },
  );
  return dataOf(result).applyAsCompany;
}

/** A company's profile written directly (for fixtures in any state), with no admin. */
export async function companyRow(
  app: TestApp,
  secretariatOrganisationId: string,
  options: { organisationId?: string; status?: 'applied' | 'approved' | 'declined' } = {},
): Promise<string> {
  const organisationId = options.organisationId ?? (await app.organisation('partner_company'));
  await app.dataSource.query(
    `INSERT INTO company_profiles (organisation_id, name_kana, corporate_number, industry, size_band, status,
       secretariat_organisation_id, decline_reason)
     VALUES ($1, 'テスト', $2, 'E', '30_99', $3, $4, $5)`,
    [
      organisationId,
      corporateNumber(),
      options.status ?? 'approved',
      secretariatOrganisationId,
      options.status === 'declined' ? '書類の不備' : null,
    ],
  );
  return organisationId;
}

/** Puts a fixture profile into a state (fixtures only; the API moves states by its rules). */
export async function setCompanyStatus(
  app: TestApp,
  organisationId: string,
  status: 'applied' | 'approved' | 'declined',
): Promise<void> {
  await app.dataSource.query(
    `UPDATE company_profiles SET status = $2::varchar, decline_reason = CASE WHEN $2::varchar = 'declined' THEN '書類の不備' END
      WHERE organisation_id = $1`,
    [organisationId, status],
  );
}
