import { appPath } from './app-path';

/** The addresses of the partner company pages: its route table and every link to them read these. */
export const COMPANY_GROUPS_PATHS = {
  mine: appPath('/company'),
  apply: appPath('/company/apply'),
  employees: appPath('/company/employees'),
  applications: appPath('/staff/companies'),
  programmes: appPath('/company/programmes'),
  register: appPath('/staff/companies/register'),
  overview: appPath('/staff/companies/overview'),
} as const;
