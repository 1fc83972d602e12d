import { seminarSession, type SessionOptions } from '../seminar-fixtures';
import type { AuthzContext, Case } from './matrix';

/** A session of a course provided by orgA and co-organised by orgCo. */
export function organisedSession(
  c: AuthzContext,
  options: Omit<SessionOptions, 'providerOrganisationId'> = {},
) {
  return seminarSession(c.app, { providerOrganisationId: c.orgA, coOrganiserIds: [c.orgCo], ...options });
}

/** Who may edit a course (and run its sessions' editing): its provider's staff and co-organisers' staff. */
export const EDITOR_CASES: readonly Case[] = [
  { as: 'staffA', expect: 'ok', why: 'allowed: staff of the provider' },
  { as: 'staffCo', expect: 'ok', why: 'allowed: staff of a co-organiser (共催)' },
  {
    as: 'staffB',
    expect: 'FORBIDDEN',
    why: 'staff of another organisation: neither provider nor co-organiser',
  },
  { as: 'admin', expect: 'ok', why: 'allowed: platform admin' },
  { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
  { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'other organisation' },
  { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
];

/** Operations that run a session (roster, lottery, check-in, attendance): its organisers only. */
export const ORGANISER_CASES: readonly Case[] = [
  { as: 'staffA', expect: 'ok', why: 'allowed: staff of the provider' },
  { as: 'staffCo', expect: 'ok', why: 'allowed: staff of a co-organiser (共催)' },
  { as: 'admin', expect: 'ok', why: 'allowed: platform admin' },
  { as: 'staffB', expect: 'FORBIDDEN', why: 'staff of another organisation' },
  { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'other organisation: a company admin elsewhere' },
  { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
  { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
];

export interface CatalogueFixture {
  course: string;
  lesson: string;
  session: string;
  draft: string;
  draftSession: string;
  restrictedLesson: string;
}

/**
 * Fresh catalogue data of orgA (co-organised by orgCo), made by its staff through the API: a published
 * public course with a lesson and a session, a draft with a session, and an organisation-only course
 * with a lesson.
 */
export async function catalogueFixture(c: AuthzContext): Promise<CatalogueFixture> {
  const token = c.users.staffA.token;
  const lessonOf = async (courseId: string) => {
    const added = await c.app.gql<{ addLesson: { id: string } }>(
      'mutation($i: AddLessonInput!) { addLesson(input: $i) { id } }',
      { i: { courseId, kind: 'text', title: '資料' } },
      { token },
    );
    if (!added.data) throw new Error(JSON.stringify(added.errors));
    return added.data.addLesson.id;
  };
  const coOrganiserIds = [c.orgCo];
  const course = await c.app.course(token, {
    providerOrganisationId: c.orgA,
    title: '公開講座',
    coOrganiserIds,
  });
  const draft = await c.app.course(
    token,
    { providerOrganisationId: c.orgA, title: '下書き', coOrganiserIds },
    { publish: false },
  );
  const restricted = await c.app.course(token, {
    providerOrganisationId: c.orgA,
    title: '市内限定講座',
    visibility: 'organisation',
    coOrganiserIds,
  });
  return {
    course,
    lesson: await lessonOf(course),
    session: await c.app.session(token, course),
    draft,
    draftSession: await c.app.session(token, draft),
    restrictedLesson: await lessonOf(restricted),
  };
}

/** `learner` enrolled in a fresh session of orgA's; returns the enrolment's id. */
export async function enrolmentOf(
  c: AuthzContext,
  learner: { token: string },
  options: Omit<SessionOptions, 'providerOrganisationId'> = {},
): Promise<{ enrolmentId: string; sessionId: string; meetingIds: string[] }> {
  const fixture = await organisedSession(c, options);
  const result = await c.app.gql<{ enrol: { id: string } }>(
    'mutation($s: ID!) { enrol(input: { sessionId: $s }) { id } }',
    { s: fixture.sessionId },
    { token: learner.token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { enrolmentId: result.data.enrol.id, sessionId: fixture.sessionId, meetingIds: fixture.meetingIds };
}

/** A new session's input for `courseId`, its one meeting a month ahead. */
export function sessionInput(courseId: string) {
  const start = Date.now() + 30 * 24 * 60 * 60 * 1000;
  const iso = (t: number) => new Date(t).toISOString();
  return {
    courseId,
    venueName: '会場',
    capacity: 10,
    registrationOpensAt: iso(Date.now()),
    registrationClosesAt: iso(start - 2 * 24 * 60 * 60 * 1000),
    cancellationDeadline: iso(start - 24 * 60 * 60 * 1000),
    meetings: [{ startsAt: iso(start), endsAt: iso(start + 2 * 60 * 60 * 1000) }],
  };
}
