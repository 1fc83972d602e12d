/**
 * Views the organisations module publishes for other modules to read in their own SQL (created in the
 * migration `OrganisationReadModels1796131700000`). They are the contract: other modules never name
 * `organisations`, `groups` or `group_members` themselves, so the tables behind a view may change as long
 * as the view keeps its columns and meaning. PostgreSQL refuses to change the type of a column a view
 * reads: a migration that does drops the view and creates it again.
 *
 * Company groups (issue 11) will take over `groups` and `group_members`: whoever moves them re-creates
 * `company_group_peers` on the new tables, with the same columns and rows, and the catalogue's visibility
 * by company group keeps working unchanged.
 */

/**
 * `company_group_peers(member_organisation_id, peer_organisation_id)`: an organisation that is a member of
 * a company group (企業グループ), and each organisation of that group: its other members, itself, and the
 * group's owner. Rows may repeat (one per shared group); read it with `EXISTS`. The catalogue shows a
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
