import { appPath } from './app-path';

/** The addresses of the partner company pages: its route table and every link to them read these. */
export const COMPANY_GROUPS_PATHS = {
  mine: appPath('/company'),
  apply: appPath('/company/apply'),
  applications: appPath('/staff/companies'),
  /** The company portal's group board (her company's groups, invitations, the board). */
  groups: appPath('/company/groups'),
  /** The secretariat's group membership (create, invite, history). */
  groupMembership: appPath('/staff/groups'),
} as const;
