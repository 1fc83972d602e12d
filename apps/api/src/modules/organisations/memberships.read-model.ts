/**
 * The organisations module's read model of memberships for a statement another module runs: a user's
 * memberships as a JSON array of `{ organisationId, role }` (`[]` for none). The auth guard resolves
 * the caller on every authenticated request in ONE prepared statement (identity's sessions and users
 * plus these roles), so this is an SQL expression rather than a second query; `userId` is the SQL
 * expression naming the user's id in that statement. This expression is the contract: the tables behind
 * it may change.
 */
export function membershipsJsonSql(userId: string): string {
  return `COALESCE((SELECT json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role))
                      FROM memberships m WHERE m.user_id = ${userId}), '[]')`;
}
