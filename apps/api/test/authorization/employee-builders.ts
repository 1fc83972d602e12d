import { employmentRow } from '../employee-fixtures';
import { companyOf } from './company-builders';
import type { AuthzContext } from './matrix';

/**
 * A fresh link of learnerA in `status`, with companyC (or the other company when `given` says so); her
 * earlier live links there are ended first, so each case starts alike.
 */
export async function linkOf(c: AuthzContext, status: string, given?: string): Promise<string> {
  const organisationId = await companyOf(c, given);
  const userId = c.users.learnerA.id;
  await c.app.dataSource.query(
    `UPDATE company_employments SET status = 'ended' WHERE organisation_id = $1 AND user_id = $2`,
    [organisationId, userId],
  );
  return employmentRow(c.app, organisationId, userId, { status });
}

/** companyC (or the other company) with no live link of learnerA: to ask for one, or to find none. */
export async function withoutLink(c: AuthzContext, given?: string): Promise<string> {
  const organisationId = await companyOf(c, given);
  await c.app.dataSource.query(
    `UPDATE company_employments SET status = 'ended' WHERE organisation_id = $1 AND user_id = $2`,
    [organisationId, c.users.learnerA.id],
  );
  return organisationId;
}
