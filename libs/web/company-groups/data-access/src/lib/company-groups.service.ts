import { Injectable, inject } from '@angular/core';
import {
  AcceptGroupInvitationDocument,
  AddGroupCoordinatorDocument,
  CommentOnGroupPostDocument,
  CompanyGroupBoardDocument,
  CompanyGroupsDocument,
  CreateCompanyGroupDocument,
  CreateGroupPostDocument,
  DeclineGroupInvitationDocument,
  EditGroupPostDocument,
  GroupOwnerStaffDocument,
  InviteCompanyToGroupDocument,
  LeaveCompanyGroupDocument,
  RemoveCompanyFromGroupDocument,
  RemoveGroupCoordinatorDocument,
  RemoveGroupPostFileDocument,
  SetMeetingAttendanceDocument,
  type CompanyGroupItemFragment,
  type CreateCompanyGroupInput,
  type CreateGroupPostInput,
  type EditGroupPostInput,
  type GroupPostItemFragment,
  type MeetingAttendanceStatus,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type CompanyGroup = CompanyGroupItemFragment;
export type CompanyGroupMember = CompanyGroup['members'][number];
export type GroupPost = GroupPostItemFragment;
export type GroupPostFile = GroupPost['files'][number];
export interface OwnerStaffMember {
  userId: string;
  familyName: string;
  givenName: string;
}
export type CompanyGroupBoard = CompanyGroup & { posts: GroupPost[] | null };

function need<T>(value: T | null | undefined, error: unknown, what: string): T {
  if (value === null || value === undefined) throw error ?? new Error(`${what} returned no data`);
  return value;
}

/**
 * Company groups (企業グループ): hers, one with its board, and the changes: the secretariat's (create,
 * invite, remove), a company's (accept, decline, leave) and the board's (post, comment, attendance).
 * Every read asks the API (no cache): membership decides what she may see at that moment.
 */
@Injectable({ providedIn: 'root' })
export class CompanyGroupsService {
  private readonly apollo = inject(Apollo);

  async mine(): Promise<CompanyGroup[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: CompanyGroupsDocument, fetchPolicy: 'no-cache' }),
    );
    return [...need(result.data?.companyGroups, result.error, 'companyGroups')];
  }

  async board(id: string): Promise<CompanyGroupBoard> {
    const result = await firstValueFrom(
      this.apollo.query({ query: CompanyGroupBoardDocument, variables: { id }, fetchPolicy: 'no-cache' }),
    );
    const group = need(result.data?.companyGroup, result.error, 'companyGroup');
    return { ...group, posts: group.posts ? [...group.posts] : null };
  }

  async create(input: CreateCompanyGroupInput): Promise<CompanyGroup> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CreateCompanyGroupDocument, variables: { input } }),
    );
    return need(result.data?.createCompanyGroup, result.error, 'createCompanyGroup');
  }

  async invite(groupId: string, organisationId: string): Promise<CompanyGroup> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: InviteCompanyToGroupDocument, variables: { groupId, organisationId } }),
    );
    return need(result.data?.inviteCompanyToGroup, result.error, 'inviteCompanyToGroup');
  }

  async remove(groupId: string, organisationId: string): Promise<CompanyGroup> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: RemoveCompanyFromGroupDocument,
        variables: { groupId, organisationId },
      }),
    );
    return need(result.data?.removeCompanyFromGroup, result.error, 'removeCompanyFromGroup');
  }

  /** The owner's staff, once each: whom the secretariat may name as the group's coordinators. */
  async ownerStaff(organisationId: string): Promise<OwnerStaffMember[]> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: GroupOwnerStaffDocument,
        variables: { organisationId },
        fetchPolicy: 'no-cache',
      }),
    );
    const byUser = new Map<string, OwnerStaffMember>();
    for (const m of need(result.data?.organisationMembers, result.error, 'organisationMembers'))
      if (m.role === 'staff')
        byUser.set(m.user.id, {
          userId: m.user.id,
          familyName: m.user.familyName,
          givenName: m.user.givenName,
        });
    return [...byUser.values()];
  }

  async addCoordinator(groupId: string, userId: string): Promise<CompanyGroup> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: AddGroupCoordinatorDocument, variables: { groupId, userId } }),
    );
    return need(result.data?.addGroupCoordinator, result.error, 'addGroupCoordinator');
  }

  async removeCoordinator(groupId: string, userId: string): Promise<CompanyGroup> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: RemoveGroupCoordinatorDocument, variables: { groupId, userId } }),
    );
    return need(result.data?.removeGroupCoordinator, result.error, 'removeGroupCoordinator');
  }

  async accept(groupId: string, organisationId: string): Promise<void> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: AcceptGroupInvitationDocument, variables: { groupId, organisationId } }),
    );
    need(result.data?.acceptGroupInvitation, result.error, 'acceptGroupInvitation');
  }

  async decline(groupId: string, organisationId: string): Promise<void> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: DeclineGroupInvitationDocument,
        variables: { groupId, organisationId },
      }),
    );
    need(result.data?.declineGroupInvitation, result.error, 'declineGroupInvitation');
  }

  async leave(groupId: string, organisationId: string): Promise<void> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: LeaveCompanyGroupDocument, variables: { groupId, organisationId } }),
    );
    need(result.data?.leaveCompanyGroup, result.error, 'leaveCompanyGroup');
  }

  /** The new post's id (its files are uploaded to it next). */
  async post(input: CreateGroupPostInput): Promise<string> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CreateGroupPostDocument, variables: { input } }),
    );
    return need(result.data?.createGroupPost, result.error, 'createGroupPost').id;
  }

  async edit(input: EditGroupPostInput): Promise<void> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: EditGroupPostDocument, variables: { input } }),
    );
    need(result.data?.editGroupPost, result.error, 'editGroupPost');
  }

  async removeFile(fileId: string): Promise<void> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: RemoveGroupPostFileDocument, variables: { fileId } }),
    );
    need(result.data?.removeGroupPostFile, result.error, 'removeGroupPostFile');
  }

  async comment(postId: string, body: string): Promise<void> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CommentOnGroupPostDocument, variables: { input: { postId, body } } }),
    );
    need(result.data?.commentOnGroupPost, result.error, 'commentOnGroupPost');
  }

  async attend(postId: string, organisationId: string, status: MeetingAttendanceStatus): Promise<void> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: SetMeetingAttendanceDocument,
        variables: { input: { postId, organisationId, status } },
      }),
    );
    need(result.data?.setMeetingAttendance, result.error, 'setMeetingAttendance');
  }
}
