import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, Repository } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { firstRow } from '../../core/database/first-row';
import { BadUserInputError, NotFoundError } from '../../core/graphql/errors';
import { CatalogueAccessService } from './catalogue-access.service';
import { deleteUnusedFiles, fileProblem } from './course-file-usage';
import type { CourseEntity } from './course.entity';
import type { AddLessonInput, UpdateLessonInput } from './dto/lesson.input';
import { LessonEntity, LessonProgressEntity } from './lesson.entity';

/** A course's lessons: adding, changing, removing and ordering them, and her progress through them. */
@Injectable()
export class LessonsService {
  constructor(
    @InjectRepository(LessonEntity) private readonly lessons: Repository<LessonEntity>,
    @InjectRepository(LessonProgressEntity) private readonly progress: Repository<LessonProgressEntity>,
    private readonly dataSource: DataSource,
    private readonly access: CatalogueAccessService,
  ) {}

  async addLesson(principal: Principal, input: AddLessonInput): Promise<LessonEntity> {
    await this.access.editableCourse(principal, input.courseId);
    const source = lessonSource(input.kind, { url: null, fileId: null }, input);
    return this.dataSource.transaction(async (manager) => {
      // The course row lock serialises position numbering.
      await this.access.editableCourse(principal, input.courseId, 'catalogue.courseNotFound', manager);
      if (source.fileId) {
        const problem = await fileProblem(manager, 'fileId', input.courseId, source.fileId, 'lesson');
        if (problem) throw problem;
      }
      const { next } = firstRow(
        (await manager.query(
          'SELECT COALESCE(MAX(position), 0) + 1 AS next FROM lessons WHERE course_id = $1',
          [input.courseId],
        )) as { next: number }[],
        'the next lesson position',
      );
      return manager.save(
        manager.create(LessonEntity, {
          courseId: input.courseId,
          position: next,
          kind: input.kind,
          title: input.title,
          body: input.body ?? '',
          url: source.url,
          fileId: source.fileId,
        }),
      );
    });
  }

  async updateLesson(principal: Principal, id: string, input: UpdateLessonInput): Promise<LessonEntity> {
    const lesson = await this.access.editableLesson(principal, id);
    if (input.kind != null) lesson.kind = input.kind;
    if (input.title != null) lesson.title = input.title;
    if (input.body !== undefined) lesson.body = input.body ?? '';
    const previousFile = lesson.fileId;
    Object.assign(lesson, lessonSource(lesson.kind, lesson, input));
    if (lesson.fileId === previousFile) return this.lessons.save(lesson);
    return this.dataSource.transaction(async (manager) => {
      if (lesson.fileId) {
        const problem = await fileProblem(manager, 'fileId', lesson.courseId, lesson.fileId, 'lesson');
        if (problem) throw problem;
      }
      const saved = await manager.save(lesson);
      // The file it had is deleted unless something else uses it.
      await deleteUnusedFiles(manager, [previousFile]);
      return saved;
    });
  }

  async removeLesson(principal: Principal, id: string): Promise<CourseEntity> {
    const lesson = await this.access.editableLesson(principal, id);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(LessonEntity, { id: lesson.id });
      await deleteUnusedFiles(manager, [lesson.fileId]);
    });
    return this.access.editableCourse(principal, lesson.courseId);
  }

  /** `lessonIds` must list every lesson of the course exactly once, in the new order. */
  async reorderLessons(principal: Principal, courseId: string, lessonIds: string[]): Promise<CourseEntity> {
    await this.access.editableCourse(principal, courseId);
    return this.dataSource.transaction(async (manager) => {
      const course = await this.access.editableCourse(
        principal,
        courseId,
        'catalogue.courseNotFound',
        manager,
      );
      const current = await manager.find(LessonEntity, { where: { courseId }, select: { id: true } });
      const known = new Set(current.map((l) => l.id));
      if (
        lessonIds.length !== known.size ||
        new Set(lessonIds).size !== lessonIds.length ||
        !lessonIds.every((id) => known.has(id))
      ) {
        throw BadUserInputError.field('lessonIds', 'catalogue.lessonOrderMismatch');
      }
      // Negate first so the unique (course, position) never sees two lessons at one position.
      await manager.query('UPDATE lessons SET position = -position WHERE course_id = $1', [courseId]);
      await manager.query(
        `UPDATE lessons l SET position = v.pos
           FROM unnest($1::uuid[]) WITH ORDINALITY AS v(id, pos)
          WHERE l.id = v.id AND l.course_id = $2`,
        [lessonIds, courseId],
      );
      return course;
    });
  }

  async completeLesson(principal: Principal, lessonId: string): Promise<CourseEntity> {
    const lesson = isUUID(lessonId) ? await this.lessons.findOneBy({ id: lessonId }) : null;
    if (!lesson) throw new NotFoundError('catalogue.lessonNotFound');
    const course = await this.access.visibleCourse(principal, lesson.courseId, 'catalogue.lessonNotFound');
    await this.progress
      .createQueryBuilder()
      .insert()
      .values({ lessonId: lesson.id, userId: principal.userId })
      .orIgnore()
      .execute();
    return course;
  }
}

/**
 * Where a lesson's material comes from after a change: a link needs a URL; a file lesson has an uploaded
 * file or a URL, and the one given now replaces the other; other kinds have no file (switching a lesson
 * away from "file" lets its file go).
 */
function lessonSource(
  kind: LessonEntity['kind'],
  current: { url: string | null; fileId: string | null },
  input: { url?: string | null; fileId?: string | null },
): { url: string | null; fileId: string | null } {
  let url = input.url !== undefined ? input.url || null : current.url;
  let fileId = input.fileId !== undefined ? input.fileId || null : current.fileId;
  if (input.fileId && input.url === undefined) url = null;
  if (input.url && input.fileId === undefined) fileId = null;
  if (kind !== 'file' && input.fileId === undefined) fileId = null;
  if (kind !== 'file' && fileId) throw BadUserInputError.field('fileId', 'catalogue.fileOnlyForFileLessons');
  if (kind === 'file' && fileId && url) throw BadUserInputError.field('fileId', 'catalogue.fileOrUrl');
  if (kind === 'file' && !fileId && !url)
    throw BadUserInputError.field('fileId', 'catalogue.fileOrUrlRequired');
  if (kind === 'link' && !url) throw BadUserInputError.field('url', 'catalogue.linkUrlRequired');
  return { url, fileId };
}
