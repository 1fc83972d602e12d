import { DataSource, EntityManager, In, Not } from 'typeorm';
import { groupByKey, type DataLoaderRegistry } from '../../core/graphql/dataloaders';
import { CourseCoOrganiserEntity } from './course-co-organiser.entity';

/**
 * Co-organiser ids of courses, in the order of `courseIds`; batched per request when `loaders` is given
 * (a list of sessions asks once for all their courses).
 */
export function coOrganiserIdsOf(
  db: DataSource | EntityManager,
  courseId: string,
  loaders?: DataLoaderRegistry,
): Promise<string[]> {
  const batch = async (courseIds: readonly string[]) =>
    groupByKey(
      courseIds,
      await db.getRepository(CourseCoOrganiserEntity).find({
        where: { courseId: In([...courseIds]) },
        select: { courseId: true, organisationId: true },
        order: { position: 'ASC' },
      }),
      (row) => row.courseId,
    ).map((rows) => rows.map((row) => row.organisationId));
  if (!loaders) return batch([courseId]).then(([ids]) => ids ?? []);
  return loaders.get<string, string[]>('catalogue.coOrganisersByCourse', batch).load(courseId);
}

/**
 * Makes `organisationIds` the course's co-organisers (inside the caller's transaction): the ones no longer
 * named are removed, new ones added; those kept keep who added them and when, and take their new place.
 */
export async function replaceCoOrganisers(
  manager: EntityManager,
  courseId: string,
  organisationIds: readonly string[],
  addedById: string,
): Promise<void> {
  await manager.delete(CourseCoOrganiserEntity, {
    courseId,
    ...(organisationIds.length ? { organisationId: Not(In([...organisationIds])) } : {}),
  });
  if (organisationIds.length) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(CourseCoOrganiserEntity)
      .values(
        organisationIds.map((organisationId, i) => ({
          courseId,
          organisationId,
          addedById,
          position: i + 1,
        })),
      )
      .orUpdate(['position'], ['course_id', 'organisation_id'])
      .execute();
  }
}
