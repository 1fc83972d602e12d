import { appliedCompany, dataOf } from '../../../test/company-fixtures';
import {
  companyWithAdmin,
  CONFIRM,
  courseSession,
  employmentRow,
  enrolIn,
  linkedEmployee,
  PARTICIPATION,
  REQUEST,
  SET_CONSENT,
  type Participation,
} from '../../../test/employee-fixtures';
import { codes, TestApp, type TestUser } from '../../../test/harness';
import { CompanyEmploymentsService } from './company-employments.service';

const MINE =
  '{ myEmployments { id organisationId companyName status sharesParticipation allowsNomination } }';
const EMPLOYEES = `query($o: ID!, $s: EmploymentStatus) { companyEmployees(organisationId: $o, status: $s) {
  id userId familyName status } }`;
const END = 'mutation($id: ID!) { endEmployment(id: $id) { id status } }';
const INVITE = 'mutation($i: InviteEmployeeInput!) { inviteEmployee(input: $i) }';
const ACCEPT = 'mutation($id: ID!) { acceptEmploymentInvitation(id: $id) { id status } }';

describe(CompanyEmploymentsService.name, () => {
  let app: TestApp;
  let city: string;
  let staff: TestUser;
  let company: { id: string; admin: TestUser };
  let other: { id: string; admin: TestUser };

  beforeAll(async () => {
    app = await TestApp.create();
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
    company = await companyWithAdmin(app, city);
    other = await companyWithAdmin(app, city);
  });
  afterAll(() => app.close());

  const consent = (learner: TestUser, input: Record<string, unknown>, organisationId = company.id) =>
    app.gql(SET_CONSENT, { i: { organisationId, ...input } }, { token: learner.token });
  const participation = async (organisationId = company.id, token = company.admin.token) =>
    dataOf(
      await app.gql<{ companyParticipation: Participation }>(PARTICIPATION, { o: organisationId }, { token }),
    ).companyParticipation;

  it('shows her participation to the company only while she consents, and hides it at once when she revokes', async () => {
    const learner = await app.user();
    const linkId = await linkedEmployee(app, company.id, company.admin, learner);
    const employees = dataOf(
      await app.gql<{ companyEmployees: { id: string; status: string }[] }>(
        EMPLOYEES,
        { o: company.id, s: 'active' },
        { token: company.admin.token },
      ),
    ).companyEmployees;
    expect(employees.map((e) => [e.id, e.status])).toContainEqual([linkId, 'active']);

    const sessionId = await courseSession(app, staff, city, '管理職のための両立支援');
    const enrolmentId = await enrolIn(app, learner, sessionId);
    // Not shared yet (consent defaults to off): she is only in the counts.
    expect((await participation()).employees.map((e) => e.enrolmentId)).not.toContain(enrolmentId);

    expect(codes(await consent(learner, { sharesParticipation: true }))).toEqual([]);
    const shown = (await participation()).employees.find((e) => e.enrolmentId === enrolmentId);
    expect(shown).toMatchObject({
      courseTitle: '管理職のための両立支援',
      status: 'confirmed',
      completed: false,
    });

    expect(codes(await consent(learner, { sharesParticipation: false }))).toEqual([]);
    const after = await participation();
    expect(after.employees.map((e) => e.userId)).not.toContain(learner.id);
    // She is back among the others: one person, so her course's cells are hidden (a true 0 is shown).
    const course = after.others.courses.find((c) => c.courseTitle === '管理職のための両立支援');
    expect(course).toEqual({
      courseTitle: '管理職のための両立支援',
      enrolled: null,
      completed: 0,
      total: null,
    });
  });

  it('records every consent change and audit-logs who read whose participation', async () => {
    const learner = await app.user();
    await linkedEmployee(app, company.id, company.admin, learner);
    await enrolIn(app, learner, await courseSession(app, staff, city, '記録の確認'));
    await consent(learner, { sharesParticipation: true, allowsNomination: true });
    await consent(learner, { sharesParticipation: true }); // no change, no event
    await consent(learner, { allowsNomination: false });
    const events = (await app.dataSource.query(
      `SELECT field, value, by FROM company_consent_events WHERE organisation_id = $1 AND user_id = $2 ORDER BY at, field`,
      [company.id, learner.id],
    )) as { field: string; value: boolean; by: string }[];
    expect(events).toEqual([
      { field: 'allows_nomination', value: true, by: learner.id },
      { field: 'shares_participation', value: true, by: learner.id },
      { field: 'allows_nomination', value: false, by: learner.id },
    ]);
    // Her own record reads the same, newest first.
    const history = dataOf(
      await app.gql<{
        myConsentHistory: { organisationId: string; field: string; value: boolean; byHerself: boolean }[];
      }>('{ myConsentHistory { organisationId field value byHerself } }', {}, { token: learner.token }),
    ).myConsentHistory;
    expect(history[0]).toEqual({
      organisationId: company.id,
      field: 'allowsNomination',
      value: false,
      byHerself: true,
    });
    expect(history.map((h) => `${h.field}=${h.value}`).sort()).toEqual([
      'allowsNomination=false',
      'allowsNomination=true',
      'sharesParticipation=true',
    ]);
    await participation();
    const reads = (await app.dataSource.query(
      `SELECT actor_user_id, metadata FROM audit_log WHERE action = 'company_groups.participation_read' AND subject_id = $1`,
      [learner.id],
    )) as { actor_user_id: string; metadata: Record<string, unknown> }[];
    expect(reads).toEqual([
      { actor_user_id: company.admin.id, metadata: { organisationId: company.id, enrolments: 1 } },
    ]);
  });

  it('lists approved partner companies only, for her to choose her employer', async () => {
    const learner = await app.user();
    const unapproved = (await appliedCompany(app, (await app.user()).token, city)).organisationId;
    const listed = dataOf(
      await app.gql<{ partnerCompanies: { organisationId: string }[] }>(
        '{ partnerCompanies { organisationId name nameKana } }',
        {},
        { token: learner.token },
      ),
    ).partnerCompanies.map((c) => c.organisationId);
    expect(listed).toEqual(expect.arrayContaining([company.id, other.id]));
    expect(listed).not.toContain(unapproved);
  });

  it('never shows a count of 1–4 people, nor one the shown counts determine', async () => {
    const world = await companyWithAdmin(app, city);
    const big = await courseSession(app, staff, city, '大きな講座');
    const small = await courseSession(app, staff, city, '小さな講座');
    for (let i = 0; i < 6; i++) {
      const learner = await app.user();
      await employmentRow(app, world.id, learner.id);
      await enrolIn(app, learner, i < 5 ? big : small);
    }
    const { others } = await participation(world.id, world.admin.token);
    const shown = [
      ...others.courses.flatMap((c) => [c.enrolled, c.completed, c.total]),
      others.enrolledTotal,
      others.completedTotal,
      others.grandTotal,
    ].filter((v): v is number => v !== null);
    expect(shown.every((v) => v === 0 || v >= 5)).toBe(true);
    // The small course's 1 would follow from 6 − 5: so the big course's counts and the totals hide too.
    const smallRow = others.courses.find((c) => c.courseTitle === '小さな講座');
    expect(smallRow?.enrolled).toBeNull();
    expect(
      others.enrolledTotal === null || others.courses.some((c) => c !== smallRow && c.enrolled === null),
    ).toBe(true);
    expect(others.suppressedCount).toBeGreaterThan(2);
  });

  it("refuses another company's admin, and consent without an active link", async () => {
    const learner = await app.user();
    const requested = dataOf(
      await app.gql<{ requestEmployment: { id: string } }>(
        REQUEST,
        { o: company.id },
        { token: learner.token },
      ),
    ).requestEmployment;
    expect(codes(await app.gql(CONFIRM, { id: requested.id }, { token: other.admin.token }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await app.gql(PARTICIPATION, { o: company.id }, { token: other.admin.token }))).toEqual([
      'FORBIDDEN',
    ]);
    // Requested, not confirmed: no consent yet; nor for a company she has no link with.
    expect(codes(await consent(learner, { sharesParticipation: true }))).toEqual(['FORBIDDEN']);
    expect(codes(await consent(learner, { sharesParticipation: true }, other.id))).toEqual(['FORBIDDEN']);
  });

  it('refuses a second live link with CONFLICT, also when two requests race', async () => {
    const learner = await app.user();
    const results = await Promise.all(
      [1, 2].map(() => app.gql(REQUEST, { o: other.id }, { token: learner.token })),
    );
    expect(results.map((r) => codes(r)[0] ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    const again = await app.gql(REQUEST, { o: other.id }, { token: learner.token, locale: 'en' });
    expect(again.errors?.[0]?.message).toBe(
      'You already have a link, or a pending request, with this company.',
    );
  });

  it('turns her consent off when the link ends, and lets her link again', async () => {
    const learner = await app.user();
    const linkId = await linkedEmployee(app, company.id, company.admin, learner);
    await consent(learner, { sharesParticipation: true, allowsNomination: true });
    const employments = app.app.get(CompanyEmploymentsService);
    expect(await employments.allowsNomination(company.id, learner.id)).toBe(true);
    expect(codes(await app.gql(END, { id: linkId }, { token: learner.token }))).toEqual([]);
    expect(await employments.isEmployee(company.id, learner.id)).toBe(false);
    expect(await employments.allowsNomination(company.id, learner.id)).toBe(false);
    const mine = dataOf(
      await app.gql<{ myEmployments: Record<string, unknown>[] }>(MINE, {}, { token: learner.token }),
    );
    expect(mine.myEmployments).toEqual([
      expect.objectContaining({
        id: linkId,
        status: 'ended',
        sharesParticipation: false,
        allowsNomination: false,
      }),
    ]);
    expect(codes(await app.gql(REQUEST, { o: company.id }, { token: learner.token }))).toEqual([]);
  });

  it('tells her company whether she lets it nominate her, and nothing of her consent to another company', async () => {
    const learner = await app.user();
    const linkId = await linkedEmployee(app, company.id, company.admin, learner);
    await linkedEmployee(app, other.id, other.admin, learner);
    const flag = async (organisationId: string, token: string) =>
      dataOf(
        await app.gql<{ companyEmployees: { id: string; userId: string; allowsNomination: boolean }[] }>(
          `query($o: ID!) { companyEmployees(organisationId: $o, status: active) { id userId allowsNomination } }`,
          { o: organisationId },
          { token },
        ),
      ).companyEmployees.find((e) => e.userId === learner.id)?.allowsNomination;
    expect(await flag(company.id, company.admin.token)).toBe(false);
    await consent(learner, { allowsNomination: true }, other.id);
    expect(await flag(company.id, company.admin.token)).toBe(false);
    expect(await flag(other.id, other.admin.token)).toBe(true);
    await consent(learner, { allowsNomination: true });
    expect(await flag(company.id, company.admin.token)).toBe(true);
    await consent(learner, { allowsNomination: false });
    expect(await flag(company.id, company.admin.token)).toBe(false);
    expect(codes(await app.gql(END, { id: linkId }, { token: learner.token }))).toEqual([]);
    expect(await flag(company.id, company.admin.token)).toBeUndefined();
  });

  it('invites an account by email address without revealing whether it exists', async () => {
    const learner = await app.user();
    const invite = (email: string) =>
      app.gql(INVITE, { i: { organisationId: company.id, email } }, { token: company.admin.token });
    const known = await invite(learner.email.toUpperCase());
    const unknown = await invite('nobody-here@test.tsunagu.jp');
    expect(known).toEqual(unknown);
    expect(known.data).toEqual({ inviteEmployee: true });
    expect(await invite(learner.email)).toEqual(unknown); // a live link already: still the same answer
    const mine = dataOf(
      await app.gql<{ myEmployments: { id: string; status: string }[] }>(MINE, {}, { token: learner.token }),
    ).myEmployments;
    expect(mine.map((m) => m.status)).toEqual(['invited']);
    const accepted = await app.gql(ACCEPT, { id: mine[0]?.id }, { token: learner.token });
    expect(accepted.data).toEqual({ acceptEmploymentInvitation: { id: mine[0]?.id, status: 'active' } });
    expect(codes(await app.gql(ACCEPT, { id: mine[0]?.id }, { token: company.admin.token }))).toEqual([
      'FORBIDDEN',
    ]);
  });
});
