import { samplePdf, samplePng, sampleWebp } from '@tsunagu/shared/testing';
import { ADD_CERTIFICATION, dataOf, setCompanyStatus } from '../../../test/company-fixtures';
import { companyWithAdmin } from '../../../test/employee-fixtures';
import { TestApp, type TestUser } from '../../../test/harness';
import { CompanyFilesService } from './company-files.service';

const VIEW = `query($o: ID!) { companyProfile(organisationId: $o) { logoUrl certifications { id evidenceUrl } } }`;

describe(CompanyFilesService.name, () => {
  let app: TestApp;
  let base: string;
  let city: string;
  let staff: TestUser;
  let otherStaff: TestUser;
  let learner: TestUser;
  let company: { id: string; admin: TestUser };
  let other: { id: string; admin: TestUser };

  beforeAll(async () => {
    app = await TestApp.create();
    base = app.url.replace(/\/graphql$/, '');
    city = await app.organisation('city');
    staff = await app.user({ roles: [[city, 'staff']] });
    otherStaff = await app.user({ roles: [[await app.organisation('city'), 'staff']] });
    learner = await app.user();
    company = await companyWithAdmin(app, city);
    other = await companyWithAdmin(app, city);
  });
  afterAll(() => app.close());

  async function upload(path: string, token: string | null, name: string, type: string, data: Buffer) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)], { type }), name);
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
  const get = (url: string, token?: string) =>
    fetch(`${base}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const view = async (token: string) =>
    dataOf(
      await app.gql<{
        companyProfile: {
          logoUrl: string | null;
          certifications: { id: string; evidenceUrl: string | null }[];
        };
      }>(VIEW, { o: company.id }, { token }),
    ).companyProfile;
  async function certification(): Promise<string> {
    const otherName = `認定${Date.now()}`;
    const result = await app.gql<{
      addCompanyCertification: { certifications: { id: string; otherName: string | null }[] };
    }>(
      ADD_CERTIFICATION,
      { i: { organisationId: company.id, kind: 'other', otherName, certifiedOn: '2024-04-01' } },
      { token: company.admin.token },
    );
    const added = dataOf(result).addCompanyCertification.certifications.find(
      (c) => c.otherName === otherName,
    );
    if (!added) throw new Error('the certification was not added');
    return added.id;
  }
  const message = (body: Record<string, unknown>) => JSON.stringify(body);

  it('stores a logo from its company admin, serves it to anyone once approved, and replaces it', async () => {
    const logo = `/api/companies/${company.id}/logo`;
    const first = await upload(logo, company.admin.token, 'ロゴ.png', 'image/png', samplePng());
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ filename: 'ロゴ.png', contentType: 'image/png' });
    expect((await view(learner.token)).logoUrl).toBe(first.body['url']);
    const anonymous = await get(String(first.body['url']));
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('content-type')).toBe('image/png');
    expect(anonymous.headers.get('cache-control')).toContain('public');

    const second = await upload(logo, company.admin.token, 'logo.webp', 'image/webp', sampleWebp());
    expect(second.status).toBe(201);
    expect((await get(String(first.body['url']))).status).toBe(404); // the old one is gone
    expect((await get(String(second.body['url']))).status).toBe(200);

    // While the company is not approved, only its insiders see the logo.
    await setCompanyStatus(app, company.id, 'applied');
    expect((await get(String(second.body['url']))).status).toBe(404);
    expect((await get(String(second.body['url']), staff.token)).status).toBe(200);
    await setCompanyStatus(app, company.id, 'approved');
  });

  it('refuses a logo of the wrong type, too large, or from anyone but its company admins', async () => {
    const logo = `/api/companies/${company.id}/logo`;
    const pdf = await upload(logo, company.admin.token, 'logo.png', 'image/png', samplePdf());
    expect(pdf.status).toBe(400);
    expect(message(pdf.body)).toContain('ロゴはPNG・JPEG・WebPの画像を選んでください。');
    const big = await upload(
      logo,
      company.admin.token,
      'big.png',
      'image/png',
      samplePng(2, 2, [1, 2, 3], 3 * 1024 * 1024),
    );
    expect(big.status).toBe(413);
    expect(message(big.body)).toContain('2MB');
    expect((await upload(logo, other.admin.token, 'l.png', 'image/png', samplePng())).status).toBe(403);
    expect((await upload(logo, staff.token, 'l.png', 'image/png', samplePng())).status).toBe(403);
    expect((await upload(logo, null, 'l.png', 'image/png', samplePng())).status).toBe(401);
    const [count] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM company_files WHERE organisation_id = $1`,
      [company.id],
    )) as { n: number }[];
    expect(count?.n).toBe(1); // only the logo kept from the test before
  });

  it("serves a certification's evidence only to the company's admins, its secretariat and platform admins", async () => {
    const certificationId = await certification();
    const path = `/api/company-certifications/${certificationId}/evidence`;
    const stored = await upload(path, company.admin.token, '認定通知書.pdf', 'application/pdf', samplePdf());
    expect(stored.status).toBe(201);
    const url = String(stored.body['url']);
    expect(
      (await view(company.admin.token)).certifications.find((c) => c.id === certificationId)?.evidenceUrl,
    ).toBe(url);

    const platformAdmin = await app.user({ roles: [[await app.organisation('city'), 'admin']] });
    for (const token of [company.admin.token, staff.token, platformAdmin.token]) {
      const ok = await get(url, token);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('application/pdf');
      expect(ok.headers.get('content-disposition')).toContain('attachment');
    }
    expect((await get(url, learner.token)).status).toBe(403);
    expect((await get(url, other.admin.token)).status).toBe(403);
    expect((await get(url, otherStaff.token)).status).toBe(403);
    expect((await get(url)).status).toBe(401);
    const [count] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'company_groups.evidence_read' AND subject_id = $1`,
      [stored.body['id']],
    )) as { n: number }[];
    expect(count?.n).toBe(3);
  });

  it('refuses evidence of the wrong type or size, and from anyone but its company admins', async () => {
    const certificationId = await certification();
    const path = `/api/company-certifications/${certificationId}/evidence`;
    const text = await upload(
      path,
      company.admin.token,
      'a.pdf',
      'application/pdf',
      Buffer.from('not a pdf'),
    );
    expect(text.status).toBe(400);
    expect(message(text.body)).toContain('PDF・PNG・JPEG');
    const webp = await upload(path, company.admin.token, 'a.webp', 'image/webp', sampleWebp());
    expect(webp.status).toBe(400);
    const big = await upload(
      path,
      company.admin.token,
      'a.pdf',
      'application/pdf',
      Buffer.concat([samplePdf(), Buffer.alloc(11 * 1024 * 1024)]),
    );
    expect(big.status).toBe(413);
    expect((await upload(path, other.admin.token, 'a.pdf', 'application/pdf', samplePdf())).status).toBe(403);
    expect((await upload(path, learner.token, 'a.pdf', 'application/pdf', samplePdf())).status).toBe(403);
    const missing = `/api/company-certifications/00000000-0000-4000-8000-000000000000/evidence`;
    expect((await upload(missing, company.admin.token, 'a.pdf', 'application/pdf', samplePdf())).status).toBe(
      404,
    );
    expect(
      (await view(company.admin.token)).certifications.find((c) => c.id === certificationId)?.evidenceUrl,
    ).toBeNull();
  });
});
