import { companyRow, setCompanyStatus } from '../company-fixtures';
import type { AuthzContext } from './matrix';

type Status = 'applied' | 'approved' | 'declined';

const companyD = new WeakMap<AuthzContext, Promise<string>>();
const profileOfC = new WeakMap<AuthzContext, Promise<string>>();

/** Made once per matrix context. */
function once(made: WeakMap<AuthzContext, Promise<string>>, c: AuthzContext, make: () => Promise<string>) {
  const existing = made.get(c);
  if (existing) return existing;
  const making = make();
  made.set(c, making);
  return making;
}

/**
 * companyC with a profile (secretariat orgA: staffA decide it), put into `status` before each case, so
 * a case that moved it (an approval) leaves nothing for the next. companyAdminC is its admin.
 */
export async function companyC(c: AuthzContext, status: Status = 'approved'): Promise<string> {
  const id = await once(profileOfC, c, () => companyRow(c.app, c.orgA, { organisationId: c.companyC }));
  await setCompanyStatus(c.app, id, status);
  return id;
}

/** Another company of orgA's programme, with no admin among the callers: "another company". */
export async function otherCompany(c: AuthzContext, status: Status = 'approved'): Promise<string> {
  const id = await once(companyD, c, () => companyRow(c.app, c.orgA));
  await setCompanyStatus(c.app, id, status);
  return id;
}

/** `given: 'other company'` picks the other company, else companyC. */
export function companyOf(c: AuthzContext, given: string | undefined, status: Status = 'approved') {
  return given === 'other company' ? otherCompany(c, status) : companyC(c, status);
}

/** A certification row of the company (to remove). */
export async function certificationOf(c: AuthzContext, organisationId: string): Promise<string> {
  const [row] = (await c.app.dataSource.query(
    `INSERT INTO company_certifications (organisation_id, kind, other_name, certified_on)
     VALUES ($1, 'other', 'テスト認定', '2020-01-01') RETURNING id`,
    [organisationId],
  )) as { id: string }[];
  if (!row) throw new Error('no certification written');
  return row.id;
}
