import type { Principal } from '../../core/auth/principal';
import { COMPANY_GROUP_PEERS } from '../organisations/organisation-read-models';

/**
 * Visibility of a published course to a signed-in audience, as SQL on the course alias `c` with the
 * caller's organisation ids in `:orgIds`:
 * - `organisation`: she holds any role in the provider organisation or a co-organiser;
 * - `company_group`: that, or she belongs to an organisation that is a member of a company group whose
 *   members or owner include the provider. Which organisations share a company group is answered by the
 *   organisations module, which owns groups, through the view it publishes.
 */
export const IN_PROVIDER = `(c.provider_organisation_id = ANY(:orgIds) OR EXISTS (
  SELECT 1 FROM course_co_organisers co WHERE co.course_id = c.id AND co.organisation_id = ANY(:orgIds)))`;
export const IN_PROVIDER_COMPANY_GROUP = `EXISTS (
  SELECT 1 FROM ${COMPANY_GROUP_PEERS} peers
   WHERE peers.member_organisation_id = ANY(:orgIds)
     AND peers.peer_organisation_id = c.provider_organisation_id)`;

export function organisationIdsOf(principal: Principal): string[] {
  return [...new Set(principal.memberships.map((m) => m.organisationId))];
}
