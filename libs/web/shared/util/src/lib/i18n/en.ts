import { catalogueEn } from './catalogue.en';
import { companiesEn } from './companies.en';
import type { Dictionary } from './dictionary';
import { employeesEn } from './employees.en';
import { enrolmentEn } from './enrolment.en';
import { groupsEn } from './groups.en';
import { homeEn } from './home.en';
import { identityEn } from './identity.en';
import { notificationsEn } from './notifications.en';
import { organisationsEn } from './organisations.en';
import { shellEn } from './shell.en';

/** English: each domain's words are typed against its Japanese twin, so a missing key fails the build. */
export const en: Dictionary = {
  ...shellEn,
  ...identityEn,
  ...homeEn,
  ...organisationsEn,
  ...catalogueEn,
  ...enrolmentEn,
  ...notificationsEn,
  ...companiesEn,
  ...employeesEn,
  ...groupsEn,
};
