import { DynamicModule, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { Role } from '@tsunagu/shared/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureHttp } from '../src/core/app-setup';
import { serveWebApp } from '../src/core/web-app';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: Record<string, string>; stacktrace?: unknown };
  }[];
}

export interface CallOptions {
  token?: string | null;
  locale?: string;
  ip?: string;
  headers?: Record<string, string>;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  token: string;
  refreshToken: string;
}

/**
 * The whole Nest app over real HTTP GraphQL on the migrated test database. `env` overrides environment
 * variables for this app only (restored after creation).
 */
export class TestApp {
  private constructor(
    readonly app: NestExpressApplication,
    readonly url: string,
  ) {}

  static async create(
    options: {
      env?: Record<string, string>;
      imports?: (Type | DynamicModule)[];
      /** Also serve a web build from this folder, as main.ts does. */
      webDistDir?: string;
    } = {},
  ): Promise<TestApp> {
    const saved = { ...process.env };
    Object.assign(process.env, options.env ?? {});
    try {
      const moduleRef = await Test.createTestingModule({
        imports: [AppModule.with(...(options.imports ?? []))],
      }).compile();
      const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
      configureHttp(app);
      if (options.webDistDir && !serveWebApp(app, options.webDistDir))
        throw new Error(`no web build in ${options.webDistDir}`);
      await app.listen(0, '127.0.0.1');
      return new TestApp(app, `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1'));
    } finally {
      process.env = saved;
    }
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: CallOptions = {},
  ): Promise<GqlResult<T>> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...(options.headers ?? {}),
    };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.locale) headers['accept-language'] = options.locale;
    if (options.ip) headers['x-forwarded-for'] = options.ip;
    const response = await fetch(this.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResult<T>, 'status'>;
    return { status: response.status, data: body.data ?? null, errors: body.errors };
  }

  /** A new account through the real sign-up, plus memberships written directly. */
  async user(
    options: { roles?: [organisationId: string, role: Role][]; email?: string; locale?: 'ja' | 'en' } = {},
  ): Promise<TestUser> {
    const email = options.email ?? `u-${randomUUID()}@test.tsunagu.jp`;
    const password = 'correct-horse-battery';
    const result = await this.gql<{
      signUp: { accessToken: string; refreshToken: string; user: { id: string } };
    }>(
      `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { id } } }`,
      {
        input: {
          email,
          password,
          familyName: '試験',
          givenName: '花子',
          familyNameKana: 'シケン',
          givenNameKana: 'ハナコ',
          preferredLocale: options.locale ?? 'ja',
        },
      },
      { ip: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
    );
    if (!result.data) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
    const { accessToken, refreshToken, user } = result.data.signUp;
    for (const [organisationId, role] of options.roles ?? []) {
      await this.dataSource.query(
        'INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3)',
        [user.id, organisationId, role],
      );
    }
    return { id: user.id, email, password, token: accessToken, refreshToken };
  }

  async organisation(kind = 'city', name = `テスト団体 ${randomUUID().slice(0, 8)}`): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO organisations (name, kind, prefecture) VALUES ($1, $2, '茨城県') RETURNING id`,
      [name, kind],
    );
    const [row] = rows;
    if (!row) throw new Error(`organisation ${name} was not created`);
    return row.id;
  }

  /**
   * A course through the real API, as the editor whose token is given; published unless
   * `publish: false`. Returns its id.
   */
  async course(
    token: string,
    input: { providerOrganisationId: string } & Record<string, unknown>,
    options: { publish?: boolean } = {},
  ): Promise<string> {
    const created = await this.gql<{ createCourse: { id: string } }>(
      'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
      { i: { title: 'テスト講座', category: 'leadership', ...input } },
      { token },
    );
    if (!created.data) throw new Error(`createCourse failed: ${JSON.stringify(created.errors)}`);
    const id = created.data.createCourse.id;
    if (options.publish ?? true) {
      const published = await this.gql(
        'mutation($id: ID!) { publishCourse(id: $id) { id } }',
        { id },
        { token },
      );
      if (published.errors) throw new Error(`publishCourse failed: ${JSON.stringify(published.errors)}`);
    }
    return id;
  }

  /**
   * A session through the real API: by default at a venue, 10 seats, registration open now, one
   * two-hour meeting `startsInDays` from now. `input` overrides any field. Returns its id.
   */
  async session(
    token: string,
    courseId: string,
    input: Record<string, unknown> = {},
    options: { startsInDays?: number } = {},
  ): Promise<string> {
    const day = 24 * 60 * 60 * 1000;
    const start = Date.now() + (options.startsInDays ?? 30) * day;
    const iso = (t: number) => new Date(t).toISOString();
    const created = await this.gql<{ createSession: { id: string } }>(
      'mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }',
      {
        i: {
          courseId,
          venueName: '小美玉市四季文化館',
          capacity: 10,
          registrationOpensAt: iso(Date.now() - 3 * day),
          registrationClosesAt: iso(start - 2 * day),
          cancellationDeadline: iso(start - day),
          meetings: [{ startsAt: iso(start), endsAt: iso(start + 2 * 60 * 60 * 1000) }],
          ...input,
        },
      },
      { token },
    );
    if (!created.data) throw new Error(`createSession failed: ${JSON.stringify(created.errors)}`);
    return created.data.createSession.id;
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}

export function codes(result: GqlResult): (string | undefined)[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}
