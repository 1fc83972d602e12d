import { samplePdf, samplePng } from '@tsunagu/shared/testing';
import { createHash, randomUUID } from 'node:crypto';
import { TestApp, type TestUser } from './harness';

/** Shared by the course-file integration specs (one file per subject, each with its own API). */
export const MB = 1024 * 1024;

export interface FileView {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
}

export interface UploadResult {
  status: number;
  body: FileView & {
    errors?: { message: string; extensions?: { code?: string; fields?: Record<string, string> } }[];
  };
}

export interface Sample {
  name: string;
  type: string;
  data: Buffer;
}

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
export const pdf = (name = '研修資料.pdf'): Sample => ({ name, type: 'application/pdf', data: samplePdf() });
export const png = (name = 'カバー.png'): Sample => ({ name, type: 'image/png', data: samplePng(4, 3) });
export const fieldsOf = (result: UploadResult) => result.body.errors?.[0]?.extensions?.fields;
export const codeOf = (result: UploadResult) => result.body.errors?.[0]?.extensions?.code;

export interface CourseFilesWorld {
  app: TestApp;
  /** The server's origin, for the REST routes. */
  base: string;
  city: string;
  otherCityId: string;
  company: string;
  staff: TestUser;
  otherStaff: TestUser;
  companyAdmin: TestUser;
  learner: TestUser;
  member: TestUser;
}

/** A city (its staff, a member), another city (its staff, a learner) and a partner company's admin. */
export async function courseFilesWorld(): Promise<CourseFilesWorld> {
  const app = await TestApp.create();
  const city = await app.organisation('city');
  const otherCity = await app.organisation('city');
  const company = await app.organisation('partner_company');
  return {
    app,
    base: app.url.replace(/\/graphql$/, ''),
    city,
    otherCityId: otherCity,
    company,
    staff: await app.user({ roles: [[city, 'staff']] }),
    otherStaff: await app.user({ roles: [[otherCity, 'staff']] }),
    companyAdmin: await app.user({ roles: [[company, 'company_admin']] }),
    learner: await app.user({ roles: [[otherCity, 'learner']] }),
    member: await app.user({ roles: [[city, 'learner']] }),
  };
}

/** Upload, download and course helpers over the world `world()` returns once `beforeAll` has built it. */
export function courseFileHelpers(world: () => CourseFilesWorld) {
  async function upload(
    courseId: string,
    purpose: string,
    file: Sample | null,
    options: { token?: string | null; locale?: string } = {},
  ): Promise<UploadResult> {
    const form = new FormData();
    if (file) form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name);
    const headers: Record<string, string> = {};
    if (options.token !== null) headers['authorization'] = `Bearer ${options.token ?? world().staff.token}`;
    if (options.locale) headers['accept-language'] = options.locale;
    const response = await fetch(`${world().base}/api/courses/${courseId}/files?purpose=${purpose}`, {
      method: 'POST',
      headers,
      body: form,
    });
    return { status: response.status, body: (await response.json()) as UploadResult['body'] };
  }

  async function download(url: string, token?: string | null, headers: Record<string, string> = {}) {
    const response = await fetch(`${world().base}${url}`, {
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    return { response, data: Buffer.from(await response.arrayBuffer()) };
  }

  async function fileCount(courseId: string): Promise<number> {
    const [row] = await world().app.dataSource.query(
      'SELECT count(*)::int AS n FROM course_files WHERE course_id = $1',
      [courseId],
    );
    if (!row) throw new Error('count(*) answered no row');
    return row.n;
  }

  async function addFileLesson(courseId: string, fileId: string, title = 'スライド', token?: string) {
    const result = await world().app.gql<{ addLesson: { id: string } }>(
      'mutation($i: AddLessonInput!) { addLesson(input: $i) { id } }',
      { i: { courseId, kind: 'file', title, fileId } },
      { token: token ?? world().staff.token },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.addLesson.id;
  }

  const course = (options: { publish?: boolean; visibility?: string } = {}) =>
    world().app.course(
      world().staff.token,
      {
        providerOrganisationId: world().city,
        title: `教材テスト ${randomUUID().slice(0, 6)}`,
        visibility: options.visibility,
      },
      { publish: options.publish },
    );

  return { upload, download, fileCount, addFileLesson, course };
}
