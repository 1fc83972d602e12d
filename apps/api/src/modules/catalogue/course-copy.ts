import { SEMINAR_LIMITS } from '@tsunagu/shared/domain';
import type { EntityManager } from 'typeorm';
import { CourseCoOrganiserEntity } from './course-co-organiser.entity';
import { CourseEntity } from './course.entity';
import { LessonEntity } from './lesson.entity';

/**
 * A draft copy of a course (e.g. for next year's term): its content, tags, visibility, co-organisers,
 * lessons in order and the files they and the cover use (copied, since files belong to their course).
 * Sessions are not copied: each term has its own dates (the editor copies a session into a form).
 */
export async function copyCourse(
  manager: EntityManager,
  source: CourseEntity,
  title: string | null | undefined,
  actorUserId: string,
): Promise<CourseEntity> {
  const copy = await manager.save(
    manager.create(CourseEntity, {
      providerOrganisationId: source.providerOrganisationId,
      title: title || `${source.title}（コピー）`.slice(0, SEMINAR_LIMITS.title.max),
      summary: source.summary,
      description: source.description,
      category: source.category,
      audienceNotes: source.audienceNotes,
      visibility: source.visibility,
      status: 'draft',
      tags: source.tags,
      coverImageUrl: source.coverImageUrl,
      coverFileId: null,
      createdById: actorUserId,
      publishedAt: null,
    }),
  );
  const fileIds = new Map<string, string>();
  const copyFile = async (id: string | null): Promise<string | null> => {
    if (!id) return null;
    let copied = fileIds.get(id);
    if (!copied) {
      const [row] = (await manager.query(
        `INSERT INTO course_files (course_id, purpose, filename, content_type, size_bytes, sha256, data, uploaded_by_id)
         SELECT $1, purpose, filename, content_type, size_bytes, sha256, data, $3
           FROM course_files WHERE id = $2 AND course_id = $4
         RETURNING id`,
        [copy.id, id, actorUserId, source.id],
      )) as { id: string }[];
      copied = row.id;
      fileIds.set(id, copied);
    }
    return copied;
  };
  if (source.coverFileId) {
    copy.coverFileId = await copyFile(source.coverFileId);
    await manager.update(CourseEntity, { id: copy.id }, { coverFileId: copy.coverFileId });
  }
  const lessons = await manager.find(LessonEntity, {
    where: { courseId: source.id },
    order: { position: 'ASC' },
  });
  for (const lesson of lessons) {
    await manager.insert(LessonEntity, {
      courseId: copy.id,
      position: lesson.position,
      kind: lesson.kind,
      title: lesson.title,
      body: lesson.body,
      url: lesson.url,
      fileId: await copyFile(lesson.fileId),
    });
  }
  const coOrganisers = await manager.find(CourseCoOrganiserEntity, {
    where: { courseId: source.id },
    order: { position: 'ASC' },
  });
  if (coOrganisers.length) {
    await manager.insert(
      CourseCoOrganiserEntity,
      coOrganisers.map((c) => ({
        courseId: copy.id,
        organisationId: c.organisationId,
        position: c.position,
        addedById: actorUserId,
      })),
    );
  }
  return copy;
}
