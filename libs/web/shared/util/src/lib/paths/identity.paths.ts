import { appPath } from './app-path';

/** The addresses of the identity pages: its route table and every link to them read these. */
export const IDENTITY_PATHS = {
  signIn: appPath('/sign-in'),
  signUp: appPath('/sign-up'),
  account: appPath('/account'),
} as const;
