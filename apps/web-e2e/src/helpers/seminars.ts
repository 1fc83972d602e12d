import type { APIRequestContext } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, uniqueEmail } from './accounts';
import { apiSignIn, graphql } from './graphql';

const DAY = 24 * 60 * 60 * 1000;
const iso = (t: number) => new Date(t).toISOString();

export interface NewLearner {
  email: string;
  token: string;
  name: string;
}

/** A new account through the API (each test makes its own, so no demo account is shared). */
export async function apiNewLearner(
  request: APIRequestContext,
  familyName = '受講',
  givenName = '花子',
): Promise<NewLearner> {
  const email = uniqueEmail('seminar');
  const data = await graphql<{ signUp: { accessToken: string } }>(
    request,
    'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
    {
      input: {
        email,
        password: DEMO_PASSWORD,
        familyName,
        givenName,
        familyNameKana: 'ジュコウ',
        givenNameKana: 'ハナコ',
      },
    },
  );
  return { email, token: data.signUp.accessToken, name: `${familyName} ${givenName}` };
}

/** The id of the organisation where the demo staff member is staff (the city). */
export async function demoStaffOrganisation(
  request: APIRequestContext,
): Promise<{ id: string; token: string }> {
  const token = await apiSignIn(request, DEMO.staff.email);
  const me = await graphql<{ me: { memberships: { role: string; organisation: { id: string } }[] } }>(
    request,
    '{ me { memberships { role organisation { id } } } }',
    {},
    token,
  );
  return { id: me.me.memberships.find((m) => m.role === 'staff')!.organisation.id, token };
}

/**
 * A published public course with one session, made through the API by the given editor (the demo
 * staff member unless a token and organisation are given). The category is one no demo course uses, so
 * the catalogue's seeded counts stay as they are. Returns the session and course ids and the title.
 */
export async function apiSeminar(
  request: APIRequestContext,
  session: Record<string, unknown> = {},
  options: { title?: string; token?: string; organisationId?: string; meetings?: number } = {},
): Promise<{ sessionId: string; courseId: string; title: string }> {
  const editor =
    options.token && options.organisationId
      ? { token: options.token, id: options.organisationId }
      : await demoStaffOrganisation(request);
  const title = options.title ?? `E2E 講座 ${Math.random().toString(36).slice(2, 7)}`;
  const course = await graphql<{ createCourse: { id: string } }>(
    request,
    'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
    {
      input: {
        providerOrganisationId: editor.id,
        title,
        category: 'other',
        summary: 'E2E のための講座です。',
      },
    },
    editor.token,
  );
  await graphql(
    request,
    'mutation ($id: ID!) { publishCourse(id: $id) { id } }',
    { id: course.createCourse.id },
    editor.token,
  );
  const start = Date.now() + 20 * DAY;
  const created = await graphql<{ createSession: { id: string } }>(
    request,
    'mutation ($input: CreateSessionInput!) { createSession(input: $input) { id } }',
    {
      input: {
        courseId: course.createCourse.id,
        title: '第1期',
        venueName: '小美玉市生涯学習センター コスモス',
        venueAddress: '茨城県小美玉市中延651-1',
        capacity: 10,
        registrationOpensAt: iso(Date.now() - DAY),
        registrationClosesAt: iso(start - 5 * DAY),
        cancellationDeadline: iso(start - 2 * DAY),
        meetings: Array.from({ length: options.meetings ?? 1 }, (_, i) => ({
          startsAt: iso(start + i * 7 * DAY),
          endsAt: iso(start + i * 7 * DAY + 2 * 3600_000),
        })),
        ...session,
      },
    },
    editor.token,
  );
  return { sessionId: created.createSession.id, courseId: course.createCourse.id, title };
}

export async function apiEnrol(
  request: APIRequestContext,
  token: string,
  sessionId: string,
  childcare: { ages: number[]; ifFull?: 'WAIT' | 'WITHOUT_CHILDCARE' } | null = null,
): Promise<{ id: string; status: string; waitlistPosition: number | null }> {
  const data = await graphql<{ enrol: { id: string; status: string; waitlistPosition: number | null } }>(
    request,
    'mutation ($input: EnrolInput!) { enrol(input: $input) { id status waitlistPosition } }',
    {
      input: {
        sessionId,
        childcare: !!childcare,
        childAgesMonths: childcare?.ages ?? [],
        ...(childcare?.ifFull ? { ifChildcareFull: childcare.ifFull } : {}),
      },
    },
    token,
  );
  return data.enrol;
}

/**
 * A new organisation (made by the platform admin) with a new staff member of its own, invited and
 * signed up through the API: for tests that change what an organisation publishes without touching
 * the demo organisations other tests read.
 */
export async function apiOrganisationWithStaff(
  request: APIRequestContext,
  name: string,
): Promise<{ organisationId: string; staff: NewLearner }> {
  const adminToken = await apiSignIn(request, DEMO.admin.email);
  const org = await graphql<{ createOrganisation: { id: string } }>(
    request,
    'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { name, kind: 'npo', prefecture: '茨城県' } },
    adminToken,
  );
  const organisationId = org.createOrganisation.id;
  const staff = await apiNewLearner(request, '事務', '局子');
  const invited = await graphql<{ inviteMember: { token: string } }>(
    request,
    'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }',
    { input: { organisationId, email: staff.email, role: 'staff' } },
    adminToken,
  );
  await graphql(
    request,
    'mutation ($token: String!) { acceptInvitation(token: $token) { id } }',
    { token: invited.inviteMember.token },
    staff.token,
  );
  // A fresh token: roles are read per request, but sign in again so the test holds a normal session.
  return { organisationId, staff: { ...staff, token: await apiSignIn(request, staff.email) } };
}
