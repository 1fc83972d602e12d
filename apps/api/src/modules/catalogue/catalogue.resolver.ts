import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { CourseVisibility } from '@tsunagu/shared/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentPrincipal, OptionalPrincipal } from '../../core/auth/current-principal.decorator';
import { Allow, Authenticated, Public, RoleInOrganisation } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { pageOf } from '../../core/graphql/cost';
import { DataLoaderRegistry, Loaders } from '../../core/graphql/dataloaders';
import { CourseVisibilityEnum } from '../../core/graphql/enums';
import { OrganisationEntity, OrganisationsService } from '../organisations';
import { CatalogueQueryService } from './catalogue-query.service';
import { CatalogueReadsService } from './catalogue-reads.service';
import { CourseCreator, CourseEditorSomewhere, PROVIDER_EDITOR_ROLES } from './catalogue.policies';
import { CourseFileEntity } from './course-file.entity';
import { CourseFilesService, courseFileUrl } from './course-files.service';
import { CourseSharingService } from './course-sharing.service';
import { CourseEntity } from './course.entity';
import { CoursesService } from './courses.service';
import { CatalogueEntry, CataloguePage, CourseProgress } from './dto/catalogue-entry.type';
import { CATALOGUE_PAGE_DEFAULT, CATALOGUE_PAGE_MAX, CatalogueFilter } from './dto/catalogue-filter.input';
import { CopyCourseInput, CreateCourseInput, UpdateCourseInput } from './dto/course.input';
import { AddLessonInput, UpdateLessonInput } from './dto/lesson.input';
import { LessonEntity } from './lesson.entity';
import { LessonsService } from './lessons.service';
import { SessionEntity } from './session.entity';

/*
 * Field resolvers are Public: their parent was already authorised by the query that returned it
 * (catalogue, course, session, editableCourses or a mutation), each of which checks visibility.
 */

@Resolver(() => CatalogueEntry)
export class CatalogueResolver {
  constructor(private readonly query: CatalogueQueryService) {}

  @Allow(Public)
  @Query(() => CataloguePage, {
    description:
      'Upcoming sessions of published courses: public ones for everyone, plus those her organisations may see',
    complexity: pageOf(
      (args: { filter?: CatalogueFilter | null }) => args.filter?.limit,
      CATALOGUE_PAGE_DEFAULT,
      CATALOGUE_PAGE_MAX,
    ),
  })
  catalogue(
    @OptionalPrincipal() principal: Principal | null,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => CatalogueFilter, nullable: true }) filter?: CatalogueFilter,
  ): Promise<CataloguePage> {
    return this.query.catalogue(principal, filter, info);
  }
}

@Resolver(() => CourseEntity)
export class CoursesResolver {
  constructor(
    private readonly reads: CatalogueReadsService,
    private readonly courseService: CoursesService,
    private readonly lessonService: LessonsService,
    private readonly organisations: OrganisationsService,
    private readonly files: CourseFilesService,
    private readonly sharing: CourseSharingService,
  ) {}

  @Allow(Public)
  @Query(() => CourseEntity, {
    description: 'A published course she may see; editors also see drafts and restricted courses',
  })
  course(
    @OptionalPrincipal() principal: Principal | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CourseEntity> {
    return this.reads.course(principal, id);
  }

  @Allow(CourseEditorSomewhere)
  @Query(() => [CourseEntity], { description: 'Courses she may edit, drafts included' })
  editableCourses(@CurrentPrincipal() principal: Principal): Promise<CourseEntity[]> {
    return this.reads.editableCourses(principal);
  }

  @Allow(CourseCreator)
  @Mutation(() => CourseEntity, { description: 'Creates a draft course' })
  createCourse(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateCourseInput,
  ): Promise<CourseEntity> {
    return this.courseService.createCourse(principal, input);
  }

  @Allow(CourseEditorSomewhere)
  @Mutation(() => CourseEntity)
  updateCourse(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCourseInput,
  ): Promise<CourseEntity> {
    return this.courseService.updateCourse(principal, id, input);
  }

  @Allow(CourseEditorSomewhere)
  @Mutation(() => CourseEntity, {
    description:
      "Who the course is offered to (shared programmes): its own organisation's people, its company groups, or everyone. Its provider's decision only",
  })
  shareCourse(
    @CurrentPrincipal() principal: Principal,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('visibility', { type: () => CourseVisibilityEnum }) visibility: CourseVisibility,
  ): Promise<CourseEntity> {
    return this.sharing.share(principal, courseId, visibility);
  }

  @Allow(RoleInOrganisation(PROVIDER_EDITOR_ROLES, (a) => a['organisationId']))
  @Query(() => [CourseEntity], {
    description:
      'The courses the organisation provides (drafts included) or co-organises (共催), provided first: its programmes',
  })
  ourProgrammes(
    @CurrentPrincipal() principal: Principal,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<CourseEntity[]> {
    return this.sharing.programmesOf(principal, organisationId);
  }

  @Allow(CourseEditorSomewhere)
  @Mutation(() => CourseEntity, {
    description:
      'A draft copy of a course (content, lessons and their files, co-organisers; with sessionsShiftDays its scheduled sessions, every date moved), e.g. for next year',
  })
  copyCourse(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => CopyCourseInput, nullable: true }) input?: CopyCourseInput,
  ): Promise<CourseEntity> {
    return this.courseService.copyCourse(principal, id, input ?? {});
  }

