import { appPath } from './app-path';

/** The addresses of the home pages: its route table and every link to them read these. */
export const HOME_PATHS = {
  landing: appPath('/'),
  home: appPath('/home'),
} as const;
