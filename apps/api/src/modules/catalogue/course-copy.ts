import { LIMITS } from '@tsunagu/shared/domain';
import type { EntityManager } from 'typeorm';
import { firstRow } from '../../core/database/first-row';
import { CourseCoOrganiserEntity } from './course-co-organiser.entity';
import { CourseEntity } from './course.entity';
import { LessonEntity } from './lesson.entity';
import { newLotterySeed } from './lottery-commitment';
import { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';

/**
 * A draft copy of a course (e.g. for next year's term): its content, tags, visibility, co-organisers,
 * lessons in order and the files they and the cover use (copied, since files belong to their course).
 * Its scheduled sessions are copied too when `sessionsShiftDays` is given, every date moved by that many
 * days (364 keeps the weekday, for next year's term), with no one enrolled and, for lotteries, a new seed.
 */
export async function copyCourse(
  manager: EntityManager,
  source: CourseEntity,
  options: { title?: string | null; sessionsShiftDays?: number | null },
  actorUserId: string,
): Promise<CourseEntity> {
  const title = options.title;
  const copy = await manager.save(
    manager.create(CourseEntity, {
      providerOrganisationId: source.providerOrganisationId,
      title: title || `${source.title}（コピー）`.slice(0, LIMITS.course.title.max),
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
      const row = firstRow(
        (await manager.query(
          `INSERT INTO course_files (course_id, purpose, filename, content_type, size_bytes, sha256, data, uploaded_by_id)
         SELECT $1, purpose, filename, content_type, size_bytes, sha256, data, $3
           FROM course_files WHERE id = $2 AND course_id = $4
         RETURNING id`,
          [copy.id, id, actorUserId, source.id],
        )) as { id: string }[],
        'copying a course file',
      );
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
  if (options.sessionsShiftDays != null) {
    await copySessions(manager, source.id, copy.id, options.sessionsShiftDays);
  }
  return copy;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The scheduled sessions of one course into another, every date moved by `shiftDays`. A session whose
 * moved meetings would start in the past is left out (a session of two years ago copied a year on): it
 * could never be held, and a meeting in the past could be marked attended at once.
 */
async function copySessions(
  manager: EntityManager,
  fromCourseId: string,
  toCourseId: string,
  shiftDays: number,
): Promise<void> {
  const shift = (date: Date) => new Date(date.getTime() + shiftDays * DAY);
  const sessions = await manager.find(SessionEntity, {
    where: { courseId: fromCourseId, status: 'scheduled' },
    order: { registrationOpensAt: 'ASC', createdAt: 'ASC' },
  });
  for (const session of sessions) {
    const meetings = await manager.find(MeetingEntity, { where: { sessionId: session.id } });
    if (meetings.some((m) => shift(m.startsAt).getTime() < Date.now())) continue;
    // Everything but identity and the lottery's state (seats are the enrolment module's); a column added later is copied too.
    const {
      id: _id,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      drawnAt: _drawnAt,
      lotterySeed: _seed,
      lotteryCommitment: _commitment,
      ...details
    } = session;
    const copy = await manager.save(
      manager.create(SessionEntity, {
        ...details,
        courseId: toCourseId,
        registrationOpensAt: shift(session.registrationOpensAt),
        registrationClosesAt: shift(session.registrationClosesAt),
        cancellationDeadline: shift(session.cancellationDeadline),
        drawAt: session.drawAt ? shift(session.drawAt) : null,
        ...(session.registrationMode === 'lottery' ? newLotterySeed() : {}),
      }),
    );
    if (meetings.length) {
      await manager.insert(
        MeetingEntity,
        meetings.map((m) => ({ sessionId: copy.id, startsAt: shift(m.startsAt), endsAt: shift(m.endsAt) })),
      );
    }
    const questions = await manager.find(QuestionEntity, { where: { sessionId: session.id } });
    if (questions.length) {
      await manager.insert(
        QuestionEntity,
        questions.map((q) => ({
          sessionId: copy.id,
          position: q.position,
          kind: q.kind,
          label: q.label,
          choices: q.choices,
          required: q.required,
        })),
      );
    }
  }
}
