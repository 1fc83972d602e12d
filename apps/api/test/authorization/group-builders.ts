import { companyC, otherCompany } from './company-builders';
import type { AuthzContext } from './matrix';

type Membership = 'none' | 'invited' | 'member';

const groupOfA = new WeakMap<AuthzContext, Promise<string>>();

/**
 * orgA's company group (staffA runs it), with companyC (approved, companyAdminC its admin) put into
 * `state` before each case, so a case that moved it (an acceptance, a departure) leaves nothing for the
 * next. Fixtures write rows directly; the API moves them by its rules.
 */
export async function groupWithC(c: AuthzContext, state: Membership = 'member'): Promise<string> {
  let making = groupOfA.get(c);
  if (!making) {
    making = c.app.dataSource
      .query(
        `INSERT INTO groups (name, kind, owner_organisation_id, fiscal_year)
         VALUES ('権限テストの企業グループ', 'company_group', $1, 2026) RETURNING id`,
        [c.orgA],
      )
      .then((rows: { id: string }[]) => rows[0]?.id as string);
    groupOfA.set(c, making);
  }
  const groupId = await making;
  const company = await companyC(c);
  await otherCompany(c);
  await c.app.dataSource.query(`DELETE FROM group_members WHERE group_id = $1`, [groupId]);
  if (state !== 'none')
    await c.app.dataSource.query(
      `INSERT INTO group_members (group_id, organisation_id, status, invited_at, joined_at)
       VALUES ($1, $2, $3::varchar, now(), CASE WHEN $3::varchar = 'member' THEN now() END)`,
      [groupId, company, state],
    );
  return groupId;
}

/** The group with staffA as its only current coordinator (or none). */
export async function groupWithCoordinator(c: AuthzContext, coordinating: boolean): Promise<string> {
  const groupId = await groupWithC(c);
  await c.app.dataSource.query(`DELETE FROM group_coordinators WHERE group_id = $1`, [groupId]);
  if (coordinating)
    await c.app.dataSource.query(`INSERT INTO group_coordinators (group_id, user_id) VALUES ($1, $2)`, [
      groupId,
      c.users.staffA.id,
    ]);
  return groupId;
}

/** A post (or a meeting) on the group's board, companyC a current member. */
export async function postOnBoard(c: AuthzContext, kind: 'post' | 'meeting' = 'post'): Promise<string> {
  const groupId = await groupWithC(c);
  const [row] = (await c.app.dataSource.query(
    `INSERT INTO group_posts (group_id, author_user_id, author_organisation_id, kind, title, body, starts_at)
     VALUES ($1, $2, $3, $4::varchar, '権限テスト', '本文', CASE WHEN $4::varchar = 'meeting' THEN now() + interval '7 days' END)
     RETURNING id`,
    [groupId, c.users.staffA.id, c.orgA, kind],
  )) as { id: string }[];
  if (!row) throw new Error('no post written');
  return row.id;
}

/** `given: 'other company'`: the other company (no admin among the callers), else companyC. */
export function companyFor(c: AuthzContext, given?: string): Promise<string> {
  return given === 'other company' ? otherCompany(c) : companyC(c);
}

/** A file on a post staffA wrote on the group's board. */
export async function fileOnPost(c: AuthzContext): Promise<string> {
  const postId = await postOnBoard(c);
  const [row] = (await c.app.dataSource.query(
    `INSERT INTO group_post_files (post_id, filename, content_type, size_bytes, sha256, data, uploaded_by)
     VALUES ($1, '資料.pdf', 'application/pdf', 4, repeat('0', 64), '\\x25504446'::bytea, $2) RETURNING id`,
    [postId, c.users.staffA.id],
  )) as { id: string }[];
  if (!row) throw new Error('no file written');
  return row.id;
}
