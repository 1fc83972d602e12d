import type { AuthorizationRows } from '../../../test/authorization/matrix';
import { CALENDAR_FEED_AUTHORIZATION } from './feed/calendar-feed.authorization';
import { LINE_AUTHORIZATION } from './line/line.authorization';

/** Who may call the notifications module's operations (run by modules/authorization.int-spec.ts). */
export const AUTHORIZATION: AuthorizationRows = {
  operations: { ...LINE_AUTHORIZATION, ...CALENDAR_FEED_AUTHORIZATION },
};
