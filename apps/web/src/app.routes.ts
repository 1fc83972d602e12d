import type { Route } from '@angular/router';
import { catalogueDomain } from '@tsunagu/web/catalogue/feature';
import { companyGroupsDomain } from '@tsunagu/web/company-groups/feature';
import { enrolmentDomain } from '@tsunagu/web/enrolment/feature';
import { homeDomain, notFoundRoutes } from '@tsunagu/web/home/feature';
import { identityDomain } from '@tsunagu/web/identity/feature';
import { notificationsDomain } from '@tsunagu/web/notifications/feature';
import { organisationsDomain } from '@tsunagu/web/organisations/feature';
import type { WebDomain } from '@tsunagu/web/shared/data-access';

/**
 * Every domain of the web app, once: its routes, menu items and home cards (each domain's feature lib
 * exports them; its pages stay lazy-loaded). Adding a domain is adding its line here.
 */
export const webDomains: readonly WebDomain[] = [
  homeDomain,
  identityDomain,
  organisationsDomain,
  catalogueDomain,
  enrolmentDomain,
  notificationsDomain,
  companyGroupsDomain,
];

export const appRoutes: Route[] = [...webDomains.flatMap((domain) => domain.routes), ...notFoundRoutes];
