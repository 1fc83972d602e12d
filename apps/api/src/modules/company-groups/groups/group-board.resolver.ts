import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../../core/auth/current-principal.decorator';
import { Allow, Authenticated } from '../../../core/auth/policy';
import type { Principal } from '../../../core/auth/principal';
import { Loaders, type DataLoaderRegistry } from '../../../core/graphql/dataloaders';
import {
  CommentOnGroupPostInput,
  CreateGroupPostInput,
  EditGroupPostInput,
  MeetingAttendance,
  SetMeetingAttendanceInput,
} from './dto/company-group.types';
import { GroupPostCommentEntity, GroupPostEntity, GroupPostFileEntity } from './group-board.entity';
import { GroupBoardService } from './group-board.service';
import { GroupPostFilesService, groupPostFileUrl } from './group-post-files.service';

/**
 * A company group's board: posts, comments, meeting attendance. Whoever is on the board (checked in the
 * service) writes on it; posts are read only through `CompanyGroup.posts`, which checked it too.
 */
@Resolver(() => GroupPostEntity)
export class GroupBoardResolver {
  constructor(
    private readonly board: GroupBoardService,
    private readonly postFiles: GroupPostFilesService,
  ) {}

  @Allow(Authenticated)
  @Mutation(() => GroupPostEntity, {
    description: 'A post on the board; decisions and meetings by coordinators and the owner only',
  })
  createGroupPost(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateGroupPostInput,
  ): Promise<GroupPostEntity> {
    return this.board.createPost(principal, input);
  }

  @Allow(Authenticated)
  @Mutation(() => GroupPostEntity, { description: 'Her own post, edited (marked edited with the time)' })
  editGroupPost(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: EditGroupPostInput,
  ): Promise<GroupPostEntity> {
    return this.board.editPost(principal, input);
  }

  @Allow(Authenticated)
  @Mutation(() => GroupPostCommentEntity)
  commentOnGroupPost(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CommentOnGroupPostInput,
  ): Promise<GroupPostCommentEntity> {
    return this.board.comment(principal, input);
  }

  @Allow(Authenticated)
  @Mutation(() => GroupPostEntity, { description: "Her company's answer for a meeting of its group" })
  setMeetingAttendance(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetMeetingAttendanceInput,
  ): Promise<GroupPostEntity> {
    return this.board.setAttendance(principal, input);
  }

  @Allow(Authenticated)
  @Mutation(() => GroupPostEntity, { description: 'A file removed from her own post' })
  removeGroupPostFile(
    @CurrentPrincipal() principal: Principal,
    @Args('fileId', { type: () => ID }) fileId: string,
  ): Promise<GroupPostEntity> {
    return this.postFiles.remove(principal, fileId);
  }

  @Allow(Authenticated)
  @ResolveField(() => [GroupPostFileEntity], { description: 'Its files, oldest first' })
  files(@Parent() post: GroupPostEntity, @Loaders() loaders: DataLoaderRegistry) {
    return this.postFiles.filesOf(loaders, post.id);
  }

  @Allow(Authenticated)
  @ResolveField(() => Boolean, { description: 'She wrote it: she may edit it and add or remove its files' })
  mine(@Parent() post: GroupPostEntity, @CurrentPrincipal() principal: Principal): boolean {
    return post.authorUserId === principal.userId;
  }

  @Allow(Authenticated)
  @ResolveField(() => [GroupPostCommentEntity])
  comments(@Parent() post: GroupPostEntity, @Loaders() loaders: DataLoaderRegistry) {
    return this.board.commentsOf(loaders, post.id);
  }

  @Allow(Authenticated)
  @ResolveField(() => [MeetingAttendance], { description: 'A meeting: each company that answered' })
  attendance(@Parent() post: GroupPostEntity, @Loaders() loaders: DataLoaderRegistry) {
    return this.board.attendanceOf(loaders, post.id);
  }

  @Allow(Authenticated)
  @ResolveField(() => String)
  authorName(@Parent() post: GroupPostEntity, @Loaders() loaders: DataLoaderRegistry): Promise<string> {
    return this.board.personNameOf(loaders, post.authorUserId);
  }

  @Allow(Authenticated)
  @ResolveField(() => String)
  authorOrganisationName(@Parent() post: GroupPostEntity, @Loaders() loaders: DataLoaderRegistry) {
    return this.board.organisationNameOf(loaders, post.authorOrganisationId);
  }
}

@Resolver(() => GroupPostCommentEntity)
export class GroupPostCommentResolver {
  constructor(private readonly board: GroupBoardService) {}

  @Allow(Authenticated)
  @ResolveField(() => String)
  authorName(@Parent() comment: GroupPostCommentEntity, @Loaders() loaders: DataLoaderRegistry) {
    return this.board.personNameOf(loaders, comment.authorUserId);
  }

  @Allow(Authenticated)
  @ResolveField(() => String)
  authorOrganisationName(@Parent() comment: GroupPostCommentEntity, @Loaders() loaders: DataLoaderRegistry) {
    return this.board.organisationNameOf(loaders, comment.authorOrganisationId);
  }
}

@Resolver(() => GroupPostFileEntity)
export class GroupPostFileResolver {
  @Allow(Authenticated)
  @ResolveField(() => String, { description: 'Where it is served (to those on the board)' })
  url(@Parent() file: GroupPostFileEntity): string {
    return groupPostFileUrl(file.id);
  }
}
