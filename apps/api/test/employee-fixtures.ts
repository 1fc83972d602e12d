import { companyRow, dataOf } from './company-fixtures';
import { enrolAs } from './enrolment-fixtures';
import type { TestApp, TestUser } from './harness';

/** Shared by the company-employees integration specs and authorization rows. */

export const REQUEST = 'mutation($o: ID!) { requestEmployment(organisationId: $o) { id status } }';
export const CONFIRM = 'mutation($id: ID!) { confirmEmployment(id: $id) { id status } }';
export const SET_CONSENT = `mutation($i: SetCompanyConsentInput!) {
  setCompanyConsent(input: $i) { id sharesParticipation allowsNomination } }`;
export const PARTICIPATION = `query($o: ID!) { companyParticipation(organisationId: $o) {
  employees { enrolmentId userId familyName courseTitle status attendedMeetings completed certificateIssuedAt }
  others { courses { courseTitle enrolled completed total } enrolledTotal completedTotal grandTotal minimum suppressedCount } } }`;

export interface Participation {
  employees: {
    enrolmentId: string;
    userId: string;
    courseTitle: string;
    status: string;
    completed: boolean;
  }[];
  others: {
    courses: {
      courseTitle: string;
      enrolled: number | null;
      completed: number | null;
      total: number | null;
    }[];
    enrolledTotal: number | null;
    completedTotal: number | null;
    grandTotal: number | null;
    minimum: number;
    suppressedCount: number;
  };
}

/** An approved company (secretariat `city`) and its company admin. */
export async function companyWithAdmin(app: TestApp, city: string): Promise<{ id: string; admin: TestUser }> {
  const id = await companyRow(app, city);
  return { id, admin: await app.user({ roles: [[id, 'company_admin']] }) };
}

/** A link as a fixture row (any state), with her consent if given. Returns the link's id. */
export async function employmentRow(
  app: TestApp,
  organisationId: string,
  userId: string,
  options: { status?: string; shares?: boolean } = {},
): Promise<string> {
  const [row] = (await app.dataSource.query(
    `INSERT INTO company_employments (organisation_id, user_id, status) VALUES ($1, $2, $3) RETURNING id`,
    [organisationId, userId, options.status ?? 'active'],
  )) as { id: string }[];
  if (!row) throw new Error('no employment written');
  if (options.shares !== undefined)
    await app.dataSource.query(
      `INSERT INTO company_participation_consents (organisation_id, user_id, shares_participation)
       VALUES ($1, $2, $3)`,
      [organisationId, userId, options.shares],
    );
  return row.id;
}

/** She asks, the company's admin confirms: through the API. Returns the link's id. */
export async function linkedEmployee(
  app: TestApp,
  organisationId: string,
  admin: TestUser,
  learner: TestUser,
) {
  const requested = dataOf(
    await app.gql<{ requestEmployment: { id: string } }>(
      REQUEST,
      { o: organisationId },
      { token: learner.token },
    ),
  ).requestEmployment;
  dataOf(await app.gql(CONFIRM, { id: requested.id }, { token: admin.token }));
  return requested.id;
}

/** A first-come session of a fresh course by `staff` of `city`, starting in 10 days. */
export async function courseSession(app: TestApp, staff: TestUser, city: string, title: string) {
  const courseId = await app.course(staff.token, { providerOrganisationId: city, title });
  return app.session(staff.token, courseId, {}, { startsInDays: 10 });
}

export async function enrolIn(app: TestApp, learner: TestUser, sessionId: string): Promise<string> {
  return dataOf(await enrolAs(app, learner, { sessionId })).enrol.id;
}
