import { Injectable, inject } from '@angular/core';
import {
  CrossCompanyOverviewDocument,
  OurProgrammesDocument,
  ShareCourseDocument,
  type CourseVisibility,
  type CrossCompanyOverviewQuery,
  type OurProgrammesQuery,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type Programme = OurProgrammesQuery['ourProgrammes'][number];
export type ProgrammeSession = Programme['sessions'][number];
export type CrossCompanyOverview = CrossCompanyOverviewQuery['crossCompanyOverview'];
export type CrossCompanyRow = CrossCompanyOverview['companies'][number];

function need<T>(value: T | null | undefined, error: unknown, what: string): T {
  if (value === null || value === undefined) throw error ?? new Error(`${what} returned no data`);
  return value;
}

/**
 * Shared programmes: a company's courses with who they are shared with, and the secretariat's
 * participation by company. No cache: a share set by a colleague, or a new enrolment, shows at once.
 */
@Injectable({ providedIn: 'root' })
export class CompanyProgrammesService {
  private readonly apollo = inject(Apollo);

  async programmes(organisationId: string): Promise<Programme[]> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: OurProgrammesDocument,
        variables: { organisationId },
        fetchPolicy: 'no-cache',
      }),
    );
    return [...need(result.data?.ourProgrammes, result.error, 'ourProgrammes')];
  }

  async share(courseId: string, visibility: CourseVisibility): Promise<CourseVisibility> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ShareCourseDocument, variables: { courseId, visibility } }),
    );
    return need(result.data?.shareCourse, result.error, 'shareCourse').visibility;
  }

  async overview(organisationId: string, fiscalYear: number): Promise<CrossCompanyOverview> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: CrossCompanyOverviewDocument,
        variables: { organisationId, fiscalYear },
        fetchPolicy: 'no-cache',
      }),
    );
    return need(result.data?.crossCompanyOverview, result.error, 'crossCompanyOverview');
  }
}
