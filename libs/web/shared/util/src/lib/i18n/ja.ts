import { catalogueJa } from './catalogue.ja';
import { companiesJa } from './companies.ja';
import { employeesJa } from './employees.ja';
import { enrolmentJa } from './enrolment.ja';
import { groupsJa } from './groups.ja';
import { homeJa } from './home.ja';
import { identityJa } from './identity.ja';
import { notificationsJa } from './notifications.ja';
import { organisationsJa } from './organisations.ja';
import { shellJa } from './shell.ja';

/**
 * Japanese is the source dictionary: every other language must provide exactly these keys (see
 * `Dictionary` in dictionary.ts). Keys read `area.page.element`. Each domain keeps its words in
 * `<domain>.ja.ts` and `<domain>.en.ts`; a new domain adds its pair here and in en.ts.
 */
export const ja = {
  ...shellJa,
  ...identityJa,
  ...homeJa,
  ...organisationsJa,
  ...catalogueJa,
  ...enrolmentJa,
  ...notificationsJa,
  ...companiesJa,
  ...employeesJa,
  ...groupsJa,
} as const;
