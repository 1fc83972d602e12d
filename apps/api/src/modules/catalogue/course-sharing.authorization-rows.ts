import type { AuthorizationRows, AuthzContext } from '../../../test/authorization/matrix';
import { catalogueFixture } from '../../../test/authorization/seminar-builders';

const companyCourses = new WeakMap<AuthzContext, Promise<string>>();

/** A published course companyC provides, made once per matrix context by its company admin. */
function companyCourse(c: AuthzContext): Promise<string> {
  const made =
    companyCourses.get(c) ??
    c.app.course(c.users.companyAdminC.token, {
      providerOrganisationId: c.companyC,
      title: '社内リーダー研修',
      visibility: 'organisation',
    });
  companyCourses.set(c, made);
  return made;
}

/**
 * Shared programmes (course-sharing.service.ts): only the provider's side decides who a course is for.
 * `given: 'company'` is companyC's own course; otherwise orgA's public course, co-organised by orgCo.
 */
export const COURSE_SHARING_OPERATIONS: AuthorizationRows['operations'] = {
  'Mutation.shareCourse': {
    document: 'mutation($id: ID!) { shareCourse(courseId: $id, visibility: company_group) { visibility } }',
    request: async (c, { given }) => ({
      variables: { id: given === 'company' ? await companyCourse(c) : (await catalogueFixture(c)).course },
    }),
    cases: [
      {
        as: 'companyAdminC',
        expect: 'ok',
        why: 'allowed: a company admin of the providing company',
        given: 'company',
      },
      { as: 'staffA', expect: 'ok', why: 'allowed: staff of the provider' },
      { as: 'admin', expect: 'ok', why: 'allowed: platform admin' },
      {
        as: 'staffCo',
        expect: 'FORBIDDEN',
        why: "a co-organiser's staff: the provider decides who it is for",
      },
      {
        as: 'companyAdminC',
        expect: 'FORBIDDEN',
        why: 'other organisation: a course her company does not provide',
      },
      { as: 'staffB', expect: 'FORBIDDEN', why: 'other organisation: staff elsewhere' },
      { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
  'Query.ourProgrammes': {
    document: 'query($o: ID!) { ourProgrammes(organisationId: $o) { id visibility } }',
    request: (c, { given }) => ({ variables: { o: given === 'other company' ? c.orgA : c.companyC } }),
    cases: [
      { as: 'companyAdminC', expect: 'ok', why: 'allowed: a company admin of the company' },
      { as: 'admin', expect: 'ok', why: 'allowed: platform admin' },
      {
        as: 'companyAdminC',
        expect: 'FORBIDDEN',
        why: "other organisation: another organisation's programmes",
        given: 'other company',
      },
      { as: 'staffA', expect: 'FORBIDDEN', why: 'other organisation: staff of the city, not the company' },
      { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
      { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
    ],
  },
};