  @Allow(CourseEditorSomewhere)
  @Mutation(() => CourseEntity)
  publishCourse(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CourseEntity> {
    return this.courseService.setPublished(principal, id, true);
  }

  @Allow(CourseEditorSomewhere)
  @Mutation(() => CourseEntity, { description: 'Back to draft: hidden from everyone but editors' })
  unpublishCourse(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CourseEntity> {
    return this.courseService.setPublished(principal, id, false);
  }

  @Allow(CourseEditorSomewhere)
  @Mutation(() => LessonEntity)
  addLesson(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddLessonInput,
  ): Promise<LessonEntity> {
    return this.lessonService.addLesson(principal, input);
  }

  @Allow(CourseEditorSomewhere)
  @Mutation(() => LessonEntity)
  updateLesson(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateLessonInput,
  ): Promise<LessonEntity> {
    return this.lessonService.updateLesson(principal, id, input);
  }

  @Allow(CourseEditorSomewhere)
  @Mutation(() => CourseEntity, { description: 'Removes a lesson; returns its course' })
  removeLesson(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CourseEntity> {
    return this.lessonService.removeLesson(principal, id);
  }

  @Allow(CourseEditorSomewhere)
  @Mutation(() => CourseEntity, { description: 'lessonIds: every lesson of the course, in the new order' })
  reorderLessons(
    @CurrentPrincipal() principal: Principal,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('lessonIds', { type: () => [ID] }) lessonIds: string[],
  ): Promise<CourseEntity> {
    return this.lessonService.reorderLessons(principal, courseId, lessonIds);
  }

  @Allow(Authenticated)
  @Mutation(() => CourseEntity, {
    description: 'The signed-in learner marks a lesson done; returns its course',
  })
  completeLesson(
    @CurrentPrincipal() principal: Principal,
    @Args('lessonId', { type: () => ID }) lessonId: string,
  ): Promise<CourseEntity> {
    return this.lessonService.completeLesson(principal, lessonId);
  }

  @Allow(Public)
  @ResolveField(() => OrganisationEntity)
  provider(
    @Parent() course: CourseEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<OrganisationEntity> {
    return this.organisations.load(loaders, course.providerOrganisationId);
  }

  @Allow(Public)
  @ResolveField(() => [OrganisationEntity], {
    description: 'Organisations running the course with its provider (共催)',
  })
  async coOrganisers(
    @Parent() course: CourseEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<OrganisationEntity[]> {
    const ids = await this.reads.coOrganiserIds(course, loaders);
    return Promise.all(ids.map((id) => this.organisations.load(loaders, id)));
  }

  @Allow(Public)
  @ResolveField(() => [SessionEntity], { description: 'Scheduled sessions; editors see cancelled ones too' })
  sessions(
    @Parent() course: CourseEntity,
    @OptionalPrincipal() principal: Principal | null,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<SessionEntity[]> {
    return this.reads.sessionsOf(loaders, principal, course);
  }

  @Allow(Public)
  @ResolveField(() => [LessonEntity])
  lessons(@Parent() course: CourseEntity, @Loaders() loaders: DataLoaderRegistry): Promise<LessonEntity[]> {
    return this.reads.lessonsOf(loaders, course.id);
  }

  @Allow(Public)
  @ResolveField(() => CourseFileEntity, {
    nullable: true,
    description: 'The uploaded cover image; shown instead of coverImageUrl when present',
  })
  coverImage(
    @Parent() course: CourseEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<CourseFileEntity | null> {
    return this.files.load(loaders, course.coverFileId);
  }

  @Allow(Public)
  @ResolveField(() => String, { description: 'The description rendered from Markdown, sanitized' })
  descriptionHtml(@Parent() course: CourseEntity): string {
    return this.reads.renderMarkdown(course.description);
  }

  @Allow(Public)
  @ResolveField(() => CourseProgress, {
    nullable: true,
    description: 'Her lesson progress; null when signed out',
  })
  myProgress(
    @Parent() course: CourseEntity,
    @OptionalPrincipal() principal: Principal | null,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<CourseProgress | null> {
    return this.reads.progressOf(loaders, principal, course.id);
  }
}

@Resolver(() => LessonEntity)
export class LessonsResolver {
  constructor(
    private readonly reads: CatalogueReadsService,
    private readonly files: CourseFilesService,
  ) {}

  @Allow(Public)
  @ResolveField(() => CourseFileEntity, { nullable: true, description: 'The uploaded file of a file lesson' })
  file(
    @Parent() lesson: LessonEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<CourseFileEntity | null> {
    return this.files.load(loaders, lesson.fileId);
  }

  @Allow(Public)
  @ResolveField(() => String, { description: 'The body rendered from Markdown, sanitized' })
  bodyHtml(@Parent() lesson: LessonEntity): string {
    return this.reads.renderMarkdown(lesson.body);
  }
}

@Resolver(() => CourseFileEntity)
export class CourseFilesResolver {
  @Allow(Public)
  @ResolveField(() => String, {
    description: 'Where to download it (GET); a bearer token is needed unless the course is public',
  })
  url(@Parent() file: CourseFileEntity): string {
    return courseFileUrl(file.id);
  }
}
