import { appPath } from './app-path';

/** The addresses of the partner company pages: its route table and every link to them read these. */
export const COMPANY_GROUPS_PATHS = {
  mine: appPath('/company'),
  apply: appPath('/company/apply'),
  programmes: appPath('/company/programmes'),
  applications: appPath('/staff/companies'),
  overview: appPath('/staff/companies/overview'),
} as const;
