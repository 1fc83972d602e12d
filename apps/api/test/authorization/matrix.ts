import type { GqlResult, TestApp, TestUser } from '../harness';

export type Expect = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
export type Actor =
  | 'anonymous'
  | 'learnerA'
  | 'learnerB'
  | 'staffA'
  | 'staffB'
  | 'staffCo'
  | 'companyAdminC'
  | 'admin'
  | 'invitee';

export type Variables = Record<string, unknown>;

/** The organisations and callers every row is tried with, made once per run through the API. */
export interface AuthzContext {
  app: TestApp;
  orgA: string;
  orgB: string;
  /** Co-organises (共催) orgA's fixture courses; its staff run them too. */
  orgCo: string;
  companyC: string;
  users: Record<Exclude<Actor, 'anonymous'>, TestUser>;
  /** A fresh invitation of `invitee` to orgA, made by orgA's staff. */
  invitationToken: () => Promise<string>;
}

/** One caller trying the operation, and what she must get. */
export interface Case {
  as: Actor;
  expect: Expect;
  /** Why this caller: "allowed: …", "wrong role", "other organisation", "not signed in". */
  why: string;
  /** Which variant of the request this case sends (a draft, another organisation), read by `request`. */
  given?: string;
}

export interface RequestParts {
  variables?: Variables;
  /** Another token than the caller's: where the call would spend her own credentials (sign-out). */
  token?: string | null;
}

/** One operation: its document written once, how a case's request is built, and who gets what. */
export interface OperationRow {
  /** A public operation needs no refused caller. */
  public?: true;
  document: string;
  request?: (ctx: AuthzContext, call: { as: Actor; given?: string }) => RequestParts | Promise<RequestParts>;
  cases: readonly Case[];
}

/** A module's rows: its root operations (`Query.x`, `Mutation.y`) and field resolvers with policies. */
export interface AuthorizationRows {
  operations: Record<string, OperationRow>;
  fields?: Record<string, OperationRow>;
}

export async function authzContext(app: TestApp): Promise<AuthzContext> {
  const orgA = await app.organisation('city');
  const orgB = await app.organisation('city');
  const orgCo = await app.organisation('prefecture');
  const companyC = await app.organisation('partner_company');
  const adminOrg = await app.organisation('city');
  const users = {
    learnerA: await app.user({ roles: [[orgA, 'learner']] }),
    learnerB: await app.user({ roles: [[orgB, 'learner']] }),
    staffA: await app.user({ roles: [[orgA, 'staff']] }),
    staffB: await app.user({ roles: [[orgB, 'staff']] }),
    staffCo: await app.user({ roles: [[orgCo, 'staff']] }),
    companyAdminC: await app.user({ roles: [[companyC, 'company_admin']] }),
    admin: await app.user({ roles: [[adminOrg, 'admin']] }),
    invitee: await app.user(),
  };
  const invitationToken = async () => {
    const result = await app.gql<{ inviteMember: { token: string } }>(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }',
      { i: { organisationId: orgA, email: users.invitee.email, role: 'learner' } },
      { token: users.staffA.token },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.inviteMember.token;
  };
  return { app, orgA, orgB, orgCo, companyC, users, invitationToken };
}

/** Sends one case's request: the row's document, its variables, the caller's token (or the row's). */
export async function send(ctx: AuthzContext, row: OperationRow, c: Case): Promise<GqlResult> {
  const parts = (await row.request?.(ctx, { as: c.as, given: c.given })) ?? {};
  const token =
    'token' in parts ? (parts.token ?? null) : c.as === 'anonymous' ? null : ctx.users[c.as].token;
  return ctx.app.gql(row.document, parts.variables ?? {}, { token });
}
