import type { CourseFilePurpose } from '@tsunagu/shared/domain';
import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../core/graphql/errors';
import { CourseFileEntity } from './course-file.entity';

/** SQL on the file alias `f`: no lesson and no course cover uses it. */
export const NOT_IN_USE = `NOT EXISTS (SELECT 1 FROM lessons l WHERE l.file_id = f.id)
  AND NOT EXISTS (SELECT 1 FROM courses c WHERE c.cover_file_id = f.id)`;

/** Deletes those of the files that no lesson and no course cover uses any more. */
export async function deleteUnusedFiles(manager: EntityManager, ids: (string | null)[]): Promise<void> {
  const wanted = ids.filter((id): id is string => !!id);
  if (!wanted.length) return;
  await manager.query(`DELETE FROM course_files f WHERE f.id = ANY($1::uuid[]) AND ${NOT_IN_USE}`, [wanted]);
}

/**
 * A file of the course with the purpose, for a lesson or the cover: a field problem when it is not
 * (another course's file reads the same as no file, so nothing is revealed about other courses).
 */
export async function fileProblem(
  manager: EntityManager,
  field: string,
  courseId: string,
  fileId: string,
  purpose: CourseFilePurpose,
): Promise<BadUserInputError | null> {
  const file = await manager.findOne(CourseFileEntity, {
    where: { id: fileId },
    select: { id: true, courseId: true, purpose: true },
  });
  if (!file || file.courseId !== courseId) return BadUserInputError.field(field, 'catalogue.fileNotOfCourse');
  if (file.purpose !== purpose) return BadUserInputError.field(field, 'catalogue.fileWrongPurpose');
  return null;
}
