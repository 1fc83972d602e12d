import { Injectable, inject } from '@angular/core';
import {
  EditableCoursesDocument,
  EditorAddLessonDocument,
  EditorCancelSessionDocument,
  EditorCopyCourseDocument,
  EditorCourseDocument,
  EditorCreateCourseDocument,
  EditorCreateSessionDocument,
  EditorOrganisationsDocument,
  EditorPublishCourseDocument,
  EditorRemoveLessonDocument,
  EditorReorderLessonsDocument,
  EditorSessionDocument,
  EditorUnpublishCourseDocument,
  EditorUpdateCourseDocument,
  EditorUpdateLessonDocument,
  EditorUpdateSessionDocument,
  type AddLessonInput,
  type CreateCourseInput,
  type CreateSessionInput,
  type EditableCoursesQuery,
  type EditorCourseQuery,
  type EditorOrganisationsQuery,
  type EditorSessionQuery,
  type UpdateCourseInput,
  type UpdateLessonInput,
  type UpdateSessionInput,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type EditableCourse = EditableCoursesQuery['editableCourses'][number];
export type EditorCourse = EditorCourseQuery['course'];
export type EditorLesson = EditorCourse['lessons'][number];
export type EditorSession = EditorSessionQuery['session'];
export type EditorOrganisation = EditorOrganisationsQuery['organisations'][number];

/** `ids` with the one at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveLesson(ids: readonly string[], index: number, direction: -1 | 1): string[] {
  const next = [...ids];
  const target = index + direction;
  const moving = next[index];
  const other = next[target];
  if (moving === undefined || other === undefined) return next;
  next[index] = other;
  next[target] = moving;
  return next;
}

/** Staff and company admins: their courses, lessons and sessions. */
@Injectable({ providedIn: 'root' })
export class CourseEditorService {
  private readonly apollo = inject(Apollo);

  async courses(): Promise<EditableCourse[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: EditableCoursesDocument, fetchPolicy: 'network-only' }),
    );
    if (!result.data) throw result.error ?? new Error('editableCourses returned no data');
    return [...result.data.editableCourses];
  }

  async course(id: string): Promise<EditorCourse> {
    const result = await firstValueFrom(
      this.apollo.query({ query: EditorCourseDocument, variables: { id }, fetchPolicy: 'network-only' }),
    );
    if (!result.data) throw result.error ?? new Error('course returned no data');
    return result.data.course;
  }

  async session(id: string): Promise<EditorSession> {
    const result = await firstValueFrom(
      this.apollo.query({ query: EditorSessionDocument, variables: { id }, fetchPolicy: 'network-only' }),
    );
    if (!result.data) throw result.error ?? new Error('session returned no data');
    return result.data.session;
  }

  async createCourse(input: CreateCourseInput): Promise<string> {
    return (await this.mutate(EditorCreateCourseDocument, { input }, 'createCourse')).createCourse.id;
  }

  /** Every organisation, for naming co-organisers. */
  async organisations(): Promise<EditorOrganisation[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: EditorOrganisationsDocument, fetchPolicy: 'cache-first' }),
    );
    if (!result.data) throw result.error ?? new Error('organisations returned no data');
    return [...result.data.organisations];
  }

  /**
   * A draft copy of the course (content, lessons, files, co-organisers); with `sessionsShiftDays`, its
   * sessions too with every date moved that many days. Returns the copy's id.
   */
  async copyCourse(id: string, sessionsShiftDays: number | null): Promise<string> {
    return (await this.mutate(EditorCopyCourseDocument, { id, input: { sessionsShiftDays } }, 'copyCourse'))
      .copyCourse.id;
  }

  async updateCourse(id: string, input: UpdateCourseInput): Promise<void> {
    await this.mutate(EditorUpdateCourseDocument, { id, input }, 'updateCourse');
  }

  async publish(id: string): Promise<void> {
    await this.mutate(EditorPublishCourseDocument, { id }, 'publishCourse');
  }

  async unpublish(id: string): Promise<void> {
    await this.mutate(EditorUnpublishCourseDocument, { id }, 'unpublishCourse');
  }

  async addLesson(input: AddLessonInput): Promise<void> {
    await this.mutate(EditorAddLessonDocument, { input }, 'addLesson');
  }

  async updateLesson(id: string, input: UpdateLessonInput): Promise<void> {
    await this.mutate(EditorUpdateLessonDocument, { id, input }, 'updateLesson');
  }

  async removeLesson(id: string): Promise<void> {
    await this.mutate(EditorRemoveLessonDocument, { id }, 'removeLesson');
  }

  async reorderLessons(courseId: string, lessonIds: string[]): Promise<void> {
    await this.mutate(EditorReorderLessonsDocument, { courseId, lessonIds }, 'reorderLessons');
  }

  async createSession(input: CreateSessionInput): Promise<string> {
    return (await this.mutate(EditorCreateSessionDocument, { input }, 'createSession')).createSession.id;
  }

  async updateSession(id: string, input: UpdateSessionInput): Promise<void> {
    await this.mutate(EditorUpdateSessionDocument, { id, input }, 'updateSession');
  }

  async cancelSession(id: string): Promise<void> {
    await this.mutate(EditorCancelSessionDocument, { id }, 'cancelSession');
  }

  private async mutate<TData, TVariables extends Record<string, unknown>>(
    mutation: import('@apollo/client').TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    name: string,
  ): Promise<TData> {
    const result = await firstValueFrom(
      // Apollo's options type makes `variables` required or optional depending on TVariables; a generic
      // helper cannot prove which, so the options are asserted to the type Apollo itself declares.
      this.apollo.mutate<TData, TVariables>({ mutation, variables } as Apollo.MutateOptions<
        TData,
        TVariables
      >),
    );
    if (!result.data) throw result.error ?? new Error(`${name} returned no data`);
    return result.data;
  }
}
