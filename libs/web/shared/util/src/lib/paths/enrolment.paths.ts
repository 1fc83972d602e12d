import { appPath } from './app-path';

/** The addresses of the enrolment pages: its route table and every link to them read these. */
export const ENROLMENT_PATHS = {
  enrol: appPath('/seminars/sessions/:id/enrol'),
  lottery: appPath('/seminars/sessions/:id/lottery'),
  mySeminars: appPath('/my/seminars'),
  verifyCertificate: appPath('/certificates/verify'),
  staffSessions: appPath('/staff/sessions'),
  roster: appPath('/staff/sessions/:id/roster'),
  checkIn: appPath('/staff/sessions/:id/check-in'),
} as const;
