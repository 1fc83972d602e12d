import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, ForbiddenError } from '../../core/graphql/errors';
import { OrganisationsService } from '../organisations';
import { CatalogueAccessService } from './catalogue-access.service';
import { actsForProvider } from './catalogue.policies';
import { copyCourse } from './course-copy';
import { deleteUnusedFiles, fileProblem } from './course-file-usage';
import { replaceCoOrganisers } from './course-organisers';
import { CourseEntity } from './course.entity';
import type { CreateCourseInput, UpdateCourseInput } from './dto/course.input';

/** Creating, changing, copying and publishing courses, and choosing their co-organisers. */
@Injectable()
export class CoursesService {
  constructor(
    @InjectRepository(CourseEntity) private readonly courses: Repository<CourseEntity>,
    private readonly dataSource: DataSource,
    private readonly access: CatalogueAccessService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  async createCourse(principal: Principal, input: CreateCourseInput): Promise<CourseEntity> {
    if (!actsForProvider(principal, input.providerOrganisationId)) throw new ForbiddenError();
    await this.organisations.get(input.providerOrganisationId);
    const coOrganiserIds = await this.checkCoOrganisers(input.providerOrganisationId, input.coOrganiserIds);
    return this.dataSource.transaction(async (manager) => {
      const course = await manager.save(
        manager.create(CourseEntity, {
          providerOrganisationId: input.providerOrganisationId,
          title: input.title,
          summary: input.summary ?? '',
          description: input.description ?? '',
          category: input.category,
          audienceNotes: input.audienceNotes ?? '',
          visibility: input.visibility ?? 'public',
          status: 'draft',
          tags: input.tags ?? [],
          coverImageUrl: input.coverImageUrl || null,
          createdById: principal.userId,
          publishedAt: null,
        }),
      );
      if (coOrganiserIds) await replaceCoOrganisers(manager, course.id, coOrganiserIds, principal.userId);
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'catalogue.course_created',
          subjectType: 'course',
          subjectId: course.id,
          metadata: {
            providerOrganisationId: course.providerOrganisationId,
            coOrganiserIds: coOrganiserIds?.join(',') ?? null,
          },
        },
        manager,
      );
      return course;
    });
  }

  async updateCourse(principal: Principal, id: string, input: UpdateCourseInput): Promise<CourseEntity> {
    const course = await this.access.editableCourse(principal, id);
    if (input.coOrganiserIds != null && !actsForProvider(principal, course.providerOrganisationId)) {
      throw new ForbiddenError('catalogue.coOrganisersByProviderOnly');
    }
    // Who the course is for is its provider's decision (shareCourse); a co-organiser may not change it.
    if (
      input.visibility != null &&
      input.visibility !== course.visibility &&
      !actsForProvider(principal, course.providerOrganisationId)
    ) {
      throw new ForbiddenError('catalogue.shareByProviderOnly');
    }
    const coOrganiserIds = await this.checkCoOrganisers(course.providerOrganisationId, input.coOrganiserIds);
    if (input.title != null) course.title = input.title;
    if (input.summary !== undefined) course.summary = input.summary ?? '';
    if (input.description !== undefined) course.description = input.description ?? '';
    if (input.category != null) course.category = input.category;
    if (input.audienceNotes !== undefined) course.audienceNotes = input.audienceNotes ?? '';
    if (input.visibility != null) course.visibility = input.visibility;
    if (input.tags !== undefined) course.tags = input.tags ?? [];
    if (input.coverImageUrl !== undefined) course.coverImageUrl = input.coverImageUrl || null;
    const previousCover = course.coverFileId;
    if (input.coverFileId !== undefined) course.coverFileId = input.coverFileId || null;
    return this.dataSource.transaction(async (manager) => {
      if (input.coverFileId !== undefined && course.coverFileId) {
        const problem = await fileProblem(manager, 'coverFileId', course.id, course.coverFileId, 'cover');
        if (problem) throw problem;
      }
      const saved = await manager.save(course);
      // A replaced or removed cover is deleted unless something else uses it.
      if (previousCover !== course.coverFileId) await deleteUnusedFiles(manager, [previousCover]);
      if (coOrganiserIds) {
        await replaceCoOrganisers(manager, course.id, coOrganiserIds, principal.userId);
        await this.audit.record(
          {
            actorUserId: principal.userId,
            action: 'catalogue.course_co_organisers_changed',
            subjectType: 'course',
            subjectId: course.id,
            metadata: { coOrganiserIds: coOrganiserIds.join(',') },
          },
          manager,
        );
      }
      return saved;
    });
  }

  /**
   * A draft copy of a course she edits, in its provider's name: so only the provider's side may copy
   * (a co-organiser's staff cannot create courses for the provider).
   */
  async copyCourse(
    principal: Principal,
    id: string,
    options: { title?: string | null; sessionsShiftDays?: number | null } = {},
  ): Promise<CourseEntity> {
    const source = await this.access.editableCourse(principal, id);
    if (!actsForProvider(principal, source.providerOrganisationId)) {
      throw new ForbiddenError('catalogue.copyByProviderOnly');
    }
    return this.dataSource.transaction(async (manager) => {
      const copy = await copyCourse(manager, source, options, principal.userId);
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'catalogue.course_copied',
          subjectType: 'course',
          subjectId: copy.id,
          metadata: { from: source.id },
        },
        manager,
      );
      return copy;
    });
  }

  /**
   * The co-organisers asked for, checked: existing organisations other than the provider (duplicates
   * were dropped by the input). `undefined`/null: no change.
   */
  private async checkCoOrganisers(
    providerOrganisationId: string,
    ids: string[] | null | undefined,
  ): Promise<string[] | null> {
    if (ids == null) return null;
    if (ids.includes(providerOrganisationId)) {
      throw BadUserInputError.field('coOrganiserIds', 'catalogue.coOrganiserIsProvider');
    }
    const known = new Set((await this.organisations.existing(ids)).map((o) => o.id));
    if (ids.some((id) => !known.has(id))) {
      throw BadUserInputError.field('coOrganiserIds', 'catalogue.coOrganiserUnknown');
    }
    return ids;
  }

  async setPublished(principal: Principal, id: string, published: boolean): Promise<CourseEntity> {
    const course = await this.access.editableCourse(principal, id);
    course.status = published ? 'published' : 'draft';
    if (published) course.publishedAt ??= new Date();
    const saved = await this.courses.save(course);
    await this.audit.record({
      actorUserId: principal.userId,
      action: published ? 'catalogue.course_published' : 'catalogue.course_unpublished',
      subjectType: 'course',
      subjectId: course.id,
    });
    return saved;
  }
}
