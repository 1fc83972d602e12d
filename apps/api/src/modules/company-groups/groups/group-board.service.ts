import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import type { Principal } from '../../../core/auth/principal';
import { groupByKey, type DataLoaderRegistry } from '../../../core/graphql/dataloaders';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../../core/graphql/errors';
import { USER_DIRECTORY } from '../../identity';
import { ORGANISATION_DIRECTORY } from '../../organisations';
import { CompanyGroupsService } from './company-groups.service';
import type {
  CommentOnGroupPostInput,
  CreateGroupPostInput,
  EditGroupPostInput,
  MeetingAttendance,
  SetMeetingAttendanceInput,
} from './dto/company-group.types';
import { authorOrganisationOf, isOnBoard, mayRecordForGroup, type GroupAccess } from './group-access';
import { GroupPostCommentEntity, GroupPostEntity } from './group-board.entity';

/**
 * A company group's planning board (issue 11): posts, decisions and meetings; comments; each member
 * company's attendance at a meeting. Only people on the board (the owner's side, coordinators, company
 * admins and staff of current member companies) read or write it; a company that left sees nothing from
 * that moment. Decisions and meetings are written by coordinators and the owner's side.
 */
@Injectable()
export class GroupBoardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: CompanyGroupsService,
    private readonly audit: AuditService,
  ) {}

  /** Newest first; a meeting's date is on the post. The caller checked she is on the board. */
  posts(loaders: DataLoaderRegistry, groupId: string): Promise<GroupPostEntity[]> {
    return loaders
      .get<string, GroupPostEntity[]>('groupPostsByGroup', async (ids) =>
        groupByKey(
          ids,
          await this.dataSource.getRepository(GroupPostEntity).find({
            where: { groupId: In([...ids]) },
            order: { createdAt: 'DESC', id: 'ASC' },
          }),
          (p) => p.groupId,
        ),
      )
      .load(groupId);
  }

  async createPost(principal: Principal, input: CreateGroupPostInput): Promise<GroupPostEntity> {
    const access = await this.onBoard(principal, input.groupId);
    if (input.kind !== 'post' && !mayRecordForGroup(access))
      throw BadUserInputError.field('kind', 'companyGroups.recordsByCoordinators');
    const isMeeting = input.kind === 'meeting';
    if (isMeeting && !input.startsAt)
      throw BadUserInputError.field('startsAt', 'companyGroups.meetingNeedsDate');
    if (!isMeeting && (input.startsAt || input.place))
      throw BadUserInputError.field(
        input.startsAt ? 'startsAt' : 'place',
        'companyGroups.dateOnlyForMeeting',
      );
    return this.dataSource.transaction(async (manager) => {
      const post = await manager.save(
        manager.create(GroupPostEntity, {
          groupId: input.groupId,
          authorUserId: principal.userId,
          authorOrganisationId: authorOrganisationOf(access) as string,
          kind: input.kind,
          title: input.title,
          body: input.body,
          startsAt: isMeeting ? (input.startsAt ?? null) : null,
          place: isMeeting ? input.place || null : null,
        }),
      );
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'company_groups.post_created',
          subjectType: 'group_post',
          subjectId: post.id,
          metadata: { groupId: input.groupId, kind: input.kind },
        },
        manager,
      );
      return post;
    });
  }

  /** Her own post: title and body, a meeting's date and place; marked edited with the time. */
  async editPost(principal: Principal, input: EditGroupPostInput): Promise<GroupPostEntity> {
    const post = await this.post(input.postId);
    await this.onBoard(principal, post.groupId);
    if (post.authorUserId !== principal.userId) throw new ForbiddenError('companyGroups.notYourPost');
    const isMeeting = post.kind === 'meeting';
    if (isMeeting && !input.startsAt)
      throw BadUserInputError.field('startsAt', 'companyGroups.meetingNeedsDate');
    if (!isMeeting && (input.startsAt || input.place))
      throw BadUserInputError.field(
        input.startsAt ? 'startsAt' : 'place',
        'companyGroups.dateOnlyForMeeting',
      );
    return this.dataSource.transaction(async (manager) => {
      await manager.update(GroupPostEntity, post.id, {
        title: input.title,
        body: input.body,
        startsAt: isMeeting ? (input.startsAt ?? null) : null,
        place: isMeeting ? input.place || null : null,
        editedAt: () => 'now()',
      });
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'company_groups.post_edited',
          subjectType: 'group_post',
          subjectId: post.id,
          metadata: { groupId: post.groupId },
        },
        manager,
      );
      return manager.findOneByOrFail(GroupPostEntity, { id: post.id });
    });
  }

  async comment(principal: Principal, input: CommentOnGroupPostInput): Promise<GroupPostCommentEntity> {
    const post = await this.post(input.postId);
    const access = await this.onBoard(principal, post.groupId);
    const repo = this.dataSource.getRepository(GroupPostCommentEntity);
    return repo.save(
      repo.create({
        postId: post.id,
        authorUserId: principal.userId,
        authorOrganisationId: authorOrganisationOf(access) as string,
        body: input.body,
      }),
    );
  }

  /** Her company's answer for a meeting; she acts for a current member company of hers. */
  async setAttendance(principal: Principal, input: SetMeetingAttendanceInput): Promise<GroupPostEntity> {
    const post = await this.post(input.postId);
    const access = await this.onBoard(principal, post.groupId);
    if (!access.memberCompanies.includes(input.organisationId))
      throw new ForbiddenError('companyGroups.notYourMemberCompany');
    if (post.kind !== 'meeting') throw BadUserInputError.field('postId', 'companyGroups.notAMeeting');
    await this.dataSource.query(
      `INSERT INTO group_meeting_attendance (post_id, organisation_id, status, by_user_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (post_id, organisation_id)
       DO UPDATE SET status = EXCLUDED.status, by_user_id = EXCLUDED.by_user_id, updated_at = now()`,
      [post.id, input.organisationId, input.status, principal.userId],
    );
    return post;
  }

  commentsOf(loaders: DataLoaderRegistry, postId: string): Promise<GroupPostCommentEntity[]> {
    return loaders
      .get<string, GroupPostCommentEntity[]>('groupCommentsByPost', async (ids) =>
        groupByKey(
          ids,
          await this.dataSource.getRepository(GroupPostCommentEntity).find({
            where: { postId: In([...ids]) },
            order: { createdAt: 'ASC', id: 'ASC' },
          }),
          (c) => c.postId,
        ),
      )
      .load(postId);
  }

  attendanceOf(
    loaders: DataLoaderRegistry,
    postId: string,
  ): Promise<(MeetingAttendance & { postId: string })[]> {
    return loaders
      .get<string, (MeetingAttendance & { postId: string })[]>('groupAttendanceByPost', async (ids) =>
        groupByKey(
          ids,
          (await this.dataSource.query(
            `SELECT a.post_id AS "postId", a.organisation_id AS "organisationId", o.name AS "organisationName",
                    a.status, a.updated_at AS "updatedAt"
               FROM group_meeting_attendance a JOIN ${ORGANISATION_DIRECTORY} o ON o.id = a.organisation_id
              WHERE a.post_id = ANY($1::uuid[])
              ORDER BY o.name, a.organisation_id`,
            [ids],
          )) as (MeetingAttendance & { postId: string })[],
          (a) => a.postId,
        ),
      )
      .load(postId);
  }

  /** The name of the organisation a post or comment was written for. */
  organisationNameOf(loaders: DataLoaderRegistry, organisationId: string): Promise<string> {
    return loaders
      .get<string, string>('groupAuthorOrganisationName', async (ids) => {
        const rows = (await this.dataSource.query(
          `SELECT id, name FROM ${ORGANISATION_DIRECTORY} WHERE id = ANY($1::uuid[])`,
          [ids],
        )) as { id: string; name: string }[];
        const byId = new Map(rows.map((r) => [r.id, r.name]));
        return ids.map((id) => byId.get(id) ?? '');
      })
      .load(organisationId);
  }

  /** Her name as the board shows it (家族名 名), empty for a deleted account. */
  personNameOf(loaders: DataLoaderRegistry, userId: string | null): Promise<string> {
    if (!userId) return Promise.resolve('');
    return loaders
      .get<string, string>('groupAuthorPersonName', async (ids) => {
        const rows = (await this.dataSource.query(
          `SELECT id, family_name || ' ' || given_name AS name FROM ${USER_DIRECTORY} WHERE id = ANY($1::uuid[])`,
          [ids],
        )) as { id: string; name: string }[];
        const byId = new Map(rows.map((r) => [r.id, r.name]));
        return ids.map((id) => byId.get(id) ?? '');
      })
      .load(userId);
  }

  async onBoard(principal: Principal, groupId: string): Promise<GroupAccess> {
    const access = await this.groups.access(principal, groupId);
    if (!isOnBoard(access)) throw new ForbiddenError('companyGroups.notGroupMember');
    return access;
  }

  async post(id: string): Promise<GroupPostEntity> {
    const post = isUUID(id) ? await this.dataSource.getRepository(GroupPostEntity).findOneBy({ id }) : null;
    if (!post) throw new NotFoundError('companyGroups.postNotFound');
    return post;
  }
}
