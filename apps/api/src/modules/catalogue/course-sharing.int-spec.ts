import { catalogueWorld, marker, type CatalogueWorld } from '../../../test/catalogue-fixtures';
import { codes } from '../../../test/harness';
import { CourseSharingService } from './course-sharing.service';

const SHARE = `mutation($id: ID!, $v: CourseVisibility!) { shareCourse(courseId: $id, visibility: $v) { id visibility } }`;
const VIEW = 'query($id: ID!) { course(id: $id) { id visibility } }';
const PROGRAMMES = `query($o: ID!) { ourProgrammes(organisationId: $o) { id title status visibility
  provider { id } coOrganisers { id } } }`;

describe(CourseSharingService.name, () => {
  let w: CatalogueWorld;
  beforeAll(async () => {
    w = await catalogueWorld();
  });
  afterAll(() => w.app.close());

  const share = (token: string, id: string, v: string, locale?: string) =>
    w.app.gql<{ shareCourse: { visibility: string } }>(SHARE, { id, v }, { token, locale });
  const sees = async (token: string, id: string) =>
    codes(await w.app.gql(VIEW, { id }, { token })).length === 0;
  const visibilityOf = async (id: string) =>
    (
      (await w.app.dataSource.query('SELECT visibility FROM courses WHERE id = $1', [id])) as {
        visibility: string;
      }[]
    )[0]?.visibility;

  it('lets the providing company share its course with its group, then everyone, then keep it in-house', async () => {
    const id = await w.app.course(w.providerAdmin.token, {
      providerOrganisationId: w.provider,
      title: `${marker()} 社内リーダー研修`,
      visibility: 'organisation',
    });
    expect(await sees(w.partnerLearner.token, id)).toBe(false);

    expect((await share(w.providerAdmin.token, id, 'company_group')).data?.shareCourse.visibility).toBe(
      'company_group',
    );
    // A member company of the provider's group sees it; a company outside the group does not.
    expect(await sees(w.partnerLearner.token, id)).toBe(true);
    expect(await sees(w.outsiderLearner.token, id)).toBe(false);

    expect(codes(await share(w.providerAdmin.token, id, 'public'))).toEqual([]);
    expect(await sees(w.outsiderLearner.token, id)).toBe(true);

    expect(codes(await share(w.providerAdmin.token, id, 'organisation'))).toEqual([]);
    expect(await sees(w.partnerLearner.token, id)).toBe(false);
    expect(await sees(w.providerLearner.token, id)).toBe(true);

    const audit = (await w.app.dataSource.query(
      `SELECT metadata FROM audit_log WHERE action = 'catalogue.course_shared' AND subject_id = $1 ORDER BY created_at`,
      [id],
    )) as { metadata: { from: string; to: string } }[];
    expect(audit.map((a) => a.metadata.to)).toEqual(['company_group', 'public', 'organisation']);
  });

  it('refuses sharing a course her company does not provide, in her language, and changes nothing', async () => {
    const id = await w.app.course(w.staff.token, {
      providerOrganisationId: w.city,
      title: `${marker()} 市の講座`,
    });
    const ja = await share(w.outsiderAdmin.token, id, 'company_group');
    expect(codes(ja)).toEqual(['FORBIDDEN']);
    expect(ja.errors?.[0]?.message).toContain('あなたの組織が提供する講座ではない');
    const en = await share(w.outsiderAdmin.token, id, 'organisation', 'en');
    expect(en.errors?.[0]?.message).toContain('not provided by your organisation');
    expect(await visibilityOf(id)).toBe('public');
  });

  it('refuses a co-organiser (共催), through shareCourse and updateCourse alike', async () => {
    const id = await w.app.course(w.providerAdmin.token, {
      providerOrganisationId: w.provider,
      title: `${marker()} 共催講座`,
      coOrganiserIds: [w.city],
    });
    expect(codes(await share(w.staff.token, id, 'organisation'))).toEqual(['FORBIDDEN']);
    const update = await w.app.gql(
      'mutation($id: ID!) { updateCourse(id: $id, input: { visibility: organisation }) { id } }',
      { id },
      { token: w.staff.token },
    );
    expect(codes(update)).toEqual(['FORBIDDEN']);
    expect(await visibilityOf(id)).toBe('public');
    // Her other edits still go through.
    const summary = await w.app.gql(
      'mutation($id: ID!) { updateCourse(id: $id, input: { summary: "共催団体が更新" }) { id } }',
      { id },
      { token: w.staff.token },
    );
    expect(codes(summary)).toEqual([]);
  });

  it("lists an organisation's programmes: provided ones (drafts too) first, then co-organised ones", async () => {
    const m = marker();
    const draft = await w.app.course(
      w.providerAdmin.token,
      { providerOrganisationId: w.provider, title: `${m} A 下書き` },
      { publish: false },
    );
    const cohosted = await w.app.course(w.staff.token, {
      providerOrganisationId: w.city,
      title: `${m} B 市の講座`,
      coOrganiserIds: [w.provider],
    });
    const cohostedDraft = await w.app.course(
      w.staff.token,
      { providerOrganisationId: w.city, title: `${m} C 市の下書き`, coOrganiserIds: [w.provider] },
      { publish: false },
    );
    const result = await w.app.gql<{ ourProgrammes: { id: string; provider: { id: string } }[] }>(
      PROGRAMMES,
      { o: w.provider },
      { token: w.providerAdmin.token },
    );
    expect(codes(result)).toEqual([]);
    const ids = result.data?.ourProgrammes.map((c) => c.id) ?? [];
    expect(ids).toContain(draft);
    expect(ids).toContain(cohosted);
    // A company admin of a co-organiser is not its editor: the city's draft stays hidden from her.
    expect(ids).not.toContain(cohostedDraft);
    const firstCoOrganised = result.data?.ourProgrammes.findIndex((c) => c.provider.id !== w.provider) ?? -1;
    expect(
      result.data?.ourProgrammes.slice(firstCoOrganised).every((c) => c.provider.id !== w.provider),
    ).toBe(true);
  });
});
