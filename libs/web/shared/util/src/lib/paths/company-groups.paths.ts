import { appPath } from './app-path';

/** The addresses of the partner company pages: its route table and every link to them read these. */
export const COMPANY_GROUPS_PATHS = {
  mine: appPath('/company'),
  /** An approved company's public page (anyone): profile, certifications, its seminars. */
  company: appPath('/companies/:id'),
  apply: appPath('/company/apply'),
  employees: appPath('/company/employees'),
  applications: appPath('/staff/companies'),
  programmes: appPath('/company/programmes'),
  register: appPath('/staff/companies/register'),
  overview: appPath('/staff/companies/overview'),
  /** The company portal's group board (her company's groups, invitations, the board). */
  groups: appPath('/company/groups'),
  /** The secretariat's group membership (create, invite, history). */
  groupMembership: appPath('/staff/groups'),
} as const;
