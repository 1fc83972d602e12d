import { Identity1795314582990 } from './1795314582990-Identity';
import { Seminars1795316458760 } from './1795316458760-Seminars';
import { CourseFiles1795951815397 } from './1795951815397-CourseFiles';
import { SeminarFactsAndContacts1796100000000 } from './1796100000000-SeminarFactsAndContacts';
import { CourseCoOrganisers1796114359247 } from './1796114359247-CourseCoOrganisers';
import { SignUpAttempts1796114837276 } from './1796114837276-SignUpAttempts';
import { LotteryCommitment1796114898880 } from './1796114898880-LotteryCommitment';
import { AttendanceWindow1796115896708 } from './1796115896708-AttendanceWindow';
import { EnrolFunction1796130000000 } from './1796130000000-EnrolFunction';
import { CancelledEnrolmentEvents1796130100000 } from './1796130100000-CancelledEnrolmentEvents';
import { OrganisationReadModels1796131700000 } from './1796131700000-OrganisationReadModels';

/** Every migration, in order. The API ships as one bundle, so they are imported, not globbed. */
export const MIGRATIONS = [
  Identity1795314582990,
  Seminars1795316458760,
  CourseFiles1795951815397,
  SeminarFactsAndContacts1796100000000,
  CourseCoOrganisers1796114359247,
  SignUpAttempts1796114837276,
  LotteryCommitment1796114898880,
  AttendanceWindow1796115896708,
  EnrolFunction1796130000000,
  CancelledEnrolmentEvents1796130100000,
  OrganisationReadModels1796131700000,
];
