import { Injectable, inject } from '@angular/core';
import {
  CatalogueCompleteLessonDocument,
  CatalogueCourseDocument,
  CatalogueDocument,
  CatalogueSessionDocument,
  type CatalogueCourseQuery,
  type CatalogueQuery as CatalogueQueryResult,
  type CatalogueSessionQuery,
  type CourseCategory,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { toCatalogueFilter, type CatalogueQuery } from './catalogue-filter';

type CatalogueEntry = CatalogueQueryResult['catalogue']['items'][number];
export type CatalogueCourse = CatalogueCourseQuery['course'];
export type CatalogueSession = CatalogueSessionQuery['session'];
export type CatalogueLesson = CatalogueCourse['lessons'][number];
export type CourseProgress = NonNullable<CatalogueCourse['myProgress']>;

/** One card of the public catalogue: everything the card shows, nothing it must look up. */
export interface CatalogueItem {
  sessionId: string;
  courseId: string;
  title: string;
  sessionTitle: string;
  summary: string;
  category: CourseCategory;
  providerName: string;
  firstMeetingAt: string;
  meetingCount: number;
  registrationOpensAt: string;
  registrationClosesAt: string;
  feeYen: number | null;
  venueName: string | null;
  isOnline: boolean;
  isOffsite: boolean;
  lottery: boolean;
  capacity: number;
  seatsLeft: number;
  childcareOffered: boolean;
  childcareSeatsLeft: number;
}

export interface CatalogueResult {
  items: CatalogueItem[];
  totalCount: number;
}

export function toCatalogueItem(entry: CatalogueEntry): CatalogueItem {
  return {
    sessionId: entry.session.id,
    courseId: entry.course.id,
    title: entry.course.title,
    sessionTitle: entry.session.title,
    summary: entry.course.summary,
    category: entry.course.category,
    providerName: entry.provider.name,
    firstMeetingAt: entry.firstMeetingAt,
    meetingCount: entry.meetingCount,
    registrationOpensAt: entry.session.registrationOpensAt,
    registrationClosesAt: entry.session.registrationClosesAt,
    feeYen: entry.session.feeYen,
    venueName: entry.session.venueName,
    isOnline: entry.session.isOnline,
    isOffsite: entry.session.isOffsite,
    lottery: entry.session.registrationMode === 'lottery',
    capacity: entry.session.capacity,
    seatsLeft: Math.max(0, entry.seatsLeft),
    childcareOffered: entry.session.childcareCapacity > 0,
    childcareSeatsLeft: Math.max(0, entry.childcareSeatsLeft),
  };
}

/** Public catalogue, course and session pages (no sign-in needed), and lesson progress. */
@Injectable({ providedIn: 'root' })
export class CatalogueService {
  private readonly apollo = inject(Apollo);

  async search(query: CatalogueQuery): Promise<CatalogueResult> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: CatalogueDocument,
        variables: { filter: toCatalogueFilter(query) },
        // Seats change by the minute: always ask.
        fetchPolicy: 'network-only',
      }),
    );
    if (!result.data) throw result.error ?? new Error('catalogue returned no data');
    return {
      items: result.data.catalogue.items.map(toCatalogueItem),
      totalCount: result.data.catalogue.totalCount,
    };
  }

  /** The upcoming sessions of the courses an organisation provides or co-hosts (a company's page). */
  async byOrganisation(organisationId: string, limit = 20): Promise<CatalogueResult> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: CatalogueDocument,
        variables: { filter: { organisationId, limit } },
        fetchPolicy: 'network-only',
      }),
    );
    if (!result.data) throw result.error ?? new Error('catalogue returned no data');
    return {
      items: result.data.catalogue.items.map(toCatalogueItem),
      totalCount: result.data.catalogue.totalCount,
    };
  }

  async course(id: string): Promise<CatalogueCourse> {
    const result = await firstValueFrom(
      this.apollo.query({ query: CatalogueCourseDocument, variables: { id }, fetchPolicy: 'network-only' }),
    );
    if (!result.data) throw result.error ?? new Error('course returned no data');
    return result.data.course;
  }

  async session(id: string): Promise<CatalogueSession> {
    const result = await firstValueFrom(
      this.apollo.query({ query: CatalogueSessionDocument, variables: { id }, fetchPolicy: 'network-only' }),
    );
    if (!result.data) throw result.error ?? new Error('session returned no data');
    return result.data.session;
  }

  async completeLesson(lessonId: string): Promise<CourseProgress | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CatalogueCompleteLessonDocument, variables: { lessonId } }),
    );
    if (!result.data) throw result.error ?? new Error('completeLesson returned no data');
    return result.data.completeLesson.myProgress;
  }
}
