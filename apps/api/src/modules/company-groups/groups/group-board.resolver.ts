import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../../core/auth/current-principal.decorator';
import { Allow, Authenticated } from '../../../core/auth/policy';
import type { Principal } from '../../../core/auth/principal';
import { Loaders, type DataLoaderRegistry } from '../../../core/graphql/dataloaders';
import {
  CommentOnGroupPostInput,
  CreateGroupPostInput,
  MeetingAttendance,
  SetMeetingAttendanceInput,
} from './dto/company-group.types';
import { GroupPostCommentEntity, GroupPostEntity } from './group-board.entity';
import { GroupBoardService } from './group-board.service';

/**
 * A company group's board: posts, comments, meeting attendance. Whoever is on the board (checked in the
 * service) writes on it; posts are read only through `CompanyGroup.posts`, which checked it too.
 */
@Resolver(() => GroupPostEntity)
export class GroupBoardResolver {
  constructor(private readonly board: GroupBoardService) {}

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
