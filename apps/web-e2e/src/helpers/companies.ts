/** Partner companies, their group and their employees, set up through the API for the company specs. */
import type { APIRequestContext } from '@playwright/test';
import { graphql } from './graphql';
import { demoStaffOrganisation, type NewLearner } from './seminars';

/** The demo city's company group (demo data), which the demo staff member's organisation runs. */
export const DEMO_GROUP = '小美玉市企業グループ 2026年度';

/**
 * A fictional 法人番号 unique to this test run, with its check digit. Each spec takes its own registry
 * office (none of them exists), so two specs running at once never draw the same number.
 */
export function corporateNumber(office = '9998'): string {
  const base = `${office}${String((Date.now() + Math.floor(Math.random() * 1e4)) % 1e8).padStart(8, '0')}`;
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += (base.charCodeAt(12 - n) - 48) * (n % 2 === 1 ? 1 : 2);
  return `${9 - (sum % 9)}${base}`;
}

/** An approved partner company of the demo city, applied for by `admin` and approved by its staff. */
export async function apiApprovedCompany(
  request: APIRequestContext,
  admin: NewLearner,
  name: string,
): Promise<string> {
  const city = await demoStaffOrganisation(request);
  const applied = await graphql<{ applyAsCompany: { organisationId: string } }>(
    request,
    'mutation ($i: CompanyApplicationInput!) { applyAsCompany(input: $i) { organisationId } }',
    {
      i: {
        secretariatOrganisationId: city.id,
        name,
        nameKana: 'ツナグシャイン',
        corporateNumber: corporateNumber(),
        industry: 'E',
        sizeBand: 'size_30_99',
        contacts: [{ name: admin.name, email: admin.email }],
      },
    },
    admin.token,
  );
  const organisationId = applied.applyAsCompany.organisationId;
  await graphql(
    request,
    'mutation ($i: DecideCompanyApplicationInput!) { decideCompanyApplication(input: $i) { status } }',
    { i: { organisationId, approve: true } },
    city.token,
  );
  return organisationId;
}

/** The city's staff invite the company to the demo company group and its admin accepts. */
export async function apiJoinDemoGroup(
  request: APIRequestContext,
  admin: NewLearner,
  organisationId: string,
): Promise<string> {
  const city = await demoStaffOrganisation(request);
  const groups = await graphql<{ companyGroups: { id: string; name: string }[] }>(
    request,
    '{ companyGroups { id name } }',
    {},
    city.token,
  );
  const group = groups.companyGroups.find((g) => g.name === DEMO_GROUP);
  if (!group) throw new Error(`no demo group ${DEMO_GROUP}`);
  await graphql(
    request,
    'mutation ($g: ID!, $o: ID!) { inviteCompanyToGroup(groupId: $g, organisationId: $o) { id } }',
    { g: group.id, o: organisationId },
    city.token,
  );
  await graphql(
    request,
    'mutation ($g: ID!, $o: ID!) { acceptGroupInvitation(groupId: $g, organisationId: $o) { id } }',
    { g: group.id, o: organisationId },
    admin.token,
  );
  return group.id;
}

/**
 * `employee` asks to be linked to the company, its admin confirms her, and she sets her consent (both
 * off unless given).
 */
export async function apiEmployee(
  request: APIRequestContext,
  admin: NewLearner,
  organisationId: string,
  employee: NewLearner,
  consent: { sharesParticipation?: boolean; allowsNomination?: boolean } = {},
): Promise<void> {
  const requested = await graphql<{ requestEmployment: { id: string } }>(
    request,
    'mutation ($o: ID!) { requestEmployment(organisationId: $o) { id } }',
    { o: organisationId },
    employee.token,
  );
  await graphql(
    request,
    'mutation ($id: ID!) { confirmEmployment(id: $id) { id } }',
    { id: requested.requestEmployment.id },
    admin.token,
  );
  await graphql(
    request,
    'mutation ($i: SetCompanyConsentInput!) { setCompanyConsent(input: $i) { id } }',
    {
      i: {
        organisationId,
        sharesParticipation: consent.sharesParticipation ?? false,
        allowsNomination: consent.allowsNomination ?? false,
      },
    },
    employee.token,
  );
}
