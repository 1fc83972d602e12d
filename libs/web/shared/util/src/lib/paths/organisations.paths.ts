import { appPath } from './app-path';

/** The addresses of the organisations pages: its route table and every link to them read these. */
export const ORGANISATIONS_PATHS = {
  members: appPath('/members'),
  contact: appPath('/organisation/contact'),
} as const;
