import { dataOf } from './company-fixtures';
import type { TestApp, TestUser } from './harness';

/** GraphQL documents and fixtures for company groups and their boards (company-groups, issue 11). */

export const GROUP_FIELDS = `id name charter fiscalYear ownerOrganisationId ownerName
  viewer { manages coordinates onBoard records memberCompanyIds invitedCompanyIds }
  members { id organisationId organisationName status invitedAt joinedAt declinedAt leftAt }
  coordinators { userId familyName removedAt }`;
export const CREATE_GROUP = `mutation($i: CreateCompanyGroupInput!) { createCompanyGroup(input: $i) { ${GROUP_FIELDS} } }`;
export const UPDATE_GROUP = `mutation($i: UpdateCompanyGroupInput!) { updateCompanyGroup(input: $i) { ${GROUP_FIELDS} } }`;
export const GROUP = `query($id: ID!) { companyGroup(id: $id) { ${GROUP_FIELDS} } }`;
export const MY_GROUPS = `{ companyGroups { id name viewer { onBoard invitedCompanyIds memberCompanyIds } } }`;
export const INVITE = `mutation($g: ID!, $o: ID!) { inviteCompanyToGroup(groupId: $g, organisationId: $o) { id members { organisationId status } } }`;
export const REMOVE = `mutation($g: ID!, $o: ID!) { removeCompanyFromGroup(groupId: $g, organisationId: $o) { id } }`;
export const ACCEPT = `mutation($g: ID!, $o: ID!) { acceptGroupInvitation(groupId: $g, organisationId: $o) { id viewer { onBoard } } }`;
export const DECLINE = `mutation($g: ID!, $o: ID!) { declineGroupInvitation(groupId: $g, organisationId: $o) }`;
export const LEAVE = `mutation($g: ID!, $o: ID!) { leaveCompanyGroup(groupId: $g, organisationId: $o) }`;
export const ADD_COORDINATOR = `mutation($g: ID!, $u: ID!) { addGroupCoordinator(groupId: $g, userId: $u) { id coordinators { userId } } }`;
export const REMOVE_COORDINATOR = `mutation($g: ID!, $u: ID!) { removeGroupCoordinator(groupId: $g, userId: $u) { id } }`;
export const POSTS = `query($id: ID!) { companyGroup(id: $id) { id posts { id kind title body startsAt place authorName
  authorOrganisationName comments { body authorName authorOrganisationName } attendance { organisationId status } } } }`;
export const CREATE_POST = `mutation($i: CreateGroupPostInput!) { createGroupPost(input: $i) { id kind title authorOrganisationId } }`;
export const COMMENT = `mutation($i: CommentOnGroupPostInput!) { commentOnGroupPost(input: $i) { id body } }`;
export const ATTEND = `mutation($i: SetMeetingAttendanceInput!) { setMeetingAttendance(input: $i) { id attendance { organisationId status } } }`;

export interface Member {
  organisationId: string;
  status: string;
  joinedAt: string | null;
  leftAt: string | null;
  invitedAt: string | null;
  declinedAt: string | null;
}
export interface Group {
  id: string;
  name: string;
  charter: string | null;
  fiscalYear: number | null;
  viewer: {
    manages: boolean;
    onBoard: boolean;
    records: boolean;
    memberCompanyIds: string[];
    invitedCompanyIds: string[];
  };
  members: Member[];
  coordinators: { userId: string; removedAt: string | null }[];
}

/** A company group owned by `owner`, created through the API by its staff. */
export async function companyGroup(
  app: TestApp,
  staff: TestUser,
  owner: string,
  input: Record<string, unknown> = {},
): Promise<Group> {
  return dataOf(
    await app.gql<{ createCompanyGroup: Group }>(
      CREATE_GROUP,
      {
        i: { ownerOrganisationId: owner, name: '小美玉市企業グループ 2026年度', fiscalYear: 2026, ...input },
      },
      { token: staff.token },
    ),
  ).createCompanyGroup;
}

/** Invites the company (by the owner's staff) and accepts (by its admin): a current member. */
export async function memberOf(
  app: TestApp,
  groupId: string,
  staff: TestUser,
  company: { id: string; admin: TestUser },
): Promise<void> {
  dataOf(await app.gql(INVITE, { g: groupId, o: company.id }, { token: staff.token }));
  dataOf(await app.gql(ACCEPT, { g: groupId, o: company.id }, { token: company.admin.token }));
}

export async function groupOf(app: TestApp, token: string, id: string): Promise<Group> {
  return dataOf(await app.gql<{ companyGroup: Group }>(GROUP, { id }, { token })).companyGroup;
}

/** The group's rows as they are in the database (to prove a refusal changed nothing). */
export async function groupRows(app: TestApp, groupId: string): Promise<unknown[]> {
  return app.dataSource.query(
    `SELECT organisation_id, status, joined_at, left_at, declined_at FROM group_members
      WHERE group_id = $1 ORDER BY id`,
    [groupId],
  );
}

export async function boardRows(app: TestApp, groupId: string): Promise<number> {
  const [row] = (await app.dataSource.query(
    `SELECT (SELECT count(*) FROM group_posts WHERE group_id = $1)
          + (SELECT count(*) FROM group_post_comments c JOIN group_posts p ON p.id = c.post_id WHERE p.group_id = $1)
          + (SELECT count(*) FROM group_meeting_attendance a JOIN group_posts p ON p.id = a.post_id WHERE p.group_id = $1)
            AS n`,
    [groupId],
  )) as { n: string }[];
  return Number(row?.n ?? 0);
}

export const EDIT_POST = `mutation($i: EditGroupPostInput!) { editGroupPost(input: $i) { id title body startsAt place editedAt mine } }`;
export const REMOVE_POST_FILE = `mutation($f: ID!) { removeGroupPostFile(fileId: $f) { id files { id } } }`;
export const POST_FILES = `query($id: ID!) { companyGroup(id: $id) { id posts { id mine files { id filename contentType sizeBytes url } } } }`;
