import type { DomainRegistration } from '../core/registration/domain-registration';
import { catalogue } from './catalogue/catalogue.registration';
import { companyGroups } from './company-groups/company-groups.registration';
import { enrolment } from './enrolment/enrolment.registration';
import { identity } from './identity/identity.registration';
import { notifications } from './notifications/notifications.registration';
import { organisations } from './organisations/organisations.registration';

/**
 * Every domain of the API, in dependency order (demo data is written in this order). Adding a domain is
 * its own folder plus one line here: the Nest app, the data source, migrations, API messages, demo data
 * and the ownership test all read this list.
 */
export const DOMAINS: readonly DomainRegistration[] = [
  identity,
  organisations,
  catalogue,
  enrolment,
  companyGroups,
  notifications,
];
