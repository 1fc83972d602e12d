import { demoRef, type DemoContext, type DemoData } from '../../core/registration/domain-registration';
import { DEMO_USER_IDS } from '../identity';
import { DEMO_ORGANISATION_IDS } from '../organisations';
import { DAY, DEMO_COURSES, HOUR, tokyo } from './catalogue.demo-courses';
import { CourseCoOrganiserEntity } from './course-co-organiser.entity';
import { CourseEntity } from './course.entity';
import { LessonEntity } from './lesson.entity';
import { newLotterySeed } from './lottery-commitment';
import { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';

export interface DemoSessionRef {
  id: string;
  registrationClosesAt: Date;
  meetings: { id: string; endsAt: Date }[];
}

/** The demo sessions written in this seed, by `<course title> / <session title>`. */
export const DEMO_SESSIONS = demoRef<ReadonlyMap<string, DemoSessionRef>>('catalogue.demoSessions');

export function demoSessionKey(courseTitle: string, sessionTitle: string): string {
  return `${courseTitle} / ${sessionTitle}`;
}

/**
 * The demo courses with their lessons, sessions, meetings and questions, unless the first course exists
 * (so a database seeded before the catalogue gets it too). Needs the demo organisations.
 */
export const catalogueDemoData: DemoData = {
  async seed({ manager, refs }: DemoContext): Promise<boolean> {
    const orgIds = refs.get(DEMO_ORGANISATION_IDS);
    const cityId = orgIds?.get('city');
    const first = DEMO_COURSES[0];
    if (!orgIds || !cityId || !first) return false;
    if (await manager.findOneBy(CourseEntity, { title: first.title, providerOrganisationId: cityId }))
      return false;
    const staffId = refs.get(DEMO_USER_IDS)?.get('staff@demo.tsunagu.jp') ?? null;
    const sessions = new Map<string, DemoSessionRef>();
    for (const demo of DEMO_COURSES) {
      const providerId = orgIds.get(demo.provider);
      if (!providerId) continue;
      const course = await manager.save(
        manager.create(CourseEntity, {
          providerOrganisationId: providerId,
          title: demo.title,
          summary: demo.summary,
          description: demo.description,
          category: demo.category,
          audienceNotes: demo.audienceNotes,
          visibility: demo.visibility ?? 'public',
          status: demo.draft ? 'draft' : 'published',
          tags: demo.tags,
          coverImageUrl: null,
          createdById: staffId,
          publishedAt: demo.draft ? null : new Date(),
        }),
      );
      for (const [i, key] of (demo.coOrganisers ?? []).entries()) {
        const organisationId = orgIds.get(key);
        if (organisationId) {
          await manager.insert(CourseCoOrganiserEntity, {
            courseId: course.id,
            organisationId,
            position: i + 1,
            addedById: staffId,
          });
        }
      }
      for (const [i, lesson] of (demo.lessons ?? []).entries()) {
        await manager.insert(LessonEntity, {
          courseId: course.id,
          position: i + 1,
          kind: lesson.kind,
          title: lesson.title,
          body: lesson.body ?? '',
          url: lesson.url ?? null,
        });
      }
      for (const demoSession of demo.sessions) {
        const meetings = demoSession.meetings.map(([months, day, hour, minute, hours]) => {
          const startsAt = tokyo(months, day, hour, minute);
          return { startsAt, endsAt: new Date(startsAt.getTime() + hours * HOUR) };
        });
        const firstStart = meetings[0]?.startsAt.getTime();
        if (firstStart === undefined) continue;
        const closes = new Date(firstStart - 7 * DAY);
        const session = await manager.save(
          manager.create(SessionEntity, {
            courseId: course.id,
            title: demoSession.title,
            venueName: demoSession.venueName ?? null,
            venueAddress: demoSession.venueAddress ?? null,
            accessNotes: demoSession.accessNotes ?? null,
            isOnline: demoSession.isOnline ?? false,
            onlineUrl: demoSession.onlineUrl ?? null,
            isOffsite: demoSession.isOffsite ?? false,
            capacity: demoSession.capacity,
            feeYen: demoSession.feeYen ?? null,
            childcareCapacity: demoSession.childcare?.seats ?? 0,
            childcareMinAgeMonths: demoSession.childcare?.minMonths ?? null,
            childcareMaxAgeMonths: demoSession.childcare?.maxMonths ?? null,
            // Open now; early enough before the close even when the first meeting is near.
            registrationOpensAt: new Date(Math.min(Date.now() - DAY, closes.getTime() - 14 * DAY)),
            registrationClosesAt: closes,
            cancellationDeadline: new Date(firstStart - 3 * DAY),
            registrationMode: demoSession.lottery ? 'lottery' : 'first_come',
            drawAt: demoSession.lottery ? new Date(closes.getTime() + DAY) : null,
            lotteryPriorities: demoSession.lottery ? ['member_of_provider', 'first_time'] : [],
            ...(demoSession.lottery ? newLotterySeed() : {}),
            completionRule: demoSession.completionMinMeetings ? 'at_least' : 'all',
            completionMinMeetings: demoSession.completionMinMeetings ?? null,
            status: 'scheduled',
          }),
        );
        const savedMeetings = await manager.save(
          meetings.map((m) => manager.create(MeetingEntity, { ...m, sessionId: session.id })),
        );
        sessions.set(demoSessionKey(demo.title, demoSession.title), {
          id: session.id,
          registrationClosesAt: session.registrationClosesAt,
          meetings: savedMeetings.map((m) => ({ id: m.id, endsAt: m.endsAt })),
        });
        for (const [i, question] of (demoSession.questions ?? []).entries()) {
          await manager.insert(QuestionEntity, {
            sessionId: session.id,
            position: i + 1,
            kind: question.kind,
            label: question.label,
            choices: question.choices ?? [],
            required: question.required ?? false,
          });
        }
      }
    }
    refs.set(DEMO_SESSIONS, sessions);
    return true;
  },
};
