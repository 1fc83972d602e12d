import { Identity1795314582990 } from './1795314582990-Identity';
import { Seminars1795316458760 } from './1795316458760-Seminars';
import { CourseFiles1795951815397 } from './1795951815397-CourseFiles';
import { SignUpAttempts1796114837276 } from './1796114837276-SignUpAttempts';

/** Every migration, in order. The API ships as one bundle, so they are imported, not globbed. */
export const MIGRATIONS = [
  Identity1795314582990,
  Seminars1795316458760,
  CourseFiles1795951815397,
  SignUpAttempts1796114837276,
];
