/**
 * Views the organisations module publishes for other modules to read in their own SQL (created in the
 * migration `OrganisationReadModels1796131700000`). They are the contract: other modules never name
 * `organisations`, `groups` or `group_members` themselves, so the tables behind a view may change as long
 * as the view keeps its columns and meaning. PostgreSQL refuses to change the type of a column a view
 * reads: a migration that does drops the view and creates it again.
 *
 * Company groups (issue 11) kept `groups` and `group_members` here (project teams and startup groups
 * share them) and gave memberships a history; `company_group_peers` kept its columns (migration
 * `CompanyGroupMembership1796300300000`) and now reads only current members.
 */

/**
 * `company_group_peers(member_organisation_id, peer_organisation_id)`: an organisation that is a current
 * member of a company group (企業グループ: accepted, not left), and each organisation of that group: its
 * other current members, itself, and the group's owner. Invited, declined and departed companies are
 * in no pair, so whatever reads it follows membership at the moment of the read. Rows may repeat (one per shared group); read it with `EXISTS`. The catalogue shows a
 * course restricted to `company_group` to members of a group its provider owns or belongs to.
 */
export const COMPANY_GROUP_PEERS = 'company_group_peers';

/**
 * `organisation_directory`: every organisation with the columns of the `Organisation` GraphQL type
 * (`OrganisationEntity`'s column names), for a statement that returns organisations with its own rows
 * (the catalogue page's providers). A column added to that type is added to this view in the same
 * migration.
 */
export const ORGANISATION_DIRECTORY = 'organisation_directory';
