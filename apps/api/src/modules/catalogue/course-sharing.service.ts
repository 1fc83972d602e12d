import { Injectable } from '@nestjs/common';
import type { CourseVisibility } from '@tsunagu/shared/domain';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { ForbiddenError } from '../../core/graphql/errors';
import { CatalogueAccessService } from './catalogue-access.service';
import { actsForProvider, CO_ORGANISER_EDITOR_ROLES } from './catalogue.policies';
import { CourseEntity } from './course.entity';

/**
 * Shared programmes (issue 11): who a course is offered to is its provider's decision. A company (or a
 * city) keeps a course to its own people (`organisation`), shares it with the company groups it is in
 * (`company_group`, which follows group membership at the moment someone looks: `course-visibility.ts`)
 * or opens it to everyone (`public`). A co-organiser runs the course with the provider but does not
 * decide who it is for.
 */
@Injectable()
export class CourseSharingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CatalogueAccessService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Sets the course's visibility. NOT_FOUND when she cannot see the course; FORBIDDEN with
   * `catalogue.shareByProviderOnly` when she sees it but does not act for its provider (a co-organiser,
   * another company). Nothing changes then. Audited as `catalogue.course_shared`.
   */
  async share(principal: Principal, courseId: string, visibility: CourseVisibility): Promise<CourseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const course = await this.access.visibleCourse(principal, courseId);
      if (!actsForProvider(principal, course.providerOrganisationId)) {
        throw new ForbiddenError('catalogue.shareByProviderOnly');
      }
      const locked = await manager.findOneOrFail(CourseEntity, {
        where: { id: course.id },
        lock: { mode: 'pessimistic_write' },
      });
      const previous = locked.visibility;
      if (previous === visibility) return locked;
      locked.visibility = visibility;
      const saved = await manager.save(locked);
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'catalogue.course_shared',
          subjectType: 'course',
          subjectId: course.id,
          metadata: { from: previous, to: visibility },
        },
        manager,
      );
      return saved;
    });
  }

  /**
   * The courses an organisation runs (its programmes, for the company portal): those it provides, drafts
   * included (its company admins edit them), and those it co-organises that are published, or all of
   * them for its staff (who edit them). Provided first, each part by title.
   */
  async programmesOf(principal: Principal, organisationId: string): Promise<CourseEntity[]> {
    if (!isUUID(organisationId)) return [];
    const editsCoOrganised =
      principal.isPlatformAdmin || principal.hasRoleIn(organisationId, CO_ORGANISER_EDITOR_ROLES);
    const courses = await this.dataSource
      .getRepository(CourseEntity)
      .createQueryBuilder('c')
      .where('c.provider_organisation_id = :organisationId', { organisationId })
      .orWhere(
        `EXISTS (SELECT 1 FROM course_co_organisers co
                  WHERE co.course_id = c.id AND co.organisation_id = :organisationId)
         AND (:editsCoOrganised OR c.status = 'published')`,
        { organisationId, editsCoOrganised },
      )
      .orderBy('c.title')
      .addOrderBy('c.id')
      .getMany();
    const provided = (c: CourseEntity) => (c.providerOrganisationId === organisationId ? 0 : 1);
    return courses.sort((a, b) => provided(a) - provided(b));
  }
}
