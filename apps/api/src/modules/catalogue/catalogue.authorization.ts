import type { AuthorizationRows, Case, OperationRow, Variables } from '../../../test/authorization/matrix';
import {
  catalogueFixture,
  EDITOR_CASES,
  sessionInput,
  type CatalogueFixture,
} from '../../../test/authorization/seminar-builders';
import { COURSE_SHARING_OPERATIONS } from './course-sharing.authorization-rows';

/** A course-editing operation: its document, its variables on fresh catalogue data, the editors' cases. */
function editorRow(document: string, variables: (f: CatalogueFixture) => Variables): OperationRow {
  return {
    document,
    request: async (c) => ({ variables: variables(await catalogueFixture(c)) }),
    cases: EDITOR_CASES,
  };
}

/** On fresh catalogue data: `given` picks a fixture other than the row's default. */
function onFixture(
  variables: (f: CatalogueFixture, given: string | undefined) => Variables,
): OperationRow['request'] {
  return async (c, { given }) => ({ variables: variables(await catalogueFixture(c), given) });
}

const COPY_CASES: readonly Case[] = [
  { as: 'staffA', expect: 'ok', why: 'allowed: staff of the provider' },
  { as: 'admin', expect: 'ok', why: 'allowed: platform admin' },
  {
    as: 'staffCo',
    expect: 'FORBIDDEN',
    why: "a co-organiser's staff: the copy would be a course in the provider's name",
  },
  { as: 'staffB', expect: 'FORBIDDEN', why: 'staff of another organisation' },
  { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
  { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
];

/**
 * Who may call the catalogue's operations (run by modules/authorization.int-spec.ts). A course is edited
 * by its provider's staff (and company admins) and its co-organisers' staff; staff of any other
 * organisation are refused: editing a course she can see is FORBIDDEN, one she cannot see (a draft, a
 * restricted course) NOT_FOUND.
 */
export const AUTHORIZATION: AuthorizationRows = {
  operations: {
    ...COURSE_SHARING_OPERATIONS,
    'Query.catalogue': {
      public: true,
      document:
        '{ catalogue(filter: { limit: 5 }) { totalCount items { seatsLeft course { title } provider { name } } } }',
      cases: [
        { as: 'anonymous', expect: 'ok', why: 'allowed: the public catalogue' },
        { as: 'learnerA', expect: 'ok', why: 'allowed: plus what her organisations may see' },
      ],
    },
    'Query.course': {
      public: true,
      document: 'query($id: ID!) { course(id: $id) { title lessons { title } } }',
      request: onFixture((f, given) => ({ id: given === 'draft' ? f.draft : f.course })),
      cases: [
        { as: 'anonymous', expect: 'ok', why: 'allowed: a published public course' },
        {
          as: 'companyAdminC',
          expect: 'NOT_FOUND',
          why: 'other organisation: a draft is not revealed',
          given: 'draft',
        },
        {
          as: 'staffCo',
          expect: 'ok',
          why: 'allowed: staff of a co-organiser see its drafts',
          given: 'draft',
        },
        {
          as: 'staffB',
          expect: 'NOT_FOUND',
          why: "staff of another organisation: another organisation's draft is not revealed",
          given: 'draft',
        },
      ],
    },
    'Query.session': {
      public: true,
      document: 'query($id: ID!) { session(id: $id) { seatsLeft meetings { startsAt } course { title } } }',
      request: onFixture((f, given) => ({ id: given === 'draft' ? f.draftSession : f.session })),
      cases: [
        { as: 'anonymous', expect: 'ok', why: 'allowed: a session of a published public course' },
        {
          as: 'anonymous',
          expect: 'NOT_FOUND',
          why: 'not signed in: a session of a draft is not revealed',
          given: 'draft',
        },
      ],
    },
    'Query.editableCourses': {
      document: '{ editableCourses { id } }',
      cases: [
        { as: 'staffA', expect: 'ok', why: 'allowed: staff' },
        { as: 'companyAdminC', expect: 'ok', why: 'allowed: company admin (her own company’s courses)' },
        { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.createCourse': {
      document: 'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
      request: (c, { given }) => ({
        variables: {
          i: {
            providerOrganisationId: given === 'her company' ? c.companyC : c.orgA,
            title: '権限確認講座',
            category: 'leadership',
          },
        },
      }),
      cases: [
        { as: 'staffA', expect: 'ok', why: 'allowed: staff of the provider' },
        {
          as: 'companyAdminC',
          expect: 'ok',
          why: 'allowed: company admin of the provider',
          given: 'her company',
        },
        { as: 'companyAdminC', expect: 'FORBIDDEN', why: 'other organisation' },
        {
          as: 'staffB',
          expect: 'FORBIDDEN',
          why: "staff of another organisation cannot create a course in organisation A's name",
        },
        {
          as: 'staffCo',
          expect: 'FORBIDDEN',
          why: "a co-organiser's staff cannot create a course in the provider's name",
        },
        { as: 'learnerA', expect: 'FORBIDDEN', why: 'wrong role' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
    'Mutation.updateCourse': editorRow(
      'mutation($id: ID!) { updateCourse(id: $id, input: { summary: "更新" }) { id } }',
      (f) => ({ id: f.course }),
    ),
    'Mutation.copyCourse': {
      document: 'mutation($id: ID!) { copyCourse(id: $id) { id } }',
      request: onFixture((f) => ({ id: f.course })),
      cases: COPY_CASES,
    },
    'Mutation.publishCourse': editorRow('mutation($id: ID!) { publishCourse(id: $id) { status } }', (f) => ({
      id: f.course,
    })),
    'Mutation.unpublishCourse': editorRow(
      'mutation($id: ID!) { unpublishCourse(id: $id) { status } }',
      (f) => ({
        id: f.course,
      }),
    ),
    'Mutation.addLesson': editorRow('mutation($i: AddLessonInput!) { addLesson(input: $i) { id } }', (f) => ({
      i: { courseId: f.course, kind: 'text', title: '資料' },
    })),
    'Mutation.updateLesson': editorRow(
      'mutation($id: ID!) { updateLesson(id: $id, input: { title: "資料（改）" }) { id } }',
      (f) => ({ id: f.lesson }),
    ),
    'Mutation.removeLesson': editorRow('mutation($id: ID!) { removeLesson(id: $id) { id } }', (f) => ({
      id: f.lesson,
    })),
    'Mutation.reorderLessons': editorRow(
      'mutation($c: ID!, $l: [ID!]!) { reorderLessons(courseId: $c, lessonIds: $l) { id } }',
      (f) => ({ c: f.course, l: [f.lesson] }),
    ),
    'Mutation.createSession': editorRow(
      'mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }',
      (f) => ({ i: sessionInput(f.course) }),
    ),
    'Mutation.updateSession': editorRow(
      'mutation($id: ID!) { updateSession(id: $id, input: { capacity: 12 }) { capacity } }',
      (f) => ({ id: f.session }),
    ),
    'Mutation.completeLesson': {
      document: 'mutation($l: ID!) { completeLesson(lessonId: $l) { id } }',
      request: onFixture((f, given) => ({ l: given === 'restricted' ? f.restrictedLesson : f.lesson })),
      cases: [
        { as: 'learnerB', expect: 'ok', why: 'allowed: a lesson of a public course' },
        {
          as: 'learnerB',
          expect: 'NOT_FOUND',
          why: 'other organisation: a lesson of an organisation-only course',
          given: 'restricted',
        },
        { as: 'learnerA', expect: 'ok', why: 'allowed: a member of the provider', given: 'restricted' },
        { as: 'anonymous', expect: 'UNAUTHENTICATED', why: 'not signed in' },
      ],
    },
  },
};
