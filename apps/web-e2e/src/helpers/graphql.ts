import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './accounts';
import { nth } from './nth';

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Posts one GraphQL operation to the server under test and fails the test on any error. */
export async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  accessToken?: string,
): Promise<T> {
  const response = await request.post('/graphql', {
    headers: {
      'content-type': 'application/json',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    data: { query, variables },
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  expect(body.errors, `GraphQL errors for ${query}`).toBeUndefined();
  expect(body.data).toBeDefined();
  return body.data as T;
}

/** Signs in through the API (no browser) and returns the access token. */
export async function apiSignIn(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const data = await graphql<{ signIn: { accessToken: string } }>(
    request,
    'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  return data.signIn.accessToken;
}

/** Sets the language an account remembers, so a test starts from a known state. */
export async function apiSetPreferredLocale(
  request: APIRequestContext,
  email: string,
  locale: 'ja' | 'en',
): Promise<void> {
  const token = await apiSignIn(request, email);
  await graphql(
    request,
    'mutation ($locale: Locale!) { updatePreferredLocale(locale: $locale) { id } }',
    { locale },
    token,
  );
}

export interface CreatedInvitation {
  token: string;
  acceptUrl: string;
  organisationName: string;
}

/** As the given staff member, invites `email` to her first organisation with `role`. */
export async function apiInvite(
  request: APIRequestContext,
  staffEmail: string,
  email: string,
  role = 'learner',
): Promise<CreatedInvitation> {
  const token = await apiSignIn(request, staffEmail);
  const me = await graphql<{ me: { memberships: { organisation: { id: string; name: string } }[] } }>(
    request,
    '{ me { memberships { organisation { id name } } } }',
    {},
    token,
  );
  const organisation = nth(me.me.memberships, 0).organisation;
  const created = await graphql<{ inviteMember: { token: string; acceptUrl: string } }>(
    request,
    `
      mutation ($input: InviteMemberInput!) {
        inviteMember(input: $input) {
          token
          acceptUrl
        }
      }
    `,
    { input: { organisationId: organisation.id, email, role } },
    token,
  );
  return { ...created.inviteMember, organisationName: organisation.name };
}
