import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, OptionalPrincipal } from '../../core/auth/current-principal.decorator';
import { Allow, Public } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { DataLoaderRegistry, Loaders } from '../../core/graphql/dataloaders';
import { CatalogueReadsService } from './catalogue-reads.service';
import { CourseEditorSomewhere } from './catalogue.policies';
import { CourseEntity } from './course.entity';
import { CreateSessionInput, UpdateSessionInput } from './dto/session.input';
import { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';

/** Field resolvers are Public: a session reaches a caller only through a query that checked its course. */
@Resolver(() => SessionEntity)
export class SessionsResolver {
  constructor(
    private readonly reads: CatalogueReadsService,
    private readonly sessions: SessionsService,
  ) {}

  @Allow(Public)
  @Query(() => SessionEntity, { description: 'A session of a course she may see' })
  session(
    @OptionalPrincipal() principal: Principal | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SessionEntity> {
    return this.reads.session(principal, id);
  }

  @Allow(CourseEditorSomewhere)
  @Mutation(() => SessionEntity, { description: 'A new session with its meetings and questions' })
  createSession(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateSessionInput,
  ): Promise<SessionEntity> {
    return this.sessions.createSession(principal, input);
  }

  @Allow(CourseEditorSomewhere)
  @Mutation(() => SessionEntity)
  updateSession(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSessionInput,
  ): Promise<SessionEntity> {
    return this.sessions.updateSession(principal, id, input);
  }

  @Allow(Public)
  @ResolveField(() => CourseEntity)
  course(@Parent() session: SessionEntity, @Loaders() loaders: DataLoaderRegistry): Promise<CourseEntity> {
    return this.reads.loadCourse(loaders, session.courseId);
  }

  @Allow(Public)
  @ResolveField(() => [MeetingEntity], { description: 'In time order' })
  meetings(
    @Parent() session: SessionEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<MeetingEntity[]> {
    return this.reads.meetingsOf(loaders, session.id);
  }

  @Allow(Public)
  @ResolveField(() => [QuestionEntity], { description: 'Asked when she applies, in order' })
  questions(
    @Parent() session: SessionEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<QuestionEntity[]> {
    return this.reads.questionsOf(loaders, session.id);
  }

  @Allow(Public)
  @ResolveField(() => String, {
    nullable: true,
    description:
      'The lottery seed: revealed at the draw (null before, for everyone); its SHA-256 is lotteryCommitment',
  })
  lotterySeed(@Parent() session: SessionEntity): string | null {
    return session.drawnAt ? session.lotterySeed : null;
  }

  @Allow(Public)
  @ResolveField(() => Int)
  seatsLeft(@Parent() session: SessionEntity): number {
    return this.reads.seatsLeft(session);
  }

  @Allow(Public)
  @ResolveField(() => Int)
  childcareSeatsLeft(@Parent() session: SessionEntity): number {
    return this.reads.childcareSeatsLeft(session);
  }
}
